package io.paystate.engine;

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
 */
public record IncrementAuthorizationParams(
        @Nullable Long amount,
        @Nullable String description,
        Map<String, String> metadata,
        @Nullable String statementDescriptor,
        @Nullable Long applicationFeeAmount,
        @Nullable Long transferAmount) {

    /**
     * Copies the metadata, keeping its order.
     *
     * @param amount the new total amount, strictly higher than the current one (required)
     * @param description a new description
     * @param metadata entries merged into the intent's metadata; an empty value removes its key
     * @param statementDescriptor a new statement descriptor (non-card payments)
     * @param applicationFeeAmount a new {@code application_fee_amount}, recorded without effect in test mode
     * @param transferAmount a new {@code transfer_data[amount]}, recorded without effect in test mode
     */

    public IncrementAuthorizationParams {
        metadata = CreateParams.copyKeepingOrder(metadata);
    }

    /**
     * Returns parameters with only an amount and a description.
     *
     * @param description a new description
     * @param amount the new total amount, strictly higher than the current one (required)
     */
    public IncrementAuthorizationParams(@Nullable Long amount, @Nullable String description) {
        this(amount, description, Map.of(), null, null, null);
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
