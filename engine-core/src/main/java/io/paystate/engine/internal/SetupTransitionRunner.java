package io.paystate.engine.internal;

import io.paystate.model.SetupIntentStatus;

/**
 * Runs one decided SetupIntent transition and returns the status it reached. The production runner
 * is squirrel (internal.fsm); a plain table lookup is the baseline, as for {@link TransitionRunner}.
 *
 * <p>Thread safety: implementations are safe for concurrent use.
 */
public interface SetupTransitionRunner {

    /**
     * Fires the transition's trigger with its outcome from its source status.
     *
     * @return the status reached
     * @throws SetupTransitionRejectedException if the state machine declines the trigger in that status
     */
    SetupIntentStatus fire(SetupTransition transition);

    /** Returns a runner that only looks the target up in the table. */
    static SetupTransitionRunner tableLookup() {
        return SetupTransition::to;
    }
}
