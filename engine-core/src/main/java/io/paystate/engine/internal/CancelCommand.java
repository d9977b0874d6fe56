package io.paystate.engine.internal;

import io.paystate.engine.CancelParams;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import org.jspecify.annotations.Nullable;

/** Cancels an intent; a held authorization is released. */
final class CancelCommand extends IntentCommand {
    private final CancelParams p;

    CancelCommand(EngineParts parts, PaymentIntentId id, CancelParams params, Call call) {
        super(parts, id, call);
        this.p = params;
    }

    @Override
    public void validate() {
        RequestValidator.validateCancel(p);
    }

    @Override
    @Nullable Decline apply(Work work) {
        parts.transitions().requireAllowed(work, Trigger.CANCEL);
        boolean held = work.draft.status == PaymentIntentStatus.REQUIRES_CAPTURE;
        parts.transitions().fire(work, Trigger.CANCEL, held ? Outcome.RELEASED : Outcome.DONE, work.now, x -> {
            if (held) {
                Charges.releaseHold(x, null);
            }
            x.nextAction = null;
            x.cancellationReason = p.cancellationReason();
            x.canceledAt = work.now;
        });
        return null;
    }
}
