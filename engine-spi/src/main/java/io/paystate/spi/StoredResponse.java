package io.paystate.spi;

import io.paystate.model.ChargeId;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.PaymentIntent;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The full outcome of a request, as remembered for its idempotency key: either a body or an error.
 *
 * @param httpStatus the HTTP status (200, 400, 402, 500, ...)
 * @param body the returned intent, for a success
 * @param error the error, for a failure
 * @param requestId the id of the original request
 */
public record StoredResponse(int httpStatus, @Nullable PaymentIntent body, @Nullable Error error,
        @Nullable String requestId) {

    /**
     * Throws {@link IllegalArgumentException} unless exactly one of body and error is set.
     *
     * @param httpStatus the HTTP status (200, 400, 402, 500, ...)
     * @param body the returned intent, for a success
     * @param error the error, for a failure
     * @param requestId the id of the original request
     */
    public StoredResponse {
        if ((body == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of body and error must be set");
        }
    }

    /**
     * A remembered error; the fields of Stripe's error object.
     *
     * @param type the error type
     * @param code the error code, if any
     * @param message the message
     * @param param the offending parameter
     * @param declineCode the decline code
     * @param paymentIntent the intent embedded in the error
     * @param charge the failed charge
     */
    @SuppressWarnings("JavaLangClash") // named as Stripe's error object; always used qualified
    public record Error(ErrorType type, @Nullable ErrorCode code, String message, @Nullable String param,
            @Nullable String declineCode, @Nullable PaymentIntent paymentIntent, @Nullable ChargeId charge) {
        /**
         * Throws {@link NullPointerException} if type or message is null.
         *
         * @param type the error type
         * @param code the error code, if any
         * @param message the message
         * @param param the offending parameter
         * @param declineCode the decline code
         * @param paymentIntent the intent embedded in the error
         * @param charge the failed charge
         */
        public Error {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(message, "message");
        }
    }
}
