package io.paystate.engine.internal;

import io.paystate.engine.UpdateParams;
import org.jspecify.annotations.Nullable;

/** Names the field a refused update is reported on, in Stripe's order of checking. */
final class UpdateFields {
    private UpdateFields() {}

    static String firstPaymentField(UpdateParams p) {
        if (p.amount() != null) {
            return "amount";
        } else if (p.currency() != null) {
            return "currency";
        } else if (p.paymentMethod() != null) {
            return "payment_method";
        } else if (p.paymentMethodData() != null) {
            return "payment_method_data";
        } else if (p.captureMethod() != null) {
            return "capture_method";
        } else if (p.paymentMethodTypes() != null) {
            return "payment_method_types";
        } else if (p.cardOptions() != null) {
            return "payment_method_options";
        } else if (p.customer() != null) {
            return "customer";
        } else if (p.lineItems() != null) {
            return "amount_details";
        }
        return "setup_future_usage";
    }

    /** The first descriptive field a canceled intent refuses (only metadata and description change). */
    static @Nullable String firstDetailFieldBeyondCanceled(UpdateParams p) {
        if (p.receiptEmail() != null) {
            return "receipt_email";
        } else if (p.statementDescriptor() != null) {
            return "statement_descriptor";
        } else if (p.statementDescriptorSuffix() != null) {
            return "statement_descriptor_suffix";
        } else if (p.shipping() != null || p.clearShipping()) {
            return "shipping";
        }
        return null;
    }
}
