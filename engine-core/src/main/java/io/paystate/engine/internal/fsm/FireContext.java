package io.paystate.engine.internal.fsm;

import io.paystate.engine.internal.Outcome;
import java.util.EnumMap;
import java.util.Map;

/**
 * The context of one fire: the outcome decided before firing. Squirrel embeds the context's
 * {@code toString} in exception messages, so it must never hold intent data or secrets. Immutable,
 * so one instance per outcome serves every fire ({@link #of}).
 */
public final class FireContext {
    private static final Map<Outcome, FireContext> BY_OUTCOME = byOutcome();

    private final Outcome outcome;

    /** Creates the context of a fire with this outcome. */
    public FireContext(Outcome outcome) {
        this.outcome = outcome;
    }

    /** Returns the shared context of a fire with this outcome. */
    public static FireContext of(Outcome outcome) {
        FireContext shared = BY_OUTCOME.get(outcome);
        return shared != null ? shared : new FireContext(outcome);
    }

    private static Map<Outcome, FireContext> byOutcome() {
        Map<Outcome, FireContext> all = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            all.put(o, new FireContext(o));
        }
        return all;
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
