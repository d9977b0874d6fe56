package io.paystate.engine.internal;

import io.paystate.model.PaymentIntentStatus;

/** The state machine declined a trigger: translated by the engine into a wrong-state error. */
public final class TransitionRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final PaymentIntentStatus from;
    private final Trigger trigger;

    /** Creates the exception for a trigger declined in a status. */
    public TransitionRejectedException(PaymentIntentStatus from, Trigger trigger) {
        super(trigger + " declined in " + from.wireName(), null, false, false);
        this.from = from;
        this.trigger = trigger;
    }

    /** Returns the status in which the trigger was declined. */
    public PaymentIntentStatus from() {
        return from;
    }

    /** Returns the declined trigger. */
    public Trigger trigger() {
        return trigger;
    }
}
