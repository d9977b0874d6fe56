package io.paystate.engine.internal;

import io.paystate.model.CaptureMethod;
import io.paystate.model.Charge;
import io.paystate.model.LastPaymentError;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.spi.AuthorizationAttempt;
import io.paystate.spi.PaymentMethodDetails;
import io.paystate.spi.SettlementOutcome;
import io.paystate.spi.StoredIntent;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The clock-driven steps of an intent: the end of an authorization window, and the settlement of an
 * asynchronous payment. Each step is stamped at its deadline, not at the time it is applied.
 */
final class DueSteps {
    private final EngineContext engine;
    private final Transitions transitions;
    private final Holds holds;
    private final PaymentMethods paymentMethods;

    DueSteps(EngineContext engine, Transitions transitions, Holds holds, PaymentMethods paymentMethods) {
        this.engine = engine;
        this.transitions = transitions;
        this.holds = holds;
        this.paymentMethods = paymentMethods;
    }

    /** Returns the work of the intent's next step if it is due at {@code now}, or null. */
    @Nullable Work next(StoredIntent current, Instant now) {
        Instant deadline = current.deadline();
        if (deadline == null || now.isBefore(deadline)) {
            return null;
        }
        Work work = engine.work(new IntentDraft(current), now, Call.clockDriven(current.account()));
        if (current.intent().status() == PaymentIntentStatus.REQUIRES_CAPTURE) {
            holds.expire(work, deadline);
        } else {
            settle(work, deadline);
        }
        return work;
    }

    private void settle(Work work, Instant deadline) {
        IntentDraft d = work.draft;
        Charge pending = Objects.requireNonNull(d.latestCharge(), "processing without a charge");
        PaymentMethodDetails pm = paymentMethods.details(pending.paymentMethod());
        // the settlement belongs to the attempt that started it: its id is the pending charge's
        AuthorizationAttempt attempt =
                new AuthorizationAttempt(pending.id().value(), d.account, d.snapshot(), pm, false, deadline);
        SettlementOutcome outcome = engine.gateway.call(() -> engine.processor.settle(attempt));
        d.settlesAt = null;
        if (outcome instanceof SettlementOutcome.Failed failed) {
            transitions.fire(work, Trigger.SETTLE, Outcome.DECLINED, deadline, x -> {
                x.replaceLatestCharge(Charges.settledFailed(pending, failed.code(), failed.message()));
                x.lastPaymentError = new LastPaymentError(failed.type(), failed.code(), null, failed.message(),
                        pending.id(), pm.id(), pm.type(), null);
                x.paymentMethod = null;
            });
        } else if (PaymentAttempt.captureMethod(d) == CaptureMethod.MANUAL) {
            Instant expiresAt = holds.deadline(d, pm, false);
            transitions.fire(work, Trigger.SETTLE, Outcome.HELD, deadline, x -> {
                x.replaceLatestCharge(Charges.settledHeld(pending, expiresAt));
                x.amountCapturable = x.amount;
                x.expiresAt = expiresAt;
            });
        } else {
            transitions.fire(work, Trigger.SETTLE, Outcome.SUCCEEDED, deadline, x -> {
                x.replaceLatestCharge(Charges.settledCaptured(pending, x.amount));
                x.amountReceived = x.amount;
            });
        }
    }
}
