package io.paystate.engine;

import io.paystate.model.CancellationReason;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of canceling an intent ({@code POST /v1/payment_intents/:id/cancel}).
 *
 * @param cancellationReason one of {@code abandoned}, {@code duplicate}, {@code fraudulent},
 *     {@code requested_by_customer}, or null
 */
public record CancelParams(@Nullable CancellationReason cancellationReason) {
    private static final CancelParams NONE = new CancelParams(null);

    /**
     * Returns parameters without a reason.
     *
     * @return parameters without a reason
     */
    public static CancelParams none() {
        return NONE;
    }

    /**
     * Returns parameters with this reason.
     *
     * @param reason the reason
     * @return parameters with this reason
     */
    public static CancelParams reason(CancellationReason reason) {
        return new CancelParams(reason);
    }
}
