package io.paystate.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Runs a scenario: intents are split into partitions (intent i goes to partition i mod P), each
 * with its own engine and random stream, run on up to {@code threads} threads, then merged in
 * partition order. The result depends on the scenario, the seed and P, never on the threads.
 */
final class Simulator {
    static final Instant START = Instant.ofEpochSecond(1_767_225_600L);

    private Simulator() {}

    static Summary run(RunParameters run, LongConsumer progress) {
        long wallStart = System.nanoTime(); // wall time of the run itself, reported only, never simulated
        MachineTimes before = MachineTimes.now();
        List<Partition> parts = new ArrayList<>();
        int partitions = run.partitions();
        for (int p = 0; p < partitions; p++) {
            parts.add(new Partition(run.scenario(), run.seed(), p, partitions, START, run.runner() == Runner.TABLE));
        }
        ExecutorService pool = Executors.newFixedThreadPool(run.threadsUsed());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Partition part : parts) {
                futures.add(pool.submit(() -> part.run(progress)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a partition failed", e.getCause());
        } finally {
            pool.shutdown();
        }
        Summary summary = Summary.of(run, parts);
        summary.wallMillis = (System.nanoTime() - wallStart) / 1_000_000;
        summary.machine = MachineTimes.now().minus(before);
        Runtime rt = Runtime.getRuntime();
        summary.heapBytes = rt.totalMemory() - rt.freeMemory();
        return summary;
    }
}
