package io.paystate.sim;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Where the machine's time went during a run, reported only and never simulated: with as many
 * partitions as cores, the JIT compiler and the collector take their share from the partitions,
 * which is what tells a busy process from an engine that does not scale.
 *
 * @param processCpuMillis the process's CPU time, every thread
 * @param compileMillis the JIT compiler's time (the JVM's estimate, wall time of its threads)
 * @param gcMillis the collectors' accumulated collection time
 */
record MachineTimes(long processCpuMillis, long compileMillis, long gcMillis) {
    static MachineTimes now() {
        long cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : 0;
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long compile = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
        long gc = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            gc += Math.max(0, collector.getCollectionTime());
        }
        return new MachineTimes(cpu, compile, gc);
    }

    MachineTimes minus(MachineTimes earlier) {
        return new MachineTimes(processCpuMillis - earlier.processCpuMillis, compileMillis - earlier.compileMillis,
                gcMillis - earlier.gcMillis);
    }
}
