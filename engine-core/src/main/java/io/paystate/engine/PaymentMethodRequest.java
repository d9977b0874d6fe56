package io.paystate.engine;

import io.paystate.model.AccountHolderType;
import io.paystate.model.AllowRedisplay;
import io.paystate.model.BillingDetails;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The requests on stored payment methods, for {@link PaymentEngine#execute}: Stripe's Payment
 * Methods API (create, retrieve, update, attach, detach, a customer's list). Values, like every
 * {@link Request}.
 *
 * @param <T> the type of the response body
 */
public sealed interface PaymentMethodRequest<T> extends Request<T> {

    /**
     * A request to create a stored payment method from raw details (test card numbers, IBANs).
     *
     * @param data the type and its fields, as for {@code payment_method_data}
     * @param metadata key-value pairs
     */
    record Create(io.paystate.spi.PaymentMethodData data, java.util.Map<String, String> metadata)
            implements PaymentMethodRequest<io.paystate.model.PaymentMethod> {
        /**
         * Copies the metadata; throws {@link NullPointerException} if data is null.
         *
         * @param data the type and its fields
         * @param metadata key-value pairs
         */
        public Create {
            Objects.requireNonNull(data, "data");
            metadata = java.util.Map.copyOf(metadata);
        }
    }

    /**
     * A request to retrieve a stored payment method.
     *
     * @param id the payment method
     */
    record Retrieve(io.paystate.model.PaymentMethodId id)
            implements PaymentMethodRequest<io.paystate.model.PaymentMethod> {
        /**
         * Throws {@link NullPointerException} if id is null.
         *
         * @param id the payment method
         */
        public Retrieve {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * A request to update a stored payment method, as Stripe's {@code POST /v1/payment_methods/:id}.
     * Every field left null keeps its value. Metadata merges (an empty value removes its key);
     * billing details merge field by field, the address's fields one by one, and an empty string
     * clears a field; the card expiry applies to card methods only, the account holder type to US
     * bank accounts only.
     *
     * @param id the payment method
     * @param metadata the entries to set or remove
     * @param billingDetails the billing fields to set or clear, or null
     * @param expMonth a card's new expiry month (1 to 12), or null
     * @param expYear a card's new four-digit expiry year, or null
     * @param allowRedisplay whether it may be shown again to its customer, or null
     * @param accountHolderType a US bank account's new holder type, or null
     */
    record Update(io.paystate.model.PaymentMethodId id, java.util.Map<String, String> metadata,
            @Nullable BillingDetails billingDetails, @Nullable Integer expMonth, @Nullable Integer expYear,
            @Nullable AllowRedisplay allowRedisplay, @Nullable AccountHolderType accountHolderType)
            implements PaymentMethodRequest<io.paystate.model.PaymentMethod> {
        /**
         * Copies the metadata; throws {@link NullPointerException} if id is null.
         *
         * @param id the payment method
         * @param metadata the entries to set or remove
         * @param billingDetails the billing fields to set or clear, or null
         * @param expMonth a card's new expiry month, or null
         * @param expYear a card's new expiry year, or null
         * @param allowRedisplay whether it may be shown again, or null
         * @param accountHolderType a US bank account's new holder type, or null
         */
        public Update {
            Objects.requireNonNull(id, "id");
            metadata = java.util.Map.copyOf(metadata);
        }

        /**
         * Creates a request that updates the metadata only.
         *
         * @param id the payment method
         * @param metadata the entries to set or remove
         */
        public Update(io.paystate.model.PaymentMethodId id, java.util.Map<String, String> metadata) {
            this(id, metadata, null, null, null, null, null);
        }
    }

    /**
     * A request to attach a stored payment method to a customer.
     *
     * @param id the payment method
     * @param customer the customer
     */
    record Attach(io.paystate.model.PaymentMethodId id, String customer)
            implements PaymentMethodRequest<io.paystate.model.PaymentMethod> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the payment method
         * @param customer the customer
         */
        public Attach {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(customer, "customer");
        }
    }

    /**
     * A request to detach a payment method from its customer, for good.
     *
     * @param id the payment method
     */
    record Detach(io.paystate.model.PaymentMethodId id)
            implements PaymentMethodRequest<io.paystate.model.PaymentMethod> {
        /**
         * Throws {@link NullPointerException} if id is null.
         *
         * @param id the payment method
         */
        public Detach {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * A request to list a customer's payment methods, newest first.
     *
     * @param customer the customer
     * @param type only this type, or null for all
     * @param limit page size 1..100, default 10
     * @param startingAfter a payment method id: list the ones immediately older than it
     */
    record ListForCustomer(io.paystate.model.CustomerId customer, @Nullable String type,
            @Nullable Integer limit, @Nullable String startingAfter) implements PaymentMethodRequest<PaymentMethodList> {
        /**
         * Throws {@link NullPointerException} if customer is null.
         *
         * @param customer the customer
         * @param type only this type, or null for all
         * @param limit page size 1..100, default 10
         * @param startingAfter a payment method id: list the ones immediately older than it
         */
        public ListForCustomer {
            Objects.requireNonNull(customer, "customer");
        }
    }
}
