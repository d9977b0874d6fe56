package io.paystate.bench;

import io.paystate.spi.IdGenerator;
import io.paystate.spi.IdKind;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One 24-character id ({@code evt_...}) from the default generator ({@code random}, unpredictable)
 * and from the seeded one ({@code seeded}, a {@code SplittableRandom} under a lock): the baseline
 * that prices the randomness itself.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class IdGeneratorBenchmark {
    @Param({"random", "seeded"})
    public String generator;

    private IdGenerator ids;

    @Setup
    public void setUp() {
        ids = generator.equals("seeded") ? IdGenerator.seeded(1) : IdGenerator.random();
    }

    /** One event id. */
    @Benchmark
    public String eventId() {
        return ids.next(IdKind.EVENT);
    }
}
