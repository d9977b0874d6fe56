package io.paystate.engine;

import io.paystate.model.RecordedFields;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of capturing a held intent ({@code POST /v1/payment_intents/:id/capture}).
 *
 * @param amountToCapture how much to capture, default {@code amount_capturable}; any remainder is released
 * @param finalCapture {@code false} asks for multicapture, an extension that is off by default
 * @param metadata entries merged into the intent's metadata; an empty value removes its key
 * @param statementDescriptor a new statement descriptor (non-card payments)
 * @param statementDescriptorSuffix a new statement descriptor suffix (card payments)
 * @param applicationFeeAmount a new {@code application_fee_amount}, recorded without effect in test mode
 * @param transferAmount a new {@code transfer_data[amount]}, recorded without effect in test mode
 * @param lineItems new {@code amount_details[line_items]}, replacing the intent's; null keeps them
 * @param recorded {@code payment_details}, merged into the intent's recorded fields; null keeps them
 */
public record CaptureParams(
        @Nullable Long amountToCapture,
        @Nullable Boolean finalCapture,
        Map<String, String> metadata,
        @Nullable String statementDescriptor,
        @Nullable String statementDescriptorSuffix,
        @Nullable Long applicationFeeAmount,
        @Nullable Long transferAmount,
        @Nullable List<LineItemParams> lineItems,
        @Nullable RecordedFields recorded) {
    private static final CaptureParams FULL = new CaptureParams(null, null);

    /**
     * Copies the metadata, keeping its order.
     *
     * @param amountToCapture how much to capture, default {@code amount_capturable}; any remainder is released
     * @param finalCapture {@code false} asks for multicapture, an extension that is off by default
     * @param metadata entries merged into the intent's metadata; an empty value removes its key
     * @param statementDescriptor a new statement descriptor (non-card payments)
     * @param statementDescriptorSuffix a new statement descriptor suffix (card payments)
     * @param applicationFeeAmount a new {@code application_fee_amount}, recorded without effect in test mode
     * @param transferAmount a new {@code transfer_data[amount]}, recorded without effect in test mode
     * @param lineItems new line items, or null
     * @param recorded recorded fields to merge, or null
     */
    public CaptureParams {
        metadata = CreateParams.copyKeepingOrder(metadata);
        lineItems = lineItems == null ? null : List.copyOf(lineItems);
    }

    /**
     * Returns parameters with only an amount and the final-capture flag.
     *
     * @param finalCapture {@code false} asks for multicapture, an extension that is off by default
     * @param amountToCapture how much to capture, default {@code amount_capturable}; any remainder is released
     */
    public CaptureParams(@Nullable Long amountToCapture, @Nullable Boolean finalCapture) {
        this(amountToCapture, finalCapture, Map.of(), null, null, null, null, null, null);
    }

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
