package io.paystate.testkit.jqwik;

import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.testkit.TestEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The model state a random lifecycle runs against: a test engine, the intents created so far, and
 * the host's own objects under test ({@link #attach attachments}, e.g. an order service wired to
 * the engine's events). A host sets it up in the supplier given to
 * {@link LifecycleModel#chains(java.util.function.Supplier, java.util.List)}, reaches its objects
 * from its own actions and invariants with {@link #attachment(Class)}, and checks its invariants
 * with {@code chain.withInvariant(...)}.
 *
 * <p>Not thread-safe: one chain, one thread, as jqwik runs it.
 */
public final class LifecycleState {
    private final TestEngine testEngine;
    private final List<PaymentIntentId> intents = new ArrayList<>();
    private final Map<Class<?>, Object> attachments = new HashMap<>();

    /**
     * Creates the state over a test engine.
     *
     * @param testEngine the test engine
     */
    public LifecycleState(TestEngine testEngine) {
        this.testEngine = Objects.requireNonNull(testEngine, "testEngine");
    }

    /**
     * Returns a state over a fresh test engine ({@link TestEngine#create()}).
     *
     * @return a state over a fresh test engine ({@link TestEngine#create()})
     */
    public static LifecycleState fresh() {
        return new LifecycleState(TestEngine.create());
    }

    /**
     * Returns the engine, clock and sink.
     *
     * @return the engine, clock and sink
     */
    public TestEngine testEngine() {
        return testEngine;
    }

    /**
     * Returns the ids of the intents created so far, oldest first.
     *
     * @return the ids of the intents created so far, oldest first
     */
    public List<PaymentIntentId> intents() {
        return List.copyOf(intents);
    }

    /**
     * Returns the current state of every intent, oldest first, as of the engine clock.
     *
     * @return the current state of every intent, oldest first, as of the engine clock
     */
    public List<PaymentIntent> currentIntents() {
        return intents.stream().map(id -> testEngine.engine().retrieve(id)).toList();
    }

    /**
     * Records an intent created outside the built-in actions (by a host action), so that later
     * actions and the invariants cover it. Adding a known id again does nothing.
     *
     * @param id the intent's id
     */
    public void add(PaymentIntentId id) {
        Objects.requireNonNull(id, "id");
        if (!intents.contains(id)) {
            intents.add(id);
        }
    }

    /**
     * Attaches a host object under its class, replacing any earlier one of that class.
     *
     * @param <T> the type of the response body
     * @param type the type
     * @param value the attach
     * @return this state
     */
    public <T> LifecycleState attach(Class<T> type, T value) {
        attachments.put(Objects.requireNonNull(type, "type"), type.cast(Objects.requireNonNull(value, "value")));
        return this;
    }

    /**
     * Returns the host object attached under {@code type}.
     *
     * @param <T> the type of the response body
     * @param type the type
     * @return the host object attached under {@code type}.  @throws IllegalStateException if none is attached
     * @throws IllegalStateException if none is attached
     */
    public <T> T attachment(Class<T> type) {
        Object value = attachments.get(type);
        if (value == null) {
            throw new IllegalStateException("nothing attached as " + type.getName());
        }
        return type.cast(value);
    }

    @Override
    public String toString() {
        return "LifecycleState[" + intents.size() + " intents, clock " + testEngine.clock().instant() + "]";
    }
}
