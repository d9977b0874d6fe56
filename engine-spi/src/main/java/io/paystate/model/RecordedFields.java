package io.paystate.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Fields of an intent that the engine stores and shows exactly as given but does not act on in test
 * mode: Connect's fees and transfers, excluded payment-method types and the merchant's references.
 * A host whose processor moves real money reads them from the intent.
 *
 * @param applicationFeeAmount {@code application_fee_amount}, minor units, or null
 * @param onBehalfOf {@code on_behalf_of}, a connected account id, or null
 * @param transferDestination {@code transfer_data[destination]}, or null when there is no transfer
 * @param transferAmount {@code transfer_data[amount]}, or null for the whole amount
 * @param transferGroup {@code transfer_group}, or null
 * @param excludedPaymentMethodTypes {@code excluded_payment_method_types}, empty when none
 * @param customerReference {@code payment_details[customer_reference]}, or null
 * @param orderReference {@code payment_details[order_reference]}, or null
 */
public record RecordedFields(
        @Nullable Long applicationFeeAmount,
        @Nullable String onBehalfOf,
        @Nullable String transferDestination,
        @Nullable Long transferAmount,
        @Nullable String transferGroup,
        List<String> excludedPaymentMethodTypes,
        @Nullable String customerReference,
        @Nullable String orderReference) {
    /** Nothing recorded. */
    public static final RecordedFields NONE = new RecordedFields(null, null, null, null, null, List.of(), null, null);

    /**
     * Copies the list.
     *
     * @throws IllegalArgumentException for a negative amount, or a transfer amount without destination
     * @param transferGroup {@code transfer_group}, or null
     * @param transferDestination {@code transfer_data[destination]}, or null when there is no transfer
     * @param transferAmount {@code transfer_data[amount]}, or null for the whole amount
     * @param orderReference {@code payment_details[order_reference]}, or null
     * @param onBehalfOf {@code on_behalf_of}, a connected account id, or null
     * @param excludedPaymentMethodTypes {@code excluded_payment_method_types}, empty when none
     * @param customerReference {@code payment_details[customer_reference]}, or null
     * @param applicationFeeAmount {@code application_fee_amount}, minor units, or null
     */
    public RecordedFields {
        excludedPaymentMethodTypes = List.copyOf(Objects.requireNonNull(excludedPaymentMethodTypes,
                "excludedPaymentMethodTypes"));
        if (applicationFeeAmount != null && applicationFeeAmount < 0) {
            throw new IllegalArgumentException("application_fee_amount must not be negative");
        }
        if (transferAmount != null && (transferAmount < 0 || transferDestination == null)) {
            throw new IllegalArgumentException("transfer_data[amount] needs a destination and must not be negative");
        }
    }

    /**
     * Returns true when there is a transfer ({@code transfer_data} is shown).
     *
     * @return true when there is a transfer ({@code transfer_data} is shown)
     */
    public boolean hasTransfer() {
        return transferDestination != null;
    }
}
