package io.paystate.engine.internal.fsm;

import io.paystate.engine.internal.Outcome;
import io.paystate.engine.internal.SetupTransition;
import io.paystate.engine.internal.SetupTransitionRejectedException;
import io.paystate.engine.internal.SetupTransitionRunner;
import io.paystate.engine.internal.SetupTransitionTable;
import io.paystate.engine.internal.SetupTrigger;
import io.paystate.model.SetupIntentStatus;
import org.squirrelframework.foundation.exception.TransitionException;
import org.squirrelframework.foundation.fsm.Condition;
import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.StateMachineConfiguration;
import org.squirrelframework.foundation.fsm.StateMachineStatus;

/**
 * Runs SetupIntent transitions on squirrel-foundation exactly as {@link SquirrelTransitionRunner}
 * runs the PaymentIntent's: the builder is generated once from the {@link SetupTransitionTable}
 * (no actions, no final states, auto-terminate off, a constant id), warmed up single-threaded by
 * firing every transition once (which also checks that squirrel agrees with the table), and every
 * fire runs on a fresh machine that is discarded afterwards.
 *
 * <p>The boundary for squirrel's failure modes: a declined event becomes a
 * {@link SetupTransitionRejectedException}, a {@link TransitionException} or an ERROR status an
 * {@link IllegalStateException} carrying the original failure.
 */
public final class SquirrelSetupTransitionRunner implements SetupTransitionRunner {
    private final StateMachineBuilder<SetupIntentMachine, SetupIntentStatus, SetupTrigger, FireContext> builder;
    private final StateMachineConfiguration configuration;

    private SquirrelSetupTransitionRunner(SetupTransitionTable table) {
        builder = StateMachineBuilderFactory.create(
                SetupIntentMachine.class, SetupIntentStatus.class, SetupTrigger.class, FireContext.class);
        for (SetupTransition t : table.transitions()) {
            Condition<FireContext> when = new OutcomeIs(t.outcome());
            if (t.isSelfLoop()) {
                builder.internalTransition().within(t.from()).on(t.trigger()).when(when);
            } else {
                builder.externalTransition().from(t.from()).to(t.to()).on(t.trigger()).when(when);
            }
        }
        configuration = StateMachineConfiguration.create()
                .enableAutoStart(true)
                .enableAutoTerminate(false)
                .enableDebugMode(false)
                .setIdProvider(() -> "setup-intent");
        warmUp(table);
    }

    /** Builds the state machine for the table and warms it up; call once at engine start. */
    public static SquirrelSetupTransitionRunner create(SetupTransitionTable table) {
        return new SquirrelSetupTransitionRunner(table);
    }

    // Squirrel sorts shared action lists lazily without synchronization (#145, #130): driving every
    // transition once on one thread freezes the builder before machines run concurrently.
    private void warmUp(SetupTransitionTable table) {
        for (SetupTransition t : table.transitions()) {
            SetupIntentStatus reached = fire(t);
            if (reached != t.to()) {
                throw new IllegalStateException("state machine disagrees with the table on " + t + ": " + reached);
            }
        }
    }

    @Override
    public SetupIntentStatus fire(SetupTransition transition) {
        SetupIntentMachine machine = builder.newStateMachine(transition.from(), configuration);
        try {
            machine.fire(transition.trigger(), new FireContext(transition.outcome()));
        } catch (TransitionException e) {
            // getCause() is null on TransitionException: the original is the target exception
            Throwable target = e.getTargetException();
            throw new IllegalStateException("state machine failed on " + transition.trigger() + " from "
                    + transition.from().wireName(), target != null ? target : e);
        }
        if (machine.declined()) {
            throw new SetupTransitionRejectedException(transition.from(), transition.trigger());
        }
        if (machine.getStatus() == StateMachineStatus.ERROR) {
            throw new IllegalStateException("state machine broke on " + transition.trigger() + " from "
                    + transition.from().wireName());
        }
        SetupIntentStatus reached = machine.getCurrentState();
        if (reached == null) {
            throw new IllegalStateException("state machine did not start");
        }
        return reached;
    }

    private record OutcomeIs(Outcome outcome) implements Condition<FireContext> {
        @Override
        public boolean isSatisfied(FireContext context) {
            return context != null && context.outcome() == outcome;
        }

        @Override
        public String name() {
            return "outcome=" + outcome;
        }
    }
}
