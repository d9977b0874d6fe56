package io.paystate.testkit;

import io.paystate.engine.AcquirerLog;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentEngineBuilder;
import io.paystate.engine.TestModeProcessor;
import io.paystate.spi.IdGenerator;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A test-mode engine wired to a {@link ManualClock} and a {@link RecordingEventSink}: moving the
 * clock applies everything that fell due, as Stripe's clock would.
 *
 * <pre>{@code
 * TestEngine t = TestEngine.create();
 * PaymentIntent pi = t.engine().create(...);
 * t.clock().advance(Duration.ofDays(7));   // the hold expires here
 * }</pre>
 *
 * @param engine the engine (test-mode processor, in-memory store)
 * @param clock the engine's clock
 * @param sink every event the engine emitted
 * @param acquirer every approval of the test-mode processor and every capture and release the engine
 *     asked it for
 */
public record TestEngine(PaymentEngine engine, ManualClock clock, RecordingEventSink sink, AcquirerLog acquirer) {
    /**
     * Throws {@link NullPointerException} if a component is null.
     *
     * @param engine the engine (test-mode processor, in-memory store)
     * @param clock the engine's clock
     * @param sink every event the engine emitted
     * @param acquirer every approval of the test-mode processor and every capture and release the engine asked it for
     */
    public TestEngine {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(acquirer, "acquirer");
    }

    /**
     * Returns a fresh test-mode engine with seed 0 for its ids.
     *
     * @return a fresh test-mode engine with seed 0 for its ids
     */
    public static TestEngine create() {
        return create(0L);
    }

    /**
     * Returns a fresh test-mode engine whose ids are drawn from {@code seed}.
     *
     * @param seed the seed of the generated ids
     * @return a fresh test-mode engine whose ids are drawn from {@code seed}
     */
    public static TestEngine create(long seed) {
        return create(seed, UnaryOperator.identity());
    }

    /**
     * Returns a fresh engine configured further by {@code customizer} (e.g. an authorization window);
     * the customizer must not set the clock, sink, processor or id generator.
     * @param seed the seed of the generated ids
     * @param customizer further configuration of the builder
     * @return a fresh engine configured further by {@code customizer} (e.g
     */
    public static TestEngine create(long seed, UnaryOperator<PaymentEngineBuilder> customizer) {
        ManualClock clock = new ManualClock();
        RecordingEventSink sink = new RecordingEventSink();
        AcquirerLog acquirer = new AcquirerLog();
        IdGenerator ids = IdGenerator.seeded(seed);
        PaymentEngine engine = customizer.apply(PaymentEngine.builder()).clock(clock).eventSink(sink)
                .processor(TestModeProcessor.recording(ids, TestModeProcessor.DEFAULT_SETTLEMENT_DELAY, acquirer))
                .idGenerator(ids).build();
        clock.onAdvance(now -> engine.processDue());
        return new TestEngine(engine, clock, sink, acquirer);
    }
}
