package io.paystate.engine;

import io.paystate.model.ChargeId;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.PaymentIntent;
import io.paystate.model.SetupIntent;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The content of a Stripe error response, as carried by every {@link PaymentEngineException}.
 *
 * @param httpStatus the HTTP status Stripe would answer with (400, 402, 404, 409, 500)
 * @param type Stripe's error type
 * @param code Stripe's error code, if any
 * @param message a stable English message; never contains a client secret or card number
 * @param param the offending request parameter, if any
 * @param declineCode the issuer's decline code, for card errors
 * @param paymentIntent the intent involved, as of the error
 * @param charge the failed charge, for card errors
 * @param requestId the id of the request that failed
 * @param replayed whether this error is an idempotent replay of an earlier response
 * @param setupIntent the SetupIntent involved, as of the error (Stripe's {@code setup_intent})
 */
public record ErrorDetails(
        int httpStatus,
        ErrorType type,
        @Nullable ErrorCode code,
        String message,
        @Nullable String param,
        @Nullable String declineCode,
        @Nullable PaymentIntent paymentIntent,
        @Nullable ChargeId charge,
        @Nullable String requestId,
        boolean replayed,
        @Nullable SetupIntent setupIntent) {
    /**
     * Throws {@link NullPointerException} if type or message is null.
     *
     * @param httpStatus the HTTP status Stripe would answer with (400, 402, 404, 409, 500)
     * @param type Stripe's error type
     * @param code Stripe's error code, if any
     * @param message a stable English message; never contains a client secret or card number
     * @param param the offending request parameter, if any
     * @param declineCode the issuer's decline code, for card errors
     * @param paymentIntent the intent involved, as of the error
     * @param charge the failed charge, for card errors
     * @param requestId the id of the request that failed
     * @param replayed whether this error is an idempotent replay of an earlier response
     * @param setupIntent the SetupIntent involved, as of the error (Stripe's {@code setup_intent})
     */
    public ErrorDetails {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Creates the details of an error that involves no SetupIntent.
     *
     * @param httpStatus the HTTP status Stripe would answer with (400, 402, 404, 409, 500)
     * @param type Stripe's error type
     * @param code Stripe's error code, if any
     * @param message a stable English message; never contains a client secret or card number
     * @param param the offending request parameter, if any
     * @param declineCode the issuer's decline code, for card errors
     * @param paymentIntent the intent involved, as of the error
     * @param charge the failed charge, for card errors
     * @param requestId the id of the request that failed
     * @param replayed whether this error is an idempotent replay of an earlier response
     */
    public ErrorDetails(int httpStatus, ErrorType type, @Nullable ErrorCode code, String message,
            @Nullable String param, @Nullable String declineCode, @Nullable PaymentIntent paymentIntent,
            @Nullable ChargeId charge, @Nullable String requestId, boolean replayed) {
        this(httpStatus, type, code, message, param, declineCode, paymentIntent, charge, requestId, replayed, null);
    }

    /**
     * Returns a copy flagged as an idempotent replay.
     *
     * @return a copy flagged as an idempotent replay
     */
    public ErrorDetails asReplay() {
        return new ErrorDetails(httpStatus, type, code, message, param, declineCode, paymentIntent, charge,
                requestId, true, setupIntent);
    }

    /**
     * Returns a copy carrying this request id.
     *
     * @param id the intent's id
     * @return a copy carrying this request id
     */
    public ErrorDetails withRequestId(@Nullable String id) {
        return new ErrorDetails(httpStatus, type, code, message, param, declineCode, paymentIntent, charge, id,
                replayed, setupIntent);
    }
}
