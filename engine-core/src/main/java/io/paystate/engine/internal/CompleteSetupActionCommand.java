package io.paystate.engine.internal;

import io.paystate.engine.ActionOutcome;
import io.paystate.engine.ErrorDetails;
import io.paystate.engine.PaymentEngineException;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.LastSetupError;
import io.paystate.model.NextAction;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentId;
import io.paystate.spi.PaymentMethodDetails;
import java.util.Objects;

/**
 * Applies the customer's answer to a SetupIntent's 3-D Secure challenge, as {@code completeAction}
 * does for PaymentIntents: success continues the setup (the processor's post-authentication
 * decision); failure returns to {@code requires_payment_method} with
 * {@code setup_intent_authentication_failure}. The customer acted, not the API caller: the outcome
 * shows on the SetupIntent, never as an error of this request.
 */
final class CompleteSetupActionCommand implements Command<SetupIntent> {
    private final EngineParts parts;
    private final SetupIntentId id;
    private final ActionOutcome outcome;
    private final Call call;
    private final SetupAttempts.Memo memo = new SetupAttempts.Memo();

    CompleteSetupActionCommand(EngineParts parts, SetupIntentId id, ActionOutcome outcome, Call call) {
        this.parts = parts;
        this.id = id;
        this.outcome = outcome;
        this.call = call;
    }

    @Override
    public SetupIntent run() {
        SetupIntents intents = parts.setupIntents();
        return intents.change(call.account, id, call, d -> {
            intents.requireAllowed(d, SetupTrigger.COMPLETE_ACTION);
            if (!(d.nextAction instanceof NextAction.RedirectToUrl || d.nextAction instanceof NextAction.UseStripeSdk)) {
                throw PaymentEngineException.of(new ErrorDetails(400, ErrorType.INVALID_REQUEST_ERROR,
                        ErrorCode.SETUP_INTENT_UNEXPECTED_STATE, "The next action of this SetupIntent is not a 3-D "
                                + "Secure challenge; it cannot be completed this way.", null, null, null, null, null,
                        false, d.snapshot()));
            }
            PaymentMethodDetails pm = intents.attempts().details(Objects.requireNonNull(d.paymentMethod));
            if (outcome == ActionOutcome.FAILURE) {
                intents.fire(d, SetupTrigger.COMPLETE_ACTION, Outcome.AUTHENTICATION_FAILED, x -> {
                    x.nextAction = null;
                    x.lastSetupError = new LastSetupError(ErrorType.INVALID_REQUEST_ERROR,
                            ErrorCode.SETUP_INTENT_AUTHENTICATION_FAILURE, null, "The provided PaymentMethod has "
                                    + "failed authentication. Provide a new payment method to attempt to fulfill this "
                                    + "SetupIntent again.", pm.id(), pm.type(), null);
                    x.paymentMethod = null;
                });
                return null;
            }
            // a decline after a passed challenge shows on the SetupIntent only: the customer acted
            intents.attempts().run(d, SetupTrigger.COMPLETE_ACTION, pm, true, null, memo);
            return null;
        });
    }
}
