package io.paystate.engine.internal;

import io.paystate.engine.UpdateParams;
import io.paystate.model.Currency;
import io.paystate.model.CustomerId;
import io.paystate.model.LineItem;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.spi.PaymentMethodDetails;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Updates an intent. Payment fields change only in the open statuses; a new payment method, or a
 * changed amount under a pending challenge, needs a new confirmation. Any successful update clears
 * the last payment error.
 */
final class UpdateCommand extends IntentCommand {
    private final UpdateParams p;
    private @Nullable Currency newCurrency;

    UpdateCommand(EngineParts parts, PaymentIntentId id, UpdateParams params, Call call) {
        super(parts, id, call);
        this.p = params;
    }

    @Override
    public void validate() {
        newCurrency = RequestValidator.validateUpdate(p);
    }

    @Override
    @Nullable Decline apply(Work work) {
        parts.customers().requireForIntent(call.account, p.customer());
        IntentDraft d = work.draft;
        PaymentIntent before = d.snapshot();
        if (p.touchesPaymentFields()) {
            if (!parts.transitions().allows(d.status, Trigger.UPDATE_PAYMENT)) {
                throw Errors.fieldNotUpdatable(UpdateFields.firstPaymentField(p), before);
            }
        } else if (d.status == PaymentIntentStatus.CANCELED) {
            String field = UpdateFields.firstDetailFieldBeyondCanceled(p);
            if (field != null) {
                throw Errors.fieldNotUpdatable(field, before);
            }
        }
        if (p.recorded() != null && (d.status == PaymentIntentStatus.CANCELED
                || d.status == PaymentIntentStatus.SUCCEEDED)) {
            // fees and transfers are settled once the money moved (Stripe refuses them after a capture)
            throw Errors.fieldNotUpdatable(RecordedFieldsMerge.firstField(p.recorded()), before);
        }
        // metadata, merged, then checked: the limits apply to the result
        Map<String, String> metadata = p.clearMetadata() ? new LinkedHashMap<>() : new LinkedHashMap<>(d.metadata);
        p.metadata().forEach((k, v) -> {
            if (v.isEmpty()) {
                metadata.remove(k);
            } else {
                metadata.put(k, v);
            }
        });
        RequestValidator.metadataCount(metadata);
        Currency currency = newCurrency != null ? newCurrency : d.currency;
        long amount = p.amount() != null ? p.amount() : d.amount;
        if (p.amount() != null || p.currency() != null) {
            RequestValidator.amount(amount, currency, "amount");
        }
        List<String> types = p.paymentMethodTypes() != null ? p.paymentMethodTypes() : d.paymentMethodTypes;
        PaymentMethodDetails newPm = null;
        boolean detach = "".equals(p.paymentMethod());
        if ((p.paymentMethod() != null && !detach) || p.paymentMethodData() != null) {
            newPm = parts.paymentMethods().resolve(p.paymentMethod(), p.paymentMethodData());
            PaymentMethods.requireCompatible(Objects.requireNonNull(newPm), types, before);
            String named = p.customer();
            CustomerId customer = named == null ? d.customer : named.isEmpty() ? null : CustomerId.of(named);
            parts.savedMethods().requireUsable(call, newPm.id(), customer, before);
        } else if (p.paymentMethodTypes() != null && d.paymentMethod != null && !detach) {
            PaymentMethods.requireCompatible(parts.paymentMethods().details(d.paymentMethod), types, before);
        }
        boolean paymentChanged = newPm != null || detach || amount != d.amount || !currency.equals(d.currency);

        Outcome outcome;
        if (!p.touchesPaymentFields()) {
            outcome = Outcome.KEPT;
        } else if (detach) {
            outcome = Outcome.DETACHED;
        } else if (newPm != null || (d.status == PaymentIntentStatus.REQUIRES_ACTION && paymentChanged)) {
            // a new payment method, or a changed amount under a pending challenge, needs a new
            // confirmation: the challenge is dropped
            outcome = Outcome.ATTACHED;
        } else {
            outcome = Outcome.KEPT;
        }
        Trigger trigger = p.touchesPaymentFields() ? Trigger.UPDATE_PAYMENT : Trigger.UPDATE_DETAILS;
        PaymentMethodDetails attached = newPm;
        List<LineItem> newLineItems = LineItems.from(p.lineItems(), parts.engine().ids);
        parts.transitions().fire(work, trigger, outcome, work.now, x -> {
            x.metadata = Map.copyOf(metadata);
            x.amount = amount;
            x.currency = currency;
            x.paymentMethodTypes = types;
            if (attached != null) {
                x.paymentMethod = attached.id();
            } else if (detach) {
                x.paymentMethod = null;
            }
            if (paymentChanged) {
                x.authenticated = false;
            }
            if (x.status != PaymentIntentStatus.REQUIRES_ACTION) {
                x.nextAction = null;
            }
            setDetails(x);
            if (p.lineItems() != null) {
                x.lineItems = newLineItems;
            }
            // any successful update clears the last payment error
            x.lastPaymentError = null;
        });
        return null;
    }

    private void setDetails(IntentDraft x) {
        if (p.customer() != null) {
            x.customer = p.customer().isEmpty() ? null : CustomerId.of(p.customer());
        }
        if (p.description() != null) {
            x.description = Strings.emptyToNull(p.description());
        }
        if (p.cardOptions() != null) {
            x.cardOptions = p.cardOptions();
        }
        if (p.captureMethod() != null) {
            x.captureMethod = p.captureMethod();
        }
        if (p.receiptEmail() != null) {
            x.receiptEmail = Strings.emptyToNull(p.receiptEmail());
        }
        if (p.setupFutureUsage() != null) {
            x.setupFutureUsage = p.setupFutureUsage();
        } else if (p.clearSetupFutureUsage()) {
            x.setupFutureUsage = null;
        }
        if (p.statementDescriptor() != null) {
            x.statementDescriptor = Strings.emptyToNull(p.statementDescriptor());
        }
        if (p.statementDescriptorSuffix() != null) {
            x.statementDescriptorSuffix = Strings.emptyToNull(p.statementDescriptorSuffix());
        }
        if (p.shipping() != null) {
            x.shipping = p.shipping();
        } else if (p.clearShipping()) {
            x.shipping = null;
        }
        if (p.recorded() != null) {
            x.recorded = RecordedFieldsMerge.merge(x.recorded, p.recorded());
        }
    }
}
