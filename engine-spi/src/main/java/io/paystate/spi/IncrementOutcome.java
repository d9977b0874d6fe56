package io.paystate.spi;

import io.paystate.model.ErrorCode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The issuer's answer to an incremental authorization. */
public sealed interface IncrementOutcome {

    /** The new, higher amount is authorized. */
    record Approved() implements IncrementOutcome {}

    /**
     * The issuer refused: nothing on the intent changes, and the attempt still counts.
     *
     * @param code the error code, usually {@code card_declined}
     * @param declineCode the issuer's reason
     * @param message the message
     */
    record Declined(ErrorCode code, @Nullable String declineCode, String message) implements IncrementOutcome {
        /**
         * Throws {@link NullPointerException} if a required component is null.
         *
         * @param code the error code, usually {@code card_declined}
         * @param declineCode the issuer's reason
         * @param message the message
         */
        public Declined {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
