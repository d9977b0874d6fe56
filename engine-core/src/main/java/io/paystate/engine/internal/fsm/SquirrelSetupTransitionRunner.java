package io.paystate.engine.internal.fsm;

import io.paystate.engine.internal.SetupTransition;
import io.paystate.engine.internal.SetupTransitionRejectedException;
import io.paystate.engine.internal.SetupTransitionRunner;
import io.paystate.engine.internal.SetupTransitionTable;
import io.paystate.engine.internal.SetupTrigger;
import io.paystate.model.SetupIntentStatus;

/**
 * Runs SetupIntent transitions on squirrel-foundation exactly as {@link SquirrelTransitionRunner}
 * runs the PaymentIntent's, through the same {@link TableMachines}: the builder generated once from
 * the {@link SetupTransitionTable} and warmed up, a fresh machine per fire; a declined event becomes
 * a {@link SetupTransitionRejectedException}.
 */
public final class SquirrelSetupTransitionRunner implements SetupTransitionRunner {
    private final TableMachines<SetupIntentMachine, SetupIntentStatus, SetupTrigger> machines;

    private SquirrelSetupTransitionRunner(SetupTransitionTable table) {
        machines = new TableMachines<>(SetupIntentMachine.class, SetupIntentStatus.class, SetupTrigger.class,
                table.transitions().stream().map(t -> new TableMachines.Edge<>(t.from(), t.trigger(), t.outcome(),
                        t.to())).toList(), "setup-intent");
    }

    /**
     * Builds the state machine for the table and warms it up; call once at engine start.
     *
     * @param table the SetupIntent transition table
     * @return the runner
     */
    public static SquirrelSetupTransitionRunner create(SetupTransitionTable table) {
        return new SquirrelSetupTransitionRunner(table);
    }

    @Override
    public SetupIntentStatus fire(SetupTransition transition) {
        return machines.fire(transition.from(), transition.trigger(), transition.outcome(),
                () -> new SetupTransitionRejectedException(transition.from(), transition.trigger()));
    }
}
