package io.paystate.engine;

import org.jspecify.annotations.Nullable;

/**
 * The parameters of capturing a held intent ({@code POST /v1/payment_intents/:id/capture}).
 *
 * @param amountToCapture how much to capture, default {@code amount_capturable}; any remainder is released
 * @param finalCapture {@code false} asks for multicapture, an extension that is off by default
 */
public record CaptureParams(@Nullable Long amountToCapture, @Nullable Boolean finalCapture) {
    private static final CaptureParams FULL = new CaptureParams(null, null);

    /**
     * Returns parameters capturing everything capturable.
     *
     * @return parameters capturing everything capturable
     */
    public static CaptureParams full() {
        return FULL;
    }

    /**
     * Returns parameters capturing {@code amount} and releasing the rest.
     *
     * @param amount the amount, in minor units
     * @return parameters capturing {@code amount} and releasing the rest
     */
    public static CaptureParams amount(long amount) {
        return new CaptureParams(amount, null);
    }
}
