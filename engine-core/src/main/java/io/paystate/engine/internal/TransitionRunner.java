package io.paystate.engine.internal;

import io.paystate.model.PaymentIntentStatus;

/**
 * Runs one decided transition and returns the status it reached. The production runner is squirrel
 * (internal.fsm); a plain table lookup serves as the baseline in benchmarks.
 *
 * <p>Thread safety: implementations are safe for concurrent use.
 */
public interface TransitionRunner {

    /**
     * Fires the transition's trigger with its outcome from its source status.
     *
     * @return the status reached
     * @throws TransitionRejectedException if the state machine declines the trigger in that status
     */
    PaymentIntentStatus fire(Transition transition);

    /** Returns a runner that only looks the target up in the table. */
    static TransitionRunner tableLookup() {
        return Transition::to;
    }
}
