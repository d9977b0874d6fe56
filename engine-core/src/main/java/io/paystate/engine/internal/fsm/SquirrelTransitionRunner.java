package io.paystate.engine.internal.fsm;

import io.paystate.engine.internal.Outcome;
import io.paystate.engine.internal.Transition;
import io.paystate.engine.internal.TransitionRejectedException;
import io.paystate.engine.internal.TransitionRunner;
import io.paystate.engine.internal.TransitionTable;
import io.paystate.engine.internal.Trigger;
import io.paystate.model.PaymentIntentStatus;
import org.squirrelframework.foundation.exception.TransitionException;
import org.squirrelframework.foundation.fsm.Condition;
import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.StateMachineConfiguration;
import org.squirrelframework.foundation.fsm.StateMachineStatus;

/**
 * Runs transitions on squirrel-foundation: the builder is generated once from the
 * {@link TransitionTable}, warmed up single-threaded, and every fire runs on a fresh machine that is
 * discarded afterwards (house-style 3: shared instances race, re-hydrated instances re-run entry
 * actions, errored instances are bricked).
 *
 * <p>This class is the boundary for squirrel's failure modes: a declined event becomes a
 * {@link TransitionRejectedException}, a {@link TransitionException} an {@link IllegalStateException}
 * carrying the original failure, and a machine left in any status other than idle is never reused.
 */
public final class SquirrelTransitionRunner implements TransitionRunner {
    private final StateMachineBuilder<PaymentIntentMachine, PaymentIntentStatus, Trigger, FireContext> builder;
    private final StateMachineConfiguration configuration;

    private SquirrelTransitionRunner(TransitionTable table) {
        builder = StateMachineBuilderFactory.create(
                PaymentIntentMachine.class, PaymentIntentStatus.class, Trigger.class, FireContext.class);
        for (Transition t : table.transitions()) {
            Condition<FireContext> when = new OutcomeIs(t.outcome());
            if (t.isSelfLoop()) {
                builder.internalTransition().within(t.from()).on(t.trigger()).when(when);
            } else {
                builder.externalTransition().from(t.from()).to(t.to()).on(t.trigger()).when(when);
            }
        }
        // No final states (an event fired at a terminated machine throws instead of declining),
        // no auto-terminate, and a constant id: the default id provider costs a UUID per machine.
        configuration = StateMachineConfiguration.create()
                .enableAutoStart(true)
                .enableAutoTerminate(false)
                .enableDebugMode(false)
                .setIdProvider(() -> "payment-intent");
        warmUp(table);
    }

    /** Builds the state machine for the table and warms it up; call once at engine start. */
    public static SquirrelTransitionRunner create(TransitionTable table) {
        return new SquirrelTransitionRunner(table);
    }

    // Squirrel sorts shared action lists lazily without synchronization (#145, #130): driving every
    // transition once on one thread freezes the builder before machines run concurrently.
    private void warmUp(TransitionTable table) {
        for (Transition t : table.transitions()) {
            PaymentIntentStatus reached = fire(t);
            if (reached != t.to()) {
                throw new IllegalStateException("state machine disagrees with the table on " + t + ": " + reached);
            }
        }
    }

    @Override
    public PaymentIntentStatus fire(Transition transition) {
        PaymentIntentMachine machine = builder.newStateMachine(transition.from(), configuration);
        try {
            machine.fire(transition.trigger(), new FireContext(transition.outcome()));
        } catch (TransitionException e) {
            // getCause() is null on TransitionException: the original is the target exception
            Throwable target = e.getTargetException();
            throw new IllegalStateException("state machine failed on " + transition.trigger() + " from "
                    + transition.from().wireName(), target != null ? target : e);
        }
        if (machine.declined()) {
            throw new TransitionRejectedException(transition.from(), transition.trigger());
        }
        if (machine.getStatus() == StateMachineStatus.ERROR) {
            throw new IllegalStateException("state machine broke on " + transition.trigger() + " from "
                    + transition.from().wireName());
        }
        PaymentIntentStatus reached = machine.getCurrentState();
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
