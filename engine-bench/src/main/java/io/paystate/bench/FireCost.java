package io.paystate.bench;

import io.paystate.engine.internal.Outcome;
import io.paystate.engine.internal.Transition;
import io.paystate.engine.internal.TransitionRunner;
import io.paystate.engine.internal.TransitionTable;
import io.paystate.engine.internal.Trigger;
import io.paystate.engine.internal.fsm.SquirrelTransitionRunner;
import io.paystate.model.PaymentIntentStatus;
import java.lang.management.ManagementFactory;

/**
 * CPU time and bytes allocated per transition step alone, on the calling thread: the two fires of a
 * full card lifecycle (confirm with a hold, capture) through the squirrel runner or the table
 * lookup, without the rest of the engine. Isolates what squirrel costs per command, which the
 * whole-lifecycle figures ({@link CpuPerLifecycle}) mix with the store and the events. Usage:
 * {@code bin/bench fire squirrel|table}.
 */
public final class FireCost {
    private FireCost() {}

    public static void main(String[] args) {
        String runnerName = args.length > 0 ? args[0] : "squirrel";
        TransitionTable table = TransitionTable.instance();
        TransitionRunner runner = runnerName.equals("table") ? TransitionRunner.tableLookup()
                : SquirrelTransitionRunner.create(table);
        Transition confirm = table.find(PaymentIntentStatus.REQUIRES_CONFIRMATION, Trigger.CONFIRM, Outcome.HELD)
                .orElseThrow();
        Transition capture = table.find(PaymentIntentStatus.REQUIRES_CAPTURE, Trigger.CAPTURE, Outcome.SUCCEEDED)
                .orElseThrow();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        int batch = 1_000_000;
        int sink = 0;
        for (int round = 0; round < 8; round++) {
            long t0 = threads.getCurrentThreadCpuTime();
            long a0 = threads.getThreadAllocatedBytes(id);
            for (int i = 0; i < batch; i++) {
                sink += runner.fire(confirm).hashCode() ^ runner.fire(capture).hashCode();
            }
            long t1 = threads.getCurrentThreadCpuTime();
            long a1 = threads.getThreadAllocatedBytes(id);
            if (round >= 3) {
                System.out.printf("%s round %d: %.1f ns, %d bytes per lifecycle's two fires%n", runnerName, round,
                        (t1 - t0) / (double) batch, (a1 - a0) / batch);
            }
        }
        // keeps the results observable, so the JIT cannot drop the loop
        if (sink == 42) {
            System.out.println(sink);
        }
    }
}
