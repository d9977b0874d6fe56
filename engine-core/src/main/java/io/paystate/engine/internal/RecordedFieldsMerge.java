package io.paystate.engine.internal;

import io.paystate.model.RecordedFields;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** How update, capture and increment requests change an intent's recorded fields and metadata. */
final class RecordedFieldsMerge {
    private RecordedFieldsMerge() {}

    /** Each non-null field of {@code change} (and a non-empty excluded list) replaces the old one. */
    static RecordedFields merge(RecordedFields old, RecordedFields change) {
        String destination = change.transferDestination() != null ? change.transferDestination()
                : old.transferDestination();
        Long transferAmount = change.transferAmount() != null ? change.transferAmount()
                : change.transferDestination() != null ? null : old.transferAmount();
        return new RecordedFields(
                change.applicationFeeAmount() != null ? change.applicationFeeAmount() : old.applicationFeeAmount(),
                change.onBehalfOf() != null ? change.onBehalfOf() : old.onBehalfOf(),
                destination, transferAmount,
                change.transferGroup() != null ? change.transferGroup() : old.transferGroup(),
                change.excludedPaymentMethodTypes().isEmpty() ? old.excludedPaymentMethodTypes()
                        : change.excludedPaymentMethodTypes(),
                change.customerReference() != null ? change.customerReference() : old.customerReference(),
                change.orderReference() != null ? change.orderReference() : old.orderReference());
    }

    /** The fee and transfer amount a capture or an increment may set; a transfer amount needs a transfer. */
    static RecordedFields fees(RecordedFields old, @Nullable Long applicationFee, @Nullable Long transferAmount) {
        if (transferAmount != null && !old.hasTransfer()) {
            throw Errors.invalid(null, "transfer_data[amount]",
                    "transfer_data[amount] can only be set on a PaymentIntent created with transfer_data[destination].");
        }
        if (applicationFee == null && transferAmount == null) {
            return old; // the usual capture sets neither: no copy of equal fields
        }
        return new RecordedFields(applicationFee != null ? applicationFee : old.applicationFeeAmount(),
                old.onBehalfOf(), old.transferDestination(),
                transferAmount != null ? transferAmount : old.transferAmount(), old.transferGroup(),
                old.excludedPaymentMethodTypes(), old.customerReference(), old.orderReference());
    }

    /** Metadata merged as an update merges it: an empty value removes its key. */
    static Map<String, String> metadata(Map<String, String> old, Map<String, String> change) {
        if (change.isEmpty()) {
            return old;
        }
        Map<String, String> merged = new LinkedHashMap<>(old);
        change.forEach((k, v) -> {
            if (v.isEmpty()) {
                merged.remove(k);
            } else {
                merged.put(k, v);
            }
        });
        return Map.copyOf(merged);
    }

    /** The wire name of the first recorded field an update sets, for its error. */
    static String firstField(RecordedFields change) {
        if (change.applicationFeeAmount() != null) {
            return "application_fee_amount";
        }
        if (change.onBehalfOf() != null) {
            return "on_behalf_of";
        }
        if (change.transferDestination() != null || change.transferAmount() != null) {
            return "transfer_data";
        }
        if (change.transferGroup() != null) {
            return "transfer_group";
        }
        if (!change.excludedPaymentMethodTypes().isEmpty()) {
            return "excluded_payment_method_types";
        }
        return "payment_details";
    }
}
