package io.paystate.bench;

import io.paystate.engine.CancelParams;
import io.paystate.engine.CaptureParams;
import io.paystate.engine.ConfirmParams;
import io.paystate.engine.CreateParams;
import io.paystate.engine.PaymentEngine;
import io.paystate.model.CaptureMethod;
import io.paystate.model.PaymentIntent;
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
 * Operations through the whole engine (in-memory store, no-op sink), with squirrel running the
 * transitions ({@code runner=squirrel}) and with the baseline table lookup ({@code runner=table}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LifecycleBenchmark {
    private static final CreateParams MANUAL_CONFIRM = CreateParams.builder(2000, "usd").paymentMethod("pm_card_visa")
            .captureMethod(CaptureMethod.MANUAL).confirm(true).build();
    private static final CreateParams AUTOMATIC_CONFIRM =
            CreateParams.builder(2000, "usd").paymentMethod("pm_card_visa").confirm(true).build();
    private static final CreateParams WITH_METHOD = CreateParams.builder(2000, "usd").paymentMethod("pm_card_visa")
            .captureMethod(CaptureMethod.MANUAL).build();
    private static final CreateParams PLAIN = CreateParams.builder(2000, "usd").build();

    @Param({"squirrel", "table"})
    public String runner;

    private PaymentEngine engine;

    // a fresh engine per iteration: the in-memory store keeps every intent, and a store that grows
    // through a whole trial would measure the garbage collector more than the engine
    @Setup(Level.Iteration)
    public void setUp() {
        engine = Engines.create(runner, InstantSource.fixed(Instant.ofEpochSecond(1_767_225_600L)));
        existing = engine.create(PLAIN).id();
    }

    private io.paystate.model.PaymentIntentId existing;

    /** A full manual card lifecycle: create, confirm (hold), capture. */
    @Benchmark
    public PaymentIntent fullLifecycle() {
        return fullLifecycle(engine);
    }

    /** A full manual card lifecycle on a new intent of the engine's: create, confirm (hold), capture. */
    static PaymentIntent fullLifecycle(PaymentEngine engine) {
        PaymentIntent created = engine.create(WITH_METHOD);
        engine.confirm(created.id(), ConfirmParams.none());
        return engine.capture(created.id(), CaptureParams.full());
    }

    /** create alone. */
    @Benchmark
    public PaymentIntent create() {
        return engine.create(PLAIN);
    }

    /** create with confirm=true and automatic capture: one request, one transition. */
    @Benchmark
    public PaymentIntent createAndConfirm() {
        return engine.create(AUTOMATIC_CONFIRM);
    }

    /** create-and-confirm a hold, then capture it. */
    @Benchmark
    public PaymentIntent holdThenCapture() {
        return engine.capture(engine.create(MANUAL_CONFIRM).id(), CaptureParams.full());
    }

    /** create-and-confirm a hold, then cancel it. */
    @Benchmark
    public PaymentIntent holdThenCancel() {
        return engine.cancel(engine.create(MANUAL_CONFIRM).id(), CancelParams.none());
    }

    /** retrieve of an existing intent. */
    @Benchmark
    public PaymentIntent retrieve() {
        return engine.retrieve(existing);
    }
}
