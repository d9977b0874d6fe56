package io.paystate.engine.internal;

import io.paystate.engine.ErrorDetails;
import io.paystate.engine.PaymentEngineException;
import io.paystate.model.ChargeId;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.PaymentIntent;
import org.jspecify.annotations.Nullable;

/**
 * An error to raise after the command's changes were committed: a decline (402), or a refusal that
 * still counted (a microdeposit mismatch). The error carries the committed intent.
 */
record Decline(int httpStatus, ErrorType type, ErrorCode code, @Nullable String declineCode, String message,
        @Nullable String param, @Nullable ChargeId charge) {

    /** A card decline (402). */
    Decline(ErrorCode code, @Nullable String declineCode, String message, @Nullable ChargeId charge) {
        this(402, ErrorType.CARD_ERROR, code, declineCode, message, null, charge);
    }

    PaymentEngineException toException(PaymentIntent committed) {
        return PaymentEngineException.of(new ErrorDetails(httpStatus, type, code, message, param, declineCode,
                committed, charge, null, false));
    }
}
