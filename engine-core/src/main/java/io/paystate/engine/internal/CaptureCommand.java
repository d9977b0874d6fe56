package io.paystate.engine.internal;

import io.paystate.engine.CaptureParams;
import io.paystate.model.Charge;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentIntentId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Captures a held authorization, fully or partly; a partial capture releases the remainder. */
final class CaptureCommand extends IntentCommand {
    private final CaptureParams p;

    CaptureCommand(EngineParts parts, PaymentIntentId id, CaptureParams params, Call call) {
        super(parts, id, call);
        this.p = params;
    }

    @Override
    public void validate() {
        RequestValidator.validateCapture(p);
    }

    @Override
    @Nullable Decline apply(Work work) {
        parts.transitions().requireAllowed(work, Trigger.CAPTURE);
        IntentDraft d = work.draft;
        long amount = p.amountToCapture() != null ? p.amountToCapture() : d.amountCapturable;
        if (amount > d.amountCapturable) {
            throw Errors.invalid(ErrorCode.AMOUNT_TOO_LARGE, "amount_to_capture", "The payment could not be "
                    + "captured because the requested capture amount is greater than the amount you can capture for "
                    + "this charge.", d.snapshot());
        }
        java.util.Map<String, String> metadata = RecordedFieldsMerge.metadata(d.metadata, p.metadata());
        RequestValidator.metadataCount(metadata);
        java.util.List<io.paystate.model.LineItem> lineItems =
                p.lineItems() == null ? null : LineItems.from(p.lineItems(), parts.engine().ids);
        parts.transitions().fire(work, Trigger.CAPTURE, Outcome.SUCCEEDED, work.now, x -> {
            // what the capture request also sets: Stripe applies these with the capture
            x.metadata = metadata;
            if (p.statementDescriptor() != null) {
                x.statementDescriptor = Strings.emptyToNull(p.statementDescriptor());
            }
            if (p.statementDescriptorSuffix() != null) {
                x.statementDescriptorSuffix = Strings.emptyToNull(p.statementDescriptorSuffix());
            }
            x.recorded = RecordedFieldsMerge.fees(x.recorded, p.applicationFeeAmount(), p.transferAmount());
            if (p.recorded() != null) {
                x.recorded = RecordedFieldsMerge.merge(x.recorded, p.recorded());
            }
            if (lineItems != null) {
                x.lineItems = lineItems;
            }
            Charge held = Objects.requireNonNull(x.latestCharge());
            // the uncaptured remainder is released, recorded as refunded on the charge
            x.replaceLatestCharge(Charges.capturedPart(held, amount));
            x.amountReceived = amount;
            x.amountCapturable = 0;
            x.expiresAt = null;
        });
        return null;
    }
}
