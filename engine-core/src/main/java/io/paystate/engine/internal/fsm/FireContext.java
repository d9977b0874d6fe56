package io.paystate.engine.internal.fsm;

import io.paystate.engine.internal.Outcome;

/**
 * The context of one fire: the outcome decided before firing. Squirrel embeds the context's
 * {@code toString} in exception messages, so it must never hold intent data or secrets.
 */
public final class FireContext {
    private final Outcome outcome;

    /** Creates the context of a fire with this outcome. */
    public FireContext(Outcome outcome) {
        this.outcome = outcome;
    }

    /** Returns the decided outcome. */
    public Outcome outcome() {
        return outcome;
    }

    @Override
    public String toString() {
        return "FireContext[" + outcome + "]";
    }
}
