package io.paystate.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A payment method the engine keeps ({@code pm_...} created through the API), with its customer and
 * where it stands in the reuse rules. The fixed test ids ({@code pm_card_visa}, ...) are not stored:
 * each use of one stands for a fresh method, as on Stripe.
 *
 * @param id the id
 * @param type the type: {@code card}, {@code us_bank_account}, {@code sepa_debit}, {@code customer_balance}
 * @param created engine-clock time of creation
 * @param customer the customer it is attached to, or null (also once detached)
 * @param brand the card brand, or null
 * @param last4 the last four digits, or null
 * @param metadata the host's key-value pairs
 * @param usage where it stands in the reuse rules
 */
public record PaymentMethod(
        PaymentMethodId id,
        String type,
        Instant created,
        @Nullable CustomerId customer,
        @Nullable String brand,
        @Nullable String last4,
        Map<String, String> metadata,
        PaymentMethodUsage usage) {
    /**
     * Copies the metadata; throws {@link IllegalArgumentException} if the customer does not match the usage.
     *
     * @param id the id
     * @param type the type
     * @param created engine-clock time of creation
     * @param customer the customer it is attached to, or null
     * @param brand the card brand, or null
     * @param last4 the last four digits, or null
     * @param metadata the host's key-value pairs
     * @param usage where it stands in the reuse rules
     */
    public PaymentMethod {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(usage, "usage");
        metadata = Map.copyOf(metadata);
        if ((usage == PaymentMethodUsage.ATTACHED) != (customer != null)) {
            throw new IllegalArgumentException("a payment method has a customer exactly when it is attached");
        }
    }

    /**
     * Returns this method in another state of the reuse rules.
     *
     * @param newCustomer the customer, for {@link PaymentMethodUsage#ATTACHED} only
     * @param newUsage the new state
     * @return the changed method
     */
    public PaymentMethod with(@Nullable CustomerId newCustomer, PaymentMethodUsage newUsage) {
        return new PaymentMethod(id, type, created, newCustomer, brand, last4, metadata, newUsage);
    }
}
