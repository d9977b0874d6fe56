package io.paystate.engine;

import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One API request to the engine, for {@link PaymentEngine#execute}. Requests are values: two
 * requests are equal exactly when they would do the same thing, which is what the idempotency check
 * compares (spec A 12).
 *
 * @param <T> the type of the response body
 */
public sealed interface Request<T>
        permits Request.OnIntent, Request.Create, Request.List, Request.Search,
        Request.Malformed, EventRequest, CustomerRequest, PaymentMethodRequest, SetupIntentRequest {

    /**
     * Returns the operation the request asks for.
     *
     * @return the operation the request asks for
     */
    default Operation operation() {
        return Requests.operationOf(this);
    }

    /**
     * Returns the intent the request acts on, or null for create, list and search.
     *
     * @return the intent the request acts on, or null for create, list and search
     */
    default @Nullable PaymentIntentId intentId() {
        return null;
    }

    /**
     * Returns whether the request changes state (a {@code POST}): only those use idempotency keys.
     *
     * @return whether the request changes state (a {@code POST}): only those use idempotency keys
     */
    default boolean mutating() {
        return operation().mutating();
    }

    /**
     * A request on one intent, named by {@link #id()}.
     *
     * @param <T> the type of the response body
     */
    sealed interface OnIntent<T> extends Request<T> {
        /**
         * Returns the intent the request acts on.
         *
         * @return the intent the request acts on
         */
        PaymentIntentId id();

        @Override
        default PaymentIntentId intentId() {
            return id();
        }
    }

    /**
     * A request to create an intent.
     *
     * @param params the parameters
     */
    record Create(CreateParams params) implements Request<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if params is null.
         *
         * @param params the parameters
         */
        public Create {
            Objects.requireNonNull(params, "params");
        }
    }

    /**
     * A request to retrieve an intent.
     *
     * @param id the intent
     */
    record Retrieve(PaymentIntentId id) implements OnIntent<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if id is null.
         *
         * @param id the intent
         */
        public Retrieve {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * A request to update an intent.
     *
     * @param id the intent
     * @param params the parameters
     */
    record Update(PaymentIntentId id, UpdateParams params) implements OnIntent<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the intent
         * @param params the parameters
         */
        public Update {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(params, "params");
        }
    }

    /**
     * A request to confirm an intent.
     *
     * @param id the intent
     * @param params the parameters
     */
    record Confirm(PaymentIntentId id, ConfirmParams params) implements OnIntent<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the intent
         * @param params the parameters
         */
        public Confirm {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(params, "params");
        }
    }

    /**
     * A request to capture a held intent.
     *
     * @param id the intent
     * @param params the parameters
     */
    record Capture(PaymentIntentId id, CaptureParams params) implements OnIntent<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the intent
         * @param params the parameters
         */
        public Capture {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(params, "params");
        }
    }

    /**
     * A request to cancel an intent.
     *
     * @param id the intent
     * @param params the parameters
     */
    record Cancel(PaymentIntentId id, CancelParams params) implements OnIntent<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the intent
         * @param params the parameters
         */
        public Cancel {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(params, "params");
        }
    }

    /**
     * A request to complete the 3-D Secure action of an intent.
     *
     * @param id the intent
     * @param outcome what the customer did
     */
    record CompleteAction(PaymentIntentId id, ActionOutcome outcome) implements OnIntent<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the intent
         * @param outcome what the customer did
         */
        public CompleteAction {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /**
     * A request to raise a held authorization.
     *
     * @param id the intent
     * @param params the parameters
     */
    record IncrementAuthorization(PaymentIntentId id, IncrementAuthorizationParams params)
            implements OnIntent<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the intent
         * @param params the parameters
         */
        public IncrementAuthorization {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(params, "params");
        }
    }

    /**
     * A request to list intents.
     *
     * @param params the parameters
     */
    record List(ListParams params) implements Request<PaymentIntentList> {
        /**
         * Throws {@link NullPointerException} if params is null.
         *
         * @param params the parameters
         */
        public List {
            Objects.requireNonNull(params, "params");
        }
    }

    /**
     * A request to search intents.
     *
     * @param params the parameters
     */
    record Search(SearchParams params) implements Request<SearchResult> {
        /**
         * Throws {@link NullPointerException} if params is null.
         *
         * @param params the parameters
         */
        public Search {
            Objects.requireNonNull(params, "params");
        }
    }

    /**
     * A client-side retrieve with the intent's client secret (Stripe's publishable-key read). A wrong
     * secret is answered exactly like an unknown intent; the result is the
     * {@link PaymentIntent#publishableView() publishable view}.
     *
     * @param id the intent
     * @param clientSecret the intent's {@code client_secret}
     */
    record ClientRetrieve(PaymentIntentId id, String clientSecret) implements OnIntent<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the intent
         * @param clientSecret the intent's {@code client_secret}
         */
        public ClientRetrieve {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(clientSecret, "clientSecret");
        }

        @Override
        public String toString() {
            return "ClientRetrieve[id=" + id + ", clientSecret=<redacted>]";
        }
    }

    /**
     * A client-side confirm with the intent's client secret (Stripe.js {@code confirmPayment}). A wrong
     * secret is answered exactly like an unknown intent; the result, and the intent carried by a
     * decline, is the {@link PaymentIntent#publishableView() publishable view}.
     *
     * @param id the intent
     * @param clientSecret the intent's {@code client_secret}
     * @param params the confirmation parameters
     */
    record ClientConfirm(PaymentIntentId id, String clientSecret, ConfirmParams params) implements OnIntent<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the intent
         * @param clientSecret the intent's {@code client_secret}
         * @param params the confirmation parameters
         */
        public ClientConfirm {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(clientSecret, "clientSecret");
            Objects.requireNonNull(params, "params");
        }

        @Override
        public String toString() {
            return "ClientConfirm[id=" + id + ", clientSecret=<redacted>, params=" + params + "]";
        }
    }

    /**
     * Lists an intent's {@code amount_details} line items, in the order given, with cursors by line
     * item id.
     *
     * @param id the intent
     * @param limit page size 1..100, default 10
     * @param startingAfter a line item id: the items after it
     * @param endingBefore a line item id: the items before it
     */
    record ListLineItems(PaymentIntentId id, @Nullable Integer limit, @Nullable String startingAfter,
            @Nullable String endingBefore) implements OnIntent<LineItemList> {
        /**
         * Throws {@link NullPointerException} if id is null.
         *
         * @param id the intent
         * @param limit page size 1..100, default 10
         * @param startingAfter a line item id: the items after it
         * @param endingBefore a line item id: the items before it
         */
        public ListLineItems {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * Lists an intent's charges, newest first.
     *
     * @param id the intent
     */
    record ListCharges(PaymentIntentId id) implements OnIntent<ChargeList> {
        /**
         * Throws {@link NullPointerException} if id is null.
         *
         * @param id the intent
         */
        public ListCharges {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * Retrieves one charge of an intent.
     *
     * @param id the intent
     * @param chargeId the charge
     */
    record RetrieveCharge(PaymentIntentId id, io.paystate.model.ChargeId chargeId) implements OnIntent<io.paystate.model.Charge> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the intent
         * @param chargeId the charge
         */
        public RetrieveCharge {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(chargeId, "chargeId");
        }
    }

    /**
     * A request to verify the microdeposits of an intent.
     *
     * @param id the intent
     * @param params the parameters
     */
    record VerifyMicrodeposits(PaymentIntentId id, VerifyMicrodepositsParams params) implements OnIntent<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the intent
         * @param params the parameters
         */
        public VerifyMicrodeposits {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(params, "params");
        }
    }

    /**
     * A request to apply a customer balance to an intent.
     *
     * @param id the intent
     * @param params the parameters
     */
    record ApplyCustomerBalance(PaymentIntentId id, ApplyCustomerBalanceParams params) implements OnIntent<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the intent
         * @param params the parameters
         */
        public ApplyCustomerBalance {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(params, "params");
        }
    }

    /**
     * A request whose parameters a wire layer could not parse (unknown parameter, wrong type). It
     * still goes through the engine, so that its idempotency key is checked first (spec A 12: a known
     * key with other parameters is an {@code idempotency_error} even when the new parameters are
     * invalid); then its error is raised, and nothing is remembered.
     *
     * @param operation the operation that was asked for
     * @param intentId the intent in the path, if any
     * @param parameters a canonical text of the raw parameters, for the idempotency fingerprint
     * @param error the parse error to raise
     */
    record Malformed(Operation operation, @Nullable PaymentIntentId intentId, String parameters, ErrorDetails error)
            implements Request<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if a required component is null.
         *
         * @param operation the operation that was asked for
         * @param intentId the intent in the path, if any
         * @param parameters a canonical text of the raw parameters, for the idempotency fingerprint
         * @param error the parse error to raise
         */
        public Malformed {
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(parameters, "parameters");
            Objects.requireNonNull(error, "error");
        }

        @Override
        public String toString() {
            // the raw parameters may hold payment-method data: never print them
            return "Malformed[" + operation.wireName() + (intentId == null ? "" : " " + intentId) + ": "
                    + error.message() + "]";
        }
    }
}
