package io.paystate.engine.internal;

import io.paystate.model.PaymentIntent;
import io.paystate.engine.ConfirmParams;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.PaymentMethodDetails;
import org.jspecify.annotations.Nullable;

/** Confirms an intent: sets what the confirmation carries, then runs a payment attempt. */
final class ConfirmCommand extends IntentCommand {
    private final ConfirmParams p;
    /** The method the attempt used, once {@link #apply} chose it. */
    private io.paystate.model.@Nullable PaymentMethodId used;

    ConfirmCommand(EngineParts parts, PaymentIntentId id, ConfirmParams params, Call call) {
        super(parts, id, call);
        this.p = params;
    }

    @Override
    public void validate() {
        RequestValidator.validateConfirm(p);
    }

    /** A stored method this confirmation used is spent, or attached for future use. */
    @Override
    void afterCommit(PaymentIntent committed) {
        parts.savedMethods().afterUse(call.account, used, committed, call);
    }

    @Override
    @Nullable Decline apply(Work work) {
        parts.transitions().requireAllowed(work, Trigger.CONFIRM);
        IntentDraft d = work.draft;
        PaymentMethodDetails pm = parts.paymentMethods().resolve(p.paymentMethod(), p.paymentMethodData());
        if (pm == null) {
            if (d.paymentMethod == null) {
                throw Errors.invalid(ErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE, null,
                        PaymentMethods.MISSING_PAYMENT_METHOD, d.snapshot());
            }
            pm = parts.paymentMethods().details(d.paymentMethod);
        }
        if (p.paymentMethodTypes() != null) {
            d.paymentMethodTypes = p.paymentMethodTypes();
        }
        PaymentMethods.requireCompatible(pm, d.paymentMethodTypes, d.snapshot());
        parts.savedMethods().requireUsable(call, pm.id(), d.customer, d.snapshot());
        used = pm.id();
        if (!pm.id().equals(d.paymentMethod)) {
            d.authenticated = false;
        }
        d.paymentMethod = pm.id();
        if (p.captureMethod() != null) {
            d.captureMethod = p.captureMethod();
        }
        if (p.cardOptions() != null) {
            d.cardOptions = p.cardOptions();
        }
        if (p.receiptEmail() != null) {
            d.receiptEmail = Strings.emptyToNull(p.receiptEmail());
        }
        if (p.setupFutureUsage() != null) {
            d.setupFutureUsage = p.setupFutureUsage();
        }
        if (p.shipping() != null) {
            d.shipping = p.shipping();
        }
        if (p.lineItems() != null) {
            d.lineItems = LineItems.from(p.lineItems(), parts.engine().ids);
        }
        if (p.recorded() != null) {
            d.recorded = RecordedFieldsMerge.merge(d.recorded, p.recorded());
        }
        if (p.amountToConfirm() != null && p.amountToConfirm() != d.amount) {
            RequestValidator.amount(p.amountToConfirm(), d.currency, "amount_to_confirm");
            d.amount = p.amountToConfirm();
            d.authenticated = false;
        }
        return parts.attempt().run(work, Trigger.CONFIRM, pm, Boolean.TRUE.equals(p.offSession()), p.returnUrl(),
                Boolean.TRUE.equals(p.errorOnRequiresAction()));
    }
}
