package io.paystate.engine;

import io.paystate.model.RecordedFields;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of incrementing a held authorization
 * ({@code POST /v1/payment_intents/:id/increment_authorization}).
 *
 * @param amount the new total amount, strictly higher than the current one (required)
 * @param description a new description
 * @param metadata entries merged into the intent's metadata; an empty value removes its key
 * @param statementDescriptor a new statement descriptor (non-card payments)
 * @param applicationFeeAmount a new {@code application_fee_amount}, recorded without effect in test mode
 * @param transferAmount a new {@code transfer_data[amount]}, recorded without effect in test mode
 * @param lineItems new {@code amount_details[line_items]}, replacing the intent's; null keeps them
 * @param recorded {@code payment_details}, merged into the intent's recorded fields; null keeps them
 */
public record IncrementAuthorizationParams(
        @Nullable Long amount,
        @Nullable String description,
        Map<String, String> metadata,
        @Nullable String statementDescriptor,
        @Nullable Long applicationFeeAmount,
        @Nullable Long transferAmount,
        @Nullable List<LineItemParams> lineItems,
        @Nullable RecordedFields recorded) {

    /**
     * Copies the metadata, keeping its order.
     *
     * @param amount the new total amount, strictly higher than the current one (required)
     * @param description a new description
     * @param metadata entries merged into the intent's metadata; an empty value removes its key
     * @param statementDescriptor a new statement descriptor (non-card payments)
     * @param applicationFeeAmount a new {@code application_fee_amount}, recorded without effect in test mode
     * @param transferAmount a new {@code transfer_data[amount]}, recorded without effect in test mode
     * @param lineItems new line items, or null
     * @param recorded recorded fields to merge, or null
     */
    public IncrementAuthorizationParams {
        metadata = CreateParams.copyKeepingOrder(metadata);
        lineItems = lineItems == null ? null : List.copyOf(lineItems);
    }

    /**
     * Returns parameters with only an amount and a description.
     *
     * @param description a new description
     * @param amount the new total amount, strictly higher than the current one (required)
     */
    public IncrementAuthorizationParams(@Nullable Long amount, @Nullable String description) {
        this(amount, description, Map.of(), null, null, null, null, null);
    }

    /**
     * Returns parameters raising the authorization to {@code amount}.
     *
     * @param amount the new total amount, strictly higher than the current one (required)
     * @return parameters raising the authorization to {@code amount}
     */
    public static IncrementAuthorizationParams amount(long amount) {
        return new IncrementAuthorizationParams(amount, null);
    }
}
