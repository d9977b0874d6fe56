package io.paystate.engine.internal;

import io.paystate.engine.ActionOutcome;
import io.paystate.model.ConfirmationMethod;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.LastPaymentError;
import io.paystate.model.NextAction;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.PaymentMethodDetails;
import org.jspecify.annotations.Nullable;

/**
 * Applies the customer's answer to a 3-D Secure challenge. The customer acted, not the API caller:
 * a failed challenge or a decline after a passed one shows on the intent only, never as an error.
 */
final class CompleteActionCommand extends IntentCommand {
    private final ActionOutcome outcome;
    /** The method the challenge was for, once {@link #apply} read it. */
    private io.paystate.model.@Nullable PaymentMethodId used;

    CompleteActionCommand(EngineParts parts, PaymentIntentId id, ActionOutcome outcome, Call call) {
        super(parts, id, call);
        this.outcome = outcome;
    }

    /** A stored method attached for future use is set up once the authenticated payment went through. */
    @Override
    void afterCommit(io.paystate.model.PaymentIntent committed) {
        parts.savedMethods().afterUse(call.account, used, committed, call);
    }

    @Override
    @Nullable Decline apply(Work work) {
        parts.transitions().requireAllowed(work, Trigger.COMPLETE_ACTION);
        IntentDraft d = work.draft;
        if (!(d.nextAction instanceof NextAction.RedirectToUrl || d.nextAction instanceof NextAction.UseStripeSdk)) {
            throw Errors.invalid(ErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE, null, "The next action of this "
                    + "PaymentIntent is not a 3-D Secure challenge; it cannot be completed this way.", d.snapshot());
        }
        PaymentMethodDetails pm = parts.paymentMethods().details(d.paymentMethod);
        used = pm.id();
        if (outcome == ActionOutcome.FAILURE) {
            parts.transitions().fire(work, Trigger.COMPLETE_ACTION, Outcome.AUTHENTICATION_FAILED, work.now, x -> {
                x.nextAction = null;
                x.lastPaymentError = new LastPaymentError(ErrorType.INVALID_REQUEST_ERROR,
                        ErrorCode.PAYMENT_INTENT_AUTHENTICATION_FAILURE, null, "The provided PaymentMethod has failed "
                                + "authentication. You can provide payment_method_data or a new PaymentMethod to "
                                + "attempt to fulfill this PaymentIntent again.", null, pm.id(), pm.type(), null);
                x.paymentMethod = null;
            });
            return null;
        }
        // a stored method detached while the customer was in the challenge is never charged: the answer
        // is refused as a confirmation with it would be, and the intent waits as it was. (Consumed is
        // expected here: this intent's own confirmation used up an unattached method.)
        parts.savedMethods().requireNotDetached(call, pm.id(), d.snapshot());
        if (d.confirmationMethod == ConfirmationMethod.MANUAL) {
            parts.transitions().fire(work, Trigger.COMPLETE_ACTION, Outcome.CONFIRMATION_REQUIRED, work.now, x -> {
                x.nextAction = null;
                x.authenticated = true;
            });
            return null;
        }
        d.authenticated = true;
        parts.attempt().run(work, Trigger.COMPLETE_ACTION, pm, false, null, false);
        return null;
    }
}
