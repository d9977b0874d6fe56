package io.paystate.bench;

import io.paystate.engine.CaptureParams;
import io.paystate.engine.ConfirmParams;
import io.paystate.engine.CreateParams;
import io.paystate.engine.PaymentEngine;
import io.paystate.model.CaptureMethod;
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
 * shared machine does not. Usage: {@code bin/bench cpu2 squirrel|table}.
 */
public final class CpuPerSharedLifecycle {
    private CpuPerSharedLifecycle() {}

    private static final CreateParams WITH_METHOD = CreateParams.builder(2000, "usd").paymentMethod("pm_card_visa")
            .captureMethod(CaptureMethod.MANUAL).build();
    private static final int THREADS = 2;
    private static final int BATCH = 100_000;
    private static final AtomicLong SINK = new AtomicLong();

    public static void main(String[] args) throws Exception {
        String runner = args.length > 0 ? args[0] : "squirrel";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        for (int round = 0; round < rounds; round++) {
            boolean shared = round % 2 == 0;
            double us = round(runner, shared);
            // the first four rounds warm both up
            if (round >= 4) {
                System.out.printf("%s round %d: %s, %.2f us CPU per lifecycle (2 threads)%n", runner, round,
                        shared ? "one shared engine" : "an engine per thread", us);
            }
        }
        // keeps the results observable, so the JIT cannot drop the loop
        if (SINK.get() == 42) {
            System.out.println(SINK.get());
        }
    }

    private static double round(String runner, boolean shared) throws Exception {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        PaymentEngine one = shared ? newEngine(runner) : null;
        CyclicBarrier start = new CyclicBarrier(THREADS);
        AtomicLong cpu = new AtomicLong();
        Thread[] threads = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
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
                for (int i = 0; i < BATCH; i++) {
                    var created = engine.create(WITH_METHOD);
                    engine.confirm(created.id(), ConfirmParams.none());
                    sink += engine.capture(created.id(), CaptureParams.full()).amountReceived();
                }
                cpu.addAndGet(mx.getCurrentThreadCpuTime() - t0);
                SINK.addAndGet(sink);
            }, (shared ? "shared-" : "own-") + t);
        }
        for (Thread thread : threads) {
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return cpu.get() / 1000.0 / (THREADS * (double) BATCH);
    }

    private static PaymentEngine newEngine(String runner) {
        // the default id generator, as hosts run: a seeded one is one sequence behind one lock
        return Engines.create(runner, InstantSource.fixed(Instant.ofEpochSecond(1_767_225_600L)), IdGenerator.random());
    }
}
