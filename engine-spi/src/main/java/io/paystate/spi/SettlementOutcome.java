package io.paystate.spi;

import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import java.util.Objects;

/** How an asynchronous ({@code processing}) payment ends. */
public sealed interface SettlementOutcome {

    /** The funds arrived: the intent succeeds (or is held, for manual capture). */
    record Succeeded() implements SettlementOutcome {}

    /**
     * The debit failed: the intent returns to {@code requires_payment_method}.
     *
     * @param type the error type of {@code last_payment_error}
     * @param code the error code
     * @param message the message
     */
    record Failed(ErrorType type, ErrorCode code, String message) implements SettlementOutcome {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param type the error type of {@code last_payment_error}
         * @param code the error code
         * @param message the message
         */
        public Failed {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
