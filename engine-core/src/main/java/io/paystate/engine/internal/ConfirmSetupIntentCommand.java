package io.paystate.engine.internal;

import io.paystate.engine.ErrorDetails;
import io.paystate.engine.PaymentEngineException;
import io.paystate.engine.SetupIntentConfirmParams;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentId;
import io.paystate.spi.PaymentMethodDetails;

/**
 * Confirms a SetupIntent: one setup attempt with the payment method given here or the SetupIntent's.
 * From {@code requires_action} it is a new attempt: the pending challenge is dropped.
 */
final class ConfirmSetupIntentCommand implements Command<SetupIntent> {
    static final String MISSING_PAYMENT_METHOD = "You cannot confirm this SetupIntent because it's missing a payment "
            + "method. You can either update the SetupIntent with a payment method and then confirm it again, or "
            + "confirm it again directly with a payment method.";

    private final EngineParts parts;
    private final SetupIntentId id;
    private final SetupIntentConfirmParams p;
    private final Call call;
    private final SetupAttempts.Memo memo = new SetupAttempts.Memo();

    ConfirmSetupIntentCommand(EngineParts parts, SetupIntentId id, SetupIntentConfirmParams params, Call call) {
        this.parts = parts;
        this.id = id;
        this.p = params;
        this.call = call;
    }

    @Override
    public void validate() {
        SetupIntentValidator.confirm(p);
    }

    @Override
    public SetupIntent run() {
        SetupIntents intents = parts.setupIntents();
        SetupMethods methods = new SetupMethods(parts, call);
        return intents.change(call.account, id, call, d -> {
            intents.requireAllowed(d, SetupTrigger.CONFIRM);
            PaymentMethodDetails pm = methods.resolve(p.paymentMethod(), p.paymentMethodData(), d.customer,
                    d.paymentMethodTypes);
            if (pm == null) {
                if (d.paymentMethod == null) {
                    throw PaymentEngineException.of(new ErrorDetails(400, ErrorType.INVALID_REQUEST_ERROR,
                            ErrorCode.SETUP_INTENT_UNEXPECTED_STATE, MISSING_PAYMENT_METHOD, null, null, null, null,
                            null, false, d.snapshot()));
                }
                pm = intents.attempts().details(d.paymentMethod);
                methods.check(pm, d.customer, d.paymentMethodTypes);
            }
            if (p.requestThreeDSecure() != null) {
                d.requestThreeDSecure = p.requestThreeDSecure();
            }
            return intents.attempts().run(d, SetupTrigger.CONFIRM, pm, false, p.returnUrl(), memo);
        });
    }
}
