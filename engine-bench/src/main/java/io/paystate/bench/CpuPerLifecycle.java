package io.paystate.bench;

import io.paystate.engine.PaymentEngine;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.InstantSource;

/**
 * CPU time per full card lifecycle (create, confirm with a hold, capture), on the calling thread and
 * for the whole process (garbage collection included): far less sensitive than throughput to other
 * work on a shared machine, and the bytes the calling thread allocated. Usage:
 * {@code bin/bench cpu squirrel|table}.
 */
public final class CpuPerLifecycle {
    private CpuPerLifecycle() {}


    public static void main(String[] args) {
        String runner = args.length > 0 ? args[0] : "squirrel";
        int batch = 100_000;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        long sink = 0;
        for (int round = 0; round < 8; round++) {
            PaymentEngine engine = Engines.create(runner, InstantSource.fixed(Instant.ofEpochSecond(1_767_225_600L)));
            long t0 = threads.getCurrentThreadCpuTime();
            long p0 = os.getProcessCpuTime();
            long a0 = threads.getThreadAllocatedBytes(self);
            for (int i = 0; i < batch; i++) {
                sink += LifecycleBenchmark.fullLifecycle(engine).amountReceived();
            }
            long t1 = threads.getCurrentThreadCpuTime();
            long p1 = os.getProcessCpuTime();
            long a1 = threads.getThreadAllocatedBytes(self);
            if (round >= 3) {
                System.out.printf("%s round %d: thread %.2f us, process %.2f us, thread allocated %d B per lifecycle%n",
                        runner, round, (t1 - t0) / 1000.0 / batch, (p1 - p0) / 1000.0 / batch, (a1 - a0) / batch);
            }
        }
        // keeps the results observable, so the JIT cannot drop the loop
        if (sink == 42) {
            System.out.println(sink);
        }
    }
}
