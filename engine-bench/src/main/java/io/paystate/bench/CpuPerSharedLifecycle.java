package io.paystate.bench;

import io.paystate.engine.PaymentEngine;
import io.paystate.spi.IdGenerator;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CPU time per full card lifecycle with two threads, each on intents of its own: on one shared
 * engine, and on an engine per thread, in alternating rounds of one run. What the shared engine
 * costs above the engines of their own is what sharing its parts (store, log, indexes, locks)
 * costs; the host's own cost of running two threads at once (shared caches, a sibling
 * hyper-thread, other tenants) is in both, so the ratio leaves it out, which throughput on a
 * shared machine does not; rounds of one thread alone measure that cost. Usage:
 * {@code bin/bench cpu2 squirrel|table [ROUNDS] [BATCH]}, BATCH lifecycles per thread per round.
 */
public final class CpuPerSharedLifecycle {
    private CpuPerSharedLifecycle() {}

    private static final AtomicLong SINK = new AtomicLong();

    public static void main(String[] args) throws Exception {
        String runner = args.length > 0 ? args[0] : "squirrel";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        for (int round = 0; round < rounds; round++) {
            Kind kind = Kind.values()[round % 3];
            double[] r = round(runner, kind, batch);
            // the first six rounds warm all up
            if (round >= 6) {
                System.out.printf("%s round %d: %s, %.2f us CPU per lifecycle, %.0f lifecycles/s wall%n", runner, round,
                        kind.label, r[0], r[1]);
            }
        }
        // keeps the results observable, so the JIT cannot drop the loop
        if (SINK.get() == 42) {
            System.out.println(SINK.get());
        }
    }

    /**
     * One round of {@code batch} lifecycles per thread of one kind ({@code shared}, {@code own} or
     * {@code alone}); returns the CPU microseconds per lifecycle and the lifecycles per second of wall
     * time. Public for {@link CompareBuilds}, which calls it in each build's class loader.
     */
    public static double[] measure(String runner, String kind, int batch) throws Exception {
        return round(runner, Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)), batch);
    }

    private enum Kind {
        SHARED("one shared engine", 2, "shared-"), OWN("an engine per thread", 2, "own-"), ALONE("one thread alone", 1, "alone-");

        final String label;
        final int threads;
        final String prefix;

        Kind(String label, int threads, String prefix) {
            this.label = label;
            this.threads = threads;
            this.prefix = prefix;
        }
    }

    private static double[] round(String runner, Kind kind, int batch) throws Exception {
        boolean shared = kind == Kind.SHARED;
        int n = kind.threads;
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        PaymentEngine one = shared ? newEngine(runner) : null;
        CyclicBarrier start = new CyclicBarrier(n);
        AtomicLong cpu = new AtomicLong();
        Thread[] threads = new Thread[n];
        long wallStart = System.nanoTime();
        for (int t = 0; t < n; t++) {
            PaymentEngine engine = shared ? one : newEngine(runner);
            // named for profiles, which then tell the two kinds of round apart
            threads[t] = new Thread(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                long t0 = mx.getCurrentThreadCpuTime();
                long sink = 0;
                for (int i = 0; i < batch; i++) {
                    sink += LifecycleBenchmark.fullLifecycle(engine).amountReceived();
                }
                cpu.addAndGet(mx.getCurrentThreadCpuTime() - t0);
                SINK.addAndGet(sink);
            }, kind.prefix + t);
        }
        for (Thread thread : threads) {
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double wall = (System.nanoTime() - wallStart) / 1e9;
        return new double[] {cpu.get() / 1000.0 / (n * (double) batch), n * (double) batch / wall};
    }

    private static PaymentEngine newEngine(String runner) {
        // the default id generator, as hosts run: a seeded one is one sequence behind one lock
        return Engines.create(runner, InstantSource.fixed(Instant.ofEpochSecond(1_767_225_600L)), IdGenerator.random());
    }
}
