package io.paystate.engine;

import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentCancellationReason;
import io.paystate.model.SetupIntentId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request on SetupIntents ({@code /v1/setup_intents}), for {@link PaymentEngine#execute}: the
 * family of requests of the SetupIntent API, each a value as every {@link Request} is.
 *
 * <p>Idempotency keys on the mutating ones replay the first answer, as on PaymentIntents.
 *
 * @param <T> the type of the response body
 */
public sealed interface SetupIntentRequest<T> extends Request<T> {

    /**
     * Returns the SetupIntent the request acts on, or null for create and list.
     *
     * @return the SetupIntent, or null
     */
    default @Nullable SetupIntentId setupIntentId() {
        return null;
    }

    /**
     * A request to create a SetupIntent (and confirm it with {@code confirm=true}).
     *
     * @param params the parameters
     */
    record Create(SetupIntentCreateParams params) implements SetupIntentRequest<SetupIntent> {
        /**
         * Throws {@link NullPointerException} if params is null.
         *
         * @param params the parameters
         */
        public Create {
            Objects.requireNonNull(params, "params");
        }

        @Override
        public Operation operation() {
            return Operation.CREATE_SETUP_INTENT;
        }
    }

    /**
     * A request to retrieve a SetupIntent.
     *
     * @param id the SetupIntent
     */
    record Retrieve(SetupIntentId id) implements SetupIntentRequest<SetupIntent> {
        /**
         * Throws {@link NullPointerException} if id is null.
         *
         * @param id the SetupIntent
         */
        public Retrieve {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public Operation operation() {
            return Operation.RETRIEVE_SETUP_INTENT;
        }

        @Override
        public SetupIntentId setupIntentId() {
            return id;
        }
    }

    /**
     * A request to update a SetupIntent.
     *
     * @param id the SetupIntent
     * @param params the parameters
     */
    record Update(SetupIntentId id, SetupIntentUpdateParams params) implements SetupIntentRequest<SetupIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the SetupIntent
         * @param params the parameters
         */
        public Update {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(params, "params");
        }

        @Override
        public Operation operation() {
            return Operation.UPDATE_SETUP_INTENT;
        }

        @Override
        public SetupIntentId setupIntentId() {
            return id;
        }
    }

    /**
     * A request to confirm a SetupIntent.
     *
     * @param id the SetupIntent
     * @param params the parameters
     */
    record Confirm(SetupIntentId id, SetupIntentConfirmParams params) implements SetupIntentRequest<SetupIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the SetupIntent
         * @param params the parameters
         */
        public Confirm {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(params, "params");
        }

        @Override
        public Operation operation() {
            return Operation.CONFIRM_SETUP_INTENT;
        }

        @Override
        public SetupIntentId setupIntentId() {
            return id;
        }
    }

    /**
     * A retrieve made with a publishable key, as Stripe.js and the mobile SDKs make it: the client
     * secret must match the SetupIntent's (else the answer is the unknown SetupIntent's 404), and the
     * answer is its publishable view ({@link SetupIntent#publishableView()}).
     *
     * @param id the SetupIntent
     * @param clientSecret the SetupIntent's client secret
     */
    record ClientRetrieve(SetupIntentId id, String clientSecret) implements SetupIntentRequest<SetupIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the SetupIntent
         * @param clientSecret the SetupIntent's client secret
         */
        public ClientRetrieve {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(clientSecret, "clientSecret");
        }

        @Override
        public Operation operation() {
            return Operation.RETRIEVE_SETUP_INTENT;
        }

        @Override
        public SetupIntentId setupIntentId() {
            return id;
        }

        @Override
        public String toString() {
            return "ClientRetrieve[id=" + id + ", clientSecret=<redacted>]";
        }
    }

    /**
     * A confirm made with a publishable key ({@code stripe.confirmSetup}, {@code confirmCardSetup}):
     * the client secret must match, and the answer, success or error, shows the publishable view.
     *
     * @param id the SetupIntent
     * @param clientSecret the SetupIntent's client secret
     * @param params the parameters
     */
    record ClientConfirm(SetupIntentId id, String clientSecret, SetupIntentConfirmParams params)
            implements SetupIntentRequest<SetupIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the SetupIntent
         * @param clientSecret the SetupIntent's client secret
         * @param params the parameters
         */
        public ClientConfirm {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(clientSecret, "clientSecret");
            Objects.requireNonNull(params, "params");
        }

        @Override
        public Operation operation() {
            return Operation.CONFIRM_SETUP_INTENT;
        }

        @Override
        public SetupIntentId setupIntentId() {
            return id;
        }

        @Override
        public String toString() {
            return "ClientConfirm[id=" + id + ", clientSecret=<redacted>, params=" + params + "]";
        }
    }

    /**
     * A request to cancel a SetupIntent.
     *
     * @param id the SetupIntent
     * @param reason {@code cancellation_reason}, or null
     */
    record Cancel(SetupIntentId id, @Nullable SetupIntentCancellationReason reason)
            implements SetupIntentRequest<SetupIntent> {
        /**
         * Throws {@link NullPointerException} if id is null.
         *
         * @param id the SetupIntent
         * @param reason {@code cancellation_reason}, or null
         */
        public Cancel {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public Operation operation() {
            return Operation.CANCEL_SETUP_INTENT;
        }

        @Override
        public SetupIntentId setupIntentId() {
            return id;
        }
    }

    /**
     * A request to list SetupIntents, newest first.
     *
     * @param params the parameters
     */
    record List(SetupIntentListParams params) implements SetupIntentRequest<SetupIntentList> {
        /**
         * Throws {@link NullPointerException} if params is null.
         *
         * @param params the parameters
         */
        public List {
            Objects.requireNonNull(params, "params");
        }

        @Override
        public Operation operation() {
            return Operation.LIST_SETUP_INTENTS;
        }
    }

    /**
     * A request to verify the microdeposits of a SetupIntent's US bank account.
     *
     * @param id the SetupIntent
     * @param params the amounts or the descriptor code
     */
    record VerifyMicrodeposits(SetupIntentId id, VerifyMicrodepositsParams params)
            implements SetupIntentRequest<SetupIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the SetupIntent
         * @param params the amounts or the descriptor code
         */
        public VerifyMicrodeposits {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(params, "params");
        }

        @Override
        public Operation operation() {
            return Operation.VERIFY_SETUP_INTENT_MICRODEPOSITS;
        }

        @Override
        public SetupIntentId setupIntentId() {
            return id;
        }
    }

    /**
     * The customer's answer to a SetupIntent's 3-D Secure challenge (test and simulation only: it
     * stands for the customer, as {@link Request.CompleteAction} does for PaymentIntents). A failed
     * challenge shows on the returned SetupIntent, never as an error.
     *
     * @param id the SetupIntent
     * @param outcome whether the customer passed the challenge
     */
    record CompleteAction(SetupIntentId id, ActionOutcome outcome) implements SetupIntentRequest<SetupIntent> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the SetupIntent
         * @param outcome whether the customer passed the challenge
         */
        public CompleteAction {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(outcome, "outcome");
        }

        @Override
        public Operation operation() {
            return Operation.COMPLETE_SETUP_INTENT_ACTION;
        }

        @Override
        public SetupIntentId setupIntentId() {
            return id;
        }
    }
}
