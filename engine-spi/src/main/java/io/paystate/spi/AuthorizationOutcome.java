package io.paystate.spi;

import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.NextAction;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The processor's decision on a payment attempt. */
public sealed interface AuthorizationOutcome {

    /**
     * The payment is authorized. The engine captures it at once or holds it, by capture method.
     *
     * @param incrementalAuthorizationSupported whether the authorization may later be incremented
     * @param extendedAuthorization whether an extended (30-day) window was granted
     */
    record Authorized(boolean incrementalAuthorizationSupported, boolean extendedAuthorization)
            implements AuthorizationOutcome {}

    /**
     * The customer must act. With a null {@code nextAction} the engine builds the 3-D Secure action
     * ({@code redirect_to_url} when a return URL was given, else {@code use_stripe_sdk}).
     *
     * @param nextAction a specific next action (microdeposits, bank transfer), or null for 3-D Secure
     */
    record RequiresAction(@Nullable NextAction nextAction) implements AuthorizationOutcome {}

    /**
     * The attempt failed.
     *
     * @param type {@code card_error} for issuer declines
     * @param code the error code, e.g. {@code card_declined}
     * @param declineCode the issuer's reason, e.g. {@code insufficient_funds}
     * @param message the customer-facing message
     * @param adviceCode Stripe's advice, if any
     */
    record Declined(ErrorType type, ErrorCode code, @Nullable String declineCode, String message,
            @Nullable String adviceCode) implements AuthorizationOutcome {
        /**
         * Throws {@link NullPointerException} if a required component is null.
         *
         * @param type {@code card_error} for issuer declines
         * @param code the error code, e.g. {@code card_declined}
         * @param declineCode the issuer's reason, e.g. {@code insufficient_funds}
         * @param message the customer-facing message
         * @param adviceCode Stripe's advice, if any
         */
        public Declined {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }

        /**
         * Returns a card decline ({@code card_error}) without advice code.
         *
         * @param code the error code, e.g. {@code card_declined}
         * @param declineCode the issuer's reason, e.g. {@code insufficient_funds}
         * @param message the customer-facing message
         * @return a card decline ({@code card_error}) without advice code
         */
        public static Declined card(ErrorCode code, @Nullable String declineCode, String message) {
            return new Declined(ErrorType.CARD_ERROR, code, declineCode, message, null);
        }
    }

    /**
     * The payment is asynchronous: the intent is {@code processing} until the engine's clock reaches
     * the settlement time, when {@link PaymentProcessor#settle} decides.
     *
     * @param settlesAfter how long after entering {@code processing} the payment settles
     */
    record Processing(Duration settlesAfter) implements AuthorizationOutcome {
        /**
         * Throws {@link IllegalArgumentException} if the delay is negative.
         *
         * @param settlesAfter how long after entering {@code processing} the payment settles
         */
        public Processing {
            Objects.requireNonNull(settlesAfter, "settlesAfter");
            if (settlesAfter.isNegative()) {
                throw new IllegalArgumentException("settlesAfter must not be negative");
            }
        }
    }
}
