package io.paystate.testkit.jqwik;

import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.testkit.TestEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The state a random lifecycle runs against: a test engine and the intents created so far. A host
 * wires its own code to {@code testEngine().sink().forwardTo(...)} before the chain runs, and checks
 * its invariants with {@code chain.withInvariant(...)}.
 *
 * <p>Not thread-safe: one chain, one thread.
 */
public final class LifecycleState {
    private final TestEngine testEngine;
    private final List<PaymentIntentId> intents = new ArrayList<>();

    /** Creates the state over a test engine. */
    public LifecycleState(TestEngine testEngine) {
        this.testEngine = Objects.requireNonNull(testEngine, "testEngine");
    }

    /** Returns a state over a fresh test engine. */
    public static LifecycleState fresh() {
        return new LifecycleState(TestEngine.create());
    }

    /** Returns the engine, clock and sink. */
    public TestEngine testEngine() {
        return testEngine;
    }

    /** Returns the intents created so far, oldest first. */
    public List<PaymentIntentId> intents() {
        return List.copyOf(intents);
    }

    /** Returns the current state of every intent. */
    public List<PaymentIntent> currentIntents() {
        return intents.stream().map(id -> testEngine.engine().retrieve(id)).toList();
    }

    void add(PaymentIntentId id) {
        intents.add(id);
    }

    @Override
    public String toString() {
        return "LifecycleState[" + intents.size() + " intents]";
    }
}
