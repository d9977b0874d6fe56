package io.paystate.engine.internal.fsm;

import io.paystate.engine.internal.Transition;
import io.paystate.engine.internal.TransitionRejectedException;
import io.paystate.engine.internal.TransitionRunner;
import io.paystate.engine.internal.TransitionTable;
import io.paystate.engine.internal.Trigger;
import io.paystate.model.PaymentIntentStatus;

/**
 * Runs PaymentIntent transitions on squirrel-foundation: the builder is generated once from the
 * {@link TransitionTable} and warmed up, and every fire runs on a fresh machine
 * ({@link TableMachines}, the boundary for squirrel's failure modes); a declined event becomes a
 * {@link TransitionRejectedException}.
 */
public final class SquirrelTransitionRunner implements TransitionRunner {
    private final TableMachines<PaymentIntentMachine, PaymentIntentStatus, Trigger> machines;

    private SquirrelTransitionRunner(TransitionTable table) {
        machines = new TableMachines<>(PaymentIntentMachine.class, PaymentIntentStatus.class, Trigger.class,
                table.transitions().stream().map(t -> new TableMachines.Edge<>(t.from(), t.trigger(), t.outcome(),
                        t.to())).toList(), "payment-intent");
    }

    /**
     * Builds the state machine for the table and warms it up; call once at engine start.
     *
     * @param table the transition table
     * @return the runner
     */
    public static SquirrelTransitionRunner create(TransitionTable table) {
        return new SquirrelTransitionRunner(table);
    }

    @Override
    public PaymentIntentStatus fire(Transition transition) {
        return machines.fire(transition.from(), transition.trigger(), transition.outcome(),
                () -> new TransitionRejectedException(transition.from(), transition.trigger()));
    }
}
