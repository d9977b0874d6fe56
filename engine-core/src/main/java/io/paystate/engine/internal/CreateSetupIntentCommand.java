package io.paystate.engine.internal;

import io.paystate.engine.SetupIntentCreateParams;
import io.paystate.model.CustomerId;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentEventType;
import io.paystate.model.SetupIntentId;
import io.paystate.model.SetupIntentStatus;
import io.paystate.model.ThreeDSecureRequest;
import io.paystate.spi.IdKind;
import io.paystate.spi.PaymentMethodDetails;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Creates a SetupIntent ({@code setup_intent.created}), in {@code requires_confirmation} when it has
 * a payment method, and runs its first setup attempt with {@code confirm=true}, all in one commit.
 */
final class CreateSetupIntentCommand implements Command<SetupIntent> {
    private final EngineParts parts;
    private final SetupIntentCreateParams p;
    private final Call call;

    CreateSetupIntentCommand(EngineParts parts, SetupIntentCreateParams params, Call call) {
        this.parts = parts;
        this.p = params;
        this.call = call;
    }

    @Override
    public void validate() {
        SetupIntentValidator.create(p);
    }

    @Override
    public SetupIntent run() {
        SetupIntents intents = parts.setupIntents();
        EngineContext engine = parts.engine();
        CustomerId customer = SetupIntentValidator.liveCustomer(parts.customers(), call.account, p.customer());
        List<String> types = p.paymentMethodTypes() != null ? p.paymentMethodTypes()
                : SetupIntentValidator.DEFAULT_TYPES;
        PaymentMethodDetails pm = new SetupMethods(parts, call).resolve(p.paymentMethod(), p.paymentMethodData(),
                customer, types);
        SetupIntentId id = SetupIntentId.of(engine.ids.next(IdKind.SETUP_INTENT));
        String secret = id.value() + "_secret_" + engine.ids.next(IdKind.CLIENT_SECRET);
        Instant now = engine.now();
        SetupIntent si = new SetupIntent(id, secret,
                pm == null ? SetupIntentStatus.REQUIRES_PAYMENT_METHOD : SetupIntentStatus.REQUIRES_CONFIRMATION, now,
                customer, pm == null ? null : pm.id(),
                p.usage() != null ? p.usage() : SetupFutureUsage.OFF_SESSION, types, Strings.emptyToNull(p.description()),
                CustomerValidator.withoutEmptyValues(p.metadata()), null, null, null, null,
                p.requestThreeDSecure() != null ? p.requestThreeDSecure() : ThreeDSecureRequest.AUTOMATIC);
        SetupDraft d = new SetupDraft(call.account, si, null);
        intents.emit(d, SetupIntentEventType.SETUP_INTENT_CREATED, now);
        SetupIntents.SetupFailure failure = null;
        if (p.confirm()) {
            failure = intents.attempts().run(d, SetupTrigger.CONFIRM, Objects.requireNonNull(pm), false,
                    p.returnUrl(), new SetupAttempts.Memo());
        }
        return intents.insert(d, failure, call);
    }
}
