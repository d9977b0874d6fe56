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
public sealed interface Request<T> {

    /**
     * Returns Stripe's name of the operation, e.g. {@code confirm}.
     *
     * @return Stripe's name of the operation, e.g. {@code confirm}
     */
    String operation();

    /**
     * Returns the intent the request acts on, or null for create, list and search.
     *
     * @return the intent the request acts on, or null for create, list and search
     */
    @Nullable PaymentIntentId intentId();

    /**
     * Returns whether the request changes state (a {@code POST}): only those use idempotency keys.
     *
     * @return whether the request changes state (a {@code POST}): only those use idempotency keys
     */
    default boolean mutating() {
        return true;
    }

    /** @param params the parameters */
    record Create(CreateParams params) implements Request<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if params is null.
         *
         * @param params the parameters
         */
        public Create {
            Objects.requireNonNull(params, "params");
        }

        @Override
        public String operation() {
            return "create";
        }

        @Override
        public @Nullable PaymentIntentId intentId() {
            return null;
        }
    }

    /** @param id the intent */
    record Retrieve(PaymentIntentId id) implements Request<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if id is null.
         *
         * @param id the intent @param params the parameters
         */
        public Retrieve {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String operation() {
            return "retrieve";
        }

        @Override
        public PaymentIntentId intentId() {
            return id;
        }

        @Override
        public boolean mutating() {
            return false;
        }
    }

    /** @param id the intent @param params the parameters */
    record Update(PaymentIntentId id, UpdateParams params) implements Request<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the intent @param params the parameters
         * @param params the parameters
         */
        public Update {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(params, "params");
        }

        @Override
        public String operation() {
            return "update";
        }

        @Override
        public PaymentIntentId intentId() {
            return id;
        }
    }

    /** @param id the intent @param params the parameters */
    record Confirm(PaymentIntentId id, ConfirmParams params) implements Request<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the intent @param params the parameters
         * @param params the parameters
         */
        public Confirm {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(params, "params");
        }

        @Override
        public String operation() {
            return "confirm";
        }

        @Override
        public PaymentIntentId intentId() {
            return id;
        }
    }

    /** @param id the intent @param params the parameters */
    record Capture(PaymentIntentId id, CaptureParams params) implements Request<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the intent @param params the parameters
         * @param params the parameters
         */
        public Capture {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(params, "params");
        }

        @Override
        public String operation() {
            return "capture";
        }

        @Override
        public PaymentIntentId intentId() {
            return id;
        }
    }

    /** @param id the intent @param params the parameters */
    record Cancel(PaymentIntentId id, CancelParams params) implements Request<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the intent @param params the parameters
         * @param params the parameters
         */
        public Cancel {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(params, "params");
        }

        @Override
        public String operation() {
            return "cancel";
        }

        @Override
        public PaymentIntentId intentId() {
            return id;
        }
    }

    /** @param id the intent @param outcome what the customer did */
    record CompleteAction(PaymentIntentId id, ActionOutcome outcome) implements Request<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the intent @param params the parameters
         * @param outcome what the customer did
         */
        public CompleteAction {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(outcome, "outcome");
        }

        @Override
        public String operation() {
            return "complete_action";
        }

        @Override
        public PaymentIntentId intentId() {
            return id;
        }
    }

    /** @param id the intent @param params the parameters */
    record IncrementAuthorization(PaymentIntentId id, IncrementAuthorizationParams params)
            implements Request<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the intent @param params the parameters
         * @param params the parameters
         */
        public IncrementAuthorization {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(params, "params");
        }

        @Override
        public String operation() {
            return "increment_authorization";
        }

        @Override
        public PaymentIntentId intentId() {
            return id;
        }
    }

    /** @param params the parameters */
    record List(ListParams params) implements Request<PaymentIntentList> {
        /**
         * Throws {@link NullPointerException} if params is null.
         *
         * @param params the parameters
         */
        public List {
            Objects.requireNonNull(params, "params");
        }

        @Override
        public String operation() {
            return "list";
        }

        @Override
        public @Nullable PaymentIntentId intentId() {
            return null;
        }

        @Override
        public boolean mutating() {
            return false;
        }
    }

    /** @param params the parameters */
    record Search(SearchParams params) implements Request<SearchResult> {
        /**
         * Throws {@link NullPointerException} if params is null.
         *
         * @param params the parameters
         */
        public Search {
            Objects.requireNonNull(params, "params");
        }

        @Override
        public String operation() {
            return "search";
        }

        @Override
        public @Nullable PaymentIntentId intentId() {
            return null;
        }

        @Override
        public boolean mutating() {
            return false;
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
    record ClientRetrieve(PaymentIntentId id, String clientSecret) implements Request<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the intent @param params the parameters
         * @param clientSecret the intent's {@code client_secret}
         */
        public ClientRetrieve {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(clientSecret, "clientSecret");
        }

        @Override
        public String operation() {
            return "retrieve";
        }

        @Override
        public PaymentIntentId intentId() {
            return id;
        }

        @Override
        public boolean mutating() {
            return false;
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
    record ClientConfirm(PaymentIntentId id, String clientSecret, ConfirmParams params) implements Request<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the intent @param params the parameters
         * @param clientSecret the intent's {@code client_secret}
         * @param params the parameters
         */
        public ClientConfirm {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(clientSecret, "clientSecret");
            Objects.requireNonNull(params, "params");
        }

        @Override
        public String operation() {
            return "confirm";
        }

        @Override
        public PaymentIntentId intentId() {
            return id;
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
            @Nullable String endingBefore) implements Request<LineItemList> {
        /**
         * Throws {@link NullPointerException} if id is null.
         *
         * @param id the intent @param params the parameters
         * @param limit page size 1..100, default 10
         * @param startingAfter a line item id: the items after it
         * @param endingBefore a line item id: the items before it
         */
        public ListLineItems {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String operation() {
            return "list_line_items";
        }

        @Override
        public PaymentIntentId intentId() {
            return id;
        }

        @Override
        public boolean mutating() {
            return false;
        }
    }

    /**
     * Lists an intent's charges, newest first.
     *
     * @param id the intent
     */
    record ListCharges(PaymentIntentId id) implements Request<ChargeList> {
        /**
         * Throws {@link NullPointerException} if id is null.
         *
         * @param id the intent @param params the parameters
         */
        public ListCharges {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String operation() {
            return "list_charges";
        }

        @Override
        public PaymentIntentId intentId() {
            return id;
        }

        @Override
        public boolean mutating() {
            return false;
        }
    }

    /**
     * Retrieves one charge of an intent.
     *
     * @param id the intent
     * @param chargeId the charge
     */
    record RetrieveCharge(PaymentIntentId id, io.paystate.model.ChargeId chargeId) implements Request<io.paystate.model.Charge> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the intent @param params the parameters
         * @param chargeId the charge
         */
        public RetrieveCharge {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(chargeId, "chargeId");
        }

        @Override
        public String operation() {
            return "retrieve_charge";
        }

        @Override
        public PaymentIntentId intentId() {
            return id;
        }

        @Override
        public boolean mutating() {
            return false;
        }
    }

    /** @param id the intent @param params the parameters */
    record VerifyMicrodeposits(PaymentIntentId id, VerifyMicrodepositsParams params) implements Request<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the intent @param params the parameters
         * @param params the parameters
         */
        public VerifyMicrodeposits {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(params, "params");
        }

        @Override
        public String operation() {
            return "verify_microdeposits";
        }

        @Override
        public PaymentIntentId intentId() {
            return id;
        }
    }

    /** @param id the intent @param params the parameters */
    record ApplyCustomerBalance(PaymentIntentId id, ApplyCustomerBalanceParams params) implements Request<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the intent @param params the parameters
         * @param params the parameters
         */
        public ApplyCustomerBalance {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(params, "params");
        }

        @Override
        public String operation() {
            return "apply_customer_balance";
        }

        @Override
        public PaymentIntentId intentId() {
            return id;
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
     * @param mutating whether the operation would change state
     */
    record Malformed(String operation, @Nullable PaymentIntentId intentId, String parameters, ErrorDetails error,
            boolean mutating) implements Request<PaymentIntent> {
        /**
         * Throws {@link NullPointerException} if a required component is null.
         *
         * @param operation the operation that was asked for
         * @param intentId the intent in the path, if any
         * @param parameters a canonical text of the raw parameters, for the idempotency fingerprint
         * @param error the parse error to raise
         * @param mutating whether the operation would change state
         */
        public Malformed {
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(parameters, "parameters");
            Objects.requireNonNull(error, "error");
        }

        @Override
        public String toString() {
            // the raw parameters may hold payment-method data: never print them
            return "Malformed[" + operation + (intentId == null ? "" : " " + intentId) + ": " + error.message() + "]";
        }
    }
}
