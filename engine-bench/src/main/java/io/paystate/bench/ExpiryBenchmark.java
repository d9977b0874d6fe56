package io.paystate.bench;

import io.paystate.engine.CreateParams;
import io.paystate.engine.PaymentEngine;
import io.paystate.model.CaptureMethod;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
 * The clock advancing past the authorization window of {@code holds} held intents: one
 * {@code processDue()} expires all of them (each found through the deadline index). Single-shot: the
 * reported time divided by {@code holds} is the cost per expired intent.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-XX:+UseParallelGC"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ExpiryBenchmark {
    @Param({"squirrel", "table"})
    public String runner;

    @Param({"200000"})
    public int holds;

    private final AtomicReference<Instant> now = new AtomicReference<>();
    private PaymentEngine engine;

    @Setup(Level.Iteration)
    public void hold() {
        now.set(Instant.ofEpochSecond(1_767_225_600L));
        InstantSource clock = now::get;
        engine = Engines.create(runner, clock);
        CreateParams params = CreateParams.builder(2000, "usd").paymentMethod("pm_card_visa")
                .captureMethod(CaptureMethod.MANUAL).confirm(true).build();
        for (int i = 0; i < holds; i++) {
            engine.create(params);
        }
        now.set(now.get().plus(Duration.ofDays(7)));
    }

    @Benchmark
    public int expireAll() {
        return engine.processDue();
    }
}
