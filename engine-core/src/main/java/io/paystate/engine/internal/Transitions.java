package io.paystate.engine.internal;

import io.paystate.model.EventType;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import java.time.Instant;

/**
 * Fires transitions of the table on a draft: the state machine decides the target, the effects set
 * the fields that go with it, and the transition's events are recorded with the resulting snapshot.
 */
final class Transitions {
    private final TransitionTable table;
    private final TransitionRunner runner;

    Transitions(TransitionTable table, TransitionRunner runner) {
        this.table = table;
        this.runner = runner;
    }

    /** The fields a transition sets on the draft, besides its status. */
    @FunctionalInterface
    interface Effects {
        void apply(IntentDraft d);
    }

    void fire(Work work, Trigger trigger, Outcome outcome, Instant at, Effects effects) {
        IntentDraft d = work.draft;
        Transition t = table.find(d.status, trigger, outcome).orElseThrow(() -> new IllegalStateException(
                "no transition " + trigger + "/" + outcome + " from " + d.status.wireName()));
        PaymentIntentStatus reached;
        try {
            reached = runner.fire(t);
        } catch (TransitionRejectedException e) {
            throw Errors.unexpectedState(trigger, d.snapshot());
        }
        if (reached != t.to()) {
            throw new IllegalStateException("state machine reached " + reached + " for " + t);
        }
        d.status = reached;
        effects.apply(d);
        work.changed = true;
        PaymentIntent snapshot = d.snapshot();
        for (EventType type : t.events()) {
            work.emit(type, snapshot, d.latestCharge(), at);
        }
    }

    /** Answers Stripe's wrong-state error from the table, before anything is decided. */
    void requireAllowed(Work work, Trigger trigger) {
        if (!table.allows(work.draft.status, trigger)) {
            throw Errors.unexpectedState(trigger, work.draft.snapshot());
        }
    }

    boolean allows(PaymentIntentStatus status, Trigger trigger) {
        return table.allows(status, trigger);
    }
}
