package io.paystate.engine.internal;

import io.paystate.engine.CreateParams;
import io.paystate.model.CaptureMethod;
import io.paystate.model.CardOptions;
import io.paystate.model.ConfirmationMethod;
import io.paystate.model.Currency;
import io.paystate.model.CustomerId;
import io.paystate.model.ErrorCode;
import io.paystate.model.EventType;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.spi.IdKind;
import io.paystate.spi.PaymentMethodDetails;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Creates an intent, and runs its first payment attempt with {@code confirm=true}. */
final class CreateCommand implements Command<PaymentIntent> {
    // without explicit types, the account's: card in test mode (also with automatic payment methods)
    private static final List<String> CARD_ONLY = List.of("card");

    private final EngineParts parts;
    private final CreateParams p;
    private final Call call;
    private @Nullable Currency currency;

    CreateCommand(EngineParts parts, CreateParams params, Call call) {
        this.parts = parts;
        this.p = params;
        this.call = call;
    }

    @Override
    public void validate() {
        currency = RequestValidator.validateCreate(p);
    }

    @Override
    public PaymentIntent run() {
        EngineContext engine = parts.engine();
        Instant now = engine.now();
        parts.customers().requireForIntent(call.account, p.customer());
        List<String> types = p.paymentMethodTypes() != null ? p.paymentMethodTypes() : CARD_ONLY;
        PaymentMethodDetails pm = parts.paymentMethods().resolve(p.paymentMethod(), p.paymentMethodData());
        if (pm != null) {
            PaymentMethods.requireCompatible(pm, types, null);
            String named = Strings.emptyToNull(p.customer());
            parts.savedMethods().requireUsable(call, pm.id(), named == null ? null : CustomerId.of(named), null);
        }
        if (p.confirm() && pm == null) {
            throw Errors.invalid(ErrorCode.PARAMETER_MISSING, "payment_method", PaymentMethods.MISSING_PAYMENT_METHOD);
        }
        PaymentIntentId id = new PaymentIntentId(engine.ids.next(IdKind.PAYMENT_INTENT));
        String secret = id.value() + "_secret_" + engine.ids.next(IdKind.CLIENT_SECRET);
        IntentDraft d = new IntentDraft(call.account, id, secret, Objects.requireNonNull(p.amount()),
                Objects.requireNonNull(currency, "validated"),
                pm == null ? PaymentIntentStatus.REQUIRES_PAYMENT_METHOD : PaymentIntentStatus.REQUIRES_CONFIRMATION,
                p.captureMethod() != null ? p.captureMethod() : CaptureMethod.AUTOMATIC_ASYNC,
                p.confirmationMethod() != null ? p.confirmationMethod() : ConfirmationMethod.AUTOMATIC,
                now, types, p.cardOptions() != null ? p.cardOptions() : CardOptions.NONE);
        String customer = Strings.emptyToNull(p.customer());
        d.customer = customer == null ? null : CustomerId.of(customer);
        d.description = Strings.emptyToNull(p.description());
        Map<String, String> metadata = CustomerValidator.withoutEmptyValues(p.metadata());
        // an empty map is not copied: Map.copyOf would still make an iterator and an array for it
        d.metadata = metadata.isEmpty() ? Map.of() : Map.copyOf(metadata);
        d.paymentMethod = pm == null ? null : pm.id();
        d.receiptEmail = Strings.emptyToNull(p.receiptEmail());
        d.setupFutureUsage = p.setupFutureUsage();
        d.statementDescriptor = Strings.emptyToNull(p.statementDescriptor());
        d.statementDescriptorSuffix = Strings.emptyToNull(p.statementDescriptorSuffix());
        d.shipping = p.shipping();
        d.lineItems = LineItems.from(p.lineItems(), engine.ids);
        d.automaticPaymentMethods = p.automaticPaymentMethods();
        d.recorded = p.recorded();

        Work work = engine.work(d, now, call);
        work.changed = true;
        work.emit(EventType.PAYMENT_INTENT_CREATED, d.snapshot(), null, now);
        Decline decline = null;
        if (p.confirm()) {
            decline = parts.attempt().run(work, Trigger.CONFIRM, Objects.requireNonNull(pm),
                    Boolean.TRUE.equals(p.offSession()), p.returnUrl(), Boolean.TRUE.equals(p.errorOnRequiresAction()));
        }
        if (!p.confirm()) {
            return parts.unitOfWork().insert(work, decline);
        }
        io.paystate.model.PaymentMethodId usedId = pm == null ? null : pm.id();
        try {
            PaymentIntent created = parts.unitOfWork().insert(work, decline);
            parts.savedMethods().afterUse(call.account, usedId, created, call);
            return created;
        } catch (io.paystate.engine.CardException e) {
            e.paymentIntent().ifPresent(pi -> parts.savedMethods().afterUse(call.account, usedId, pi, call));
            throw e;
        }
    }
}
