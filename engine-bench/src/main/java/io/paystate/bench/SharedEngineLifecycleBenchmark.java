package io.paystate.bench;

import io.paystate.engine.PaymentEngine;
import io.paystate.model.PaymentIntent;
import io.paystate.spi.IdGenerator;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full card lifecycles on ONE engine shared by every benchmark thread, each thread on intents of its
 * own (it creates them): what {@code -t 2} against {@code -t 1} says about scaling across cores, the
 * engine's shared parts (store, id generator, squirrel's builder and components) included.
 * {@code fullLifecycleOwnEngine} is the ceiling in the same run: each thread on an engine of its own,
 * built the same way, so that nothing but the JVM and the machine is shared.
 *
 * <p>The heap is sized so that no collection runs inside an iteration: each iteration's store keeps
 * every intent it was given, and with two threads an iteration's allocation (about 2 GB) outgrew a
 * 4 GB heap's young generation, whose collection then copied every stored intent: the collector's
 * time, not the engine's, and only at two threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-Xmn6g", "-XX:+UseParallelGC"})
// the engine takes about 10 s of compilation to settle (3 iterations left it climbing by a third)
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 5, time = 1)
public class SharedEngineLifecycleBenchmark {
    @Param({"squirrel", "table"})
    public String runner;

    /** The engine's id generator: the default ({@code random}, as hosts run) or {@code seeded}, synchronized. */
    @Param({"random"})
    public String ids;

    private PaymentEngine engine;

    // a fresh engine per iteration, for the reason LifecycleBenchmark gives
    @Setup(Level.Iteration)
    public void setUp() {
        engine = newEngine();
    }

    PaymentEngine newEngine() {
        return Engines.create(runner, InstantSource.fixed(Instant.ofEpochSecond(1_767_225_600L)),
                ids.equals("seeded") ? IdGenerator.seeded(1) : IdGenerator.random());
    }

    /** An engine of the thread's own, made as the shared one is, fresh each iteration. */
    @State(Scope.Thread)
    public static class OwnEngine {
        PaymentEngine engine;

        @Setup(Level.Iteration)
        public void setUp(SharedEngineLifecycleBenchmark config) {
            engine = config.newEngine();
        }
    }

    /** A full manual card lifecycle on an intent of this thread's own: create, confirm (hold), capture. */
    @Benchmark
    public PaymentIntent fullLifecycle() {
        return LifecycleBenchmark.fullLifecycle(engine);
    }

    /** The same lifecycle on the thread's own engine: the ceiling the shared engine is measured against. */
    @Benchmark
    public PaymentIntent fullLifecycleOwnEngine(OwnEngine own) {
        return LifecycleBenchmark.fullLifecycle(own.engine);
    }
}
