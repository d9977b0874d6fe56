package io.paystate.engine.internal;

import io.paystate.model.SetupIntentStatus;

/** The SetupIntent's state machine declined a trigger: translated by the engine into a wrong-state error. */
public final class SetupTransitionRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final SetupIntentStatus from;
    private final SetupTrigger trigger;

    /** Creates the exception for a trigger declined in a status. */
    public SetupTransitionRejectedException(SetupIntentStatus from, SetupTrigger trigger) {
        super(trigger + " declined in " + from.wireName(), null, false, false);
        this.from = from;
        this.trigger = trigger;
    }

    /** Returns the status in which the trigger was declined. */
    public SetupIntentStatus from() {
        return from;
    }

    /** Returns the declined trigger. */
    public SetupTrigger trigger() {
        return trigger;
    }
}
