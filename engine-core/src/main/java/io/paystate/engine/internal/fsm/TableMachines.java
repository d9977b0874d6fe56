package io.paystate.engine.internal.fsm;

import io.paystate.engine.internal.Outcome;
import io.paystate.model.WireEnum;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.squirrelframework.foundation.exception.TransitionException;
import org.squirrelframework.foundation.fsm.Condition;
import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.StateMachineConfiguration;
import org.squirrelframework.foundation.fsm.StateMachineData;
import org.squirrelframework.foundation.fsm.StateMachineStatus;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/**
 * What both lifecycles' runners share: a squirrel builder generated once from a transition table,
 * warmed up single-threaded, and fires on fresh machines that are discarded afterwards (house-style
 * 3: shared instances race, re-hydrated instances re-run entry actions, errored instances are
 * bricked). A fresh machine is loaded with the data of a machine once started in its status
 * (squirrel's saved data) instead of being started, so no entry of the status runs again. It is
 * the one boundary for squirrel's failure modes: a declined event becomes the caller's rejection, a
 * {@link TransitionException} or an ERROR status an {@link IllegalStateException} carrying the
 * original failure.
 *
 * @param <M> the machine class, which squirrel instantiates reflectively
 * @param <S> the status enum
 * @param <E> the trigger enum
 */
final class TableMachines<M extends AbstractStateMachine<M, S, E, FireContext> & TableMachines.Reporting<S>,
        S extends Enum<S> & WireEnum, E extends Enum<E>> {

    /**
     * A machine that remembers what squirrel's hooks reported: whether it declined the event
     * (squirrel declines silently) and the state a completed transition reached.
     */
    interface Reporting<S> {
        boolean declined();

        @Nullable S reached();
    }

    /** One edge of a table: a self loop when {@code from == to}. */
    record Edge<S, E>(S from, E trigger, Outcome outcome, S to) {}

    private final StateMachineBuilder<M, S, E, FireContext> builder;
    private final StateMachineConfiguration configuration;
    // per status, the data of a machine started there once; read only after construction
    private final Map<S, StateMachineData.Reader<M, S, E, FireContext>> startedAt;

    TableMachines(Class<M> machine, Class<S> states, Class<E> triggers, List<Edge<S, E>> edges, String id) {
        ResolvedComponents.install();
        builder = StateMachineBuilderFactory.create(machine, states, triggers, FireContext.class);
        for (Edge<S, E> t : edges) {
            Condition<FireContext> when = new OutcomeIs(t.outcome());
            if (t.from() == t.to()) {
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
                .setIdProvider(() -> id);
        startedAt = startedAt(states, edges);
        // Squirrel sorts shared action lists lazily without synchronization (#145, #130): driving
        // every transition once on one thread freezes the builder before machines run concurrently.
        for (Edge<S, E> t : edges) {
            S reached = fire(t.from(), t.trigger(), t.outcome(),
                    () -> new IllegalStateException("state machine declined " + t));
            if (reached != t.to()) {
                throw new IllegalStateException("state machine disagrees with the table on " + t + ": " + reached);
            }
        }
    }

    /**
     * Starts one machine in each status of the table, single-threaded, and keeps its data. A fresh
     * machine loaded with it is in that status and running without being started again: squirrel's
     * start enters the status (entry lists, a start event, a debug message and an action bucket),
     * which is what re-hydration must not repeat, and a tenth of a fire.
     */
    private Map<S, StateMachineData.Reader<M, S, E, FireContext>> startedAt(Class<S> states, List<Edge<S, E>> edges) {
        Map<S, StateMachineData.Reader<M, S, E, FireContext>> all = new EnumMap<>(states);
        for (Edge<S, E> t : edges) {
            for (S status : List.of(t.from(), t.to())) {
                if (!all.containsKey(status)) {
                    M machine = builder.newStateMachine(status, configuration);
                    machine.start();
                    StateMachineData.Reader<M, S, E, FireContext> data = machine.dumpSavedData();
                    // squirrel's own data caches views of its maps on the first load (the engine's,
                    // SparseMachineData, writes nothing on reads): load once here, on one thread,
                    // so that the shared data is only ever read afterwards whichever is registered
                    builder.newStateMachine(status, configuration).loadSavedData(data);
                    all.put(status, data);
                }
            }
        }
        return all;
    }

    /** Fires one decided transition on a fresh machine; {@code rejected} is thrown when squirrel declines. */
    S fire(S from, E trigger, Outcome outcome, Supplier<? extends RuntimeException> rejected) {
        M machine = builder.newStateMachine(from, configuration);
        StateMachineData.Reader<M, S, E, FireContext> started = startedAt.get(from);
        // a fresh machine always takes its lock; without data for the status it starts itself on fire
        if (started != null && !machine.loadSavedData(started)) {
            throw new IllegalStateException("state machine refused its data in " + from.wireName());
        }
        try {
            machine.fire(trigger, FireContext.of(outcome));
        } catch (TransitionException e) {
            // getCause() is null on TransitionException: the original is the target exception
            Throwable target = e.getTargetException();
            throw new IllegalStateException("state machine failed on " + trigger + " from " + from.wireName(),
                    target != null ? target : e);
        }
        if (machine.declined()) {
            throw rejected.get();
        }
        if (machine.getStatus() == StateMachineStatus.ERROR) {
            throw new IllegalStateException("state machine broke on " + trigger + " from " + from.wireName());
        }
        @Nullable S reached = machine.reached();
        if (reached == null) {
            throw new IllegalStateException("state machine completed no transition on " + trigger + " from "
                    + from.wireName());
        }
        return reached;
    }

    /**
     * Squirrel builds a transition's name, this condition's name included, into strings on every
     * fire (its action buckets and debug messages), so the name is made once here and kept short.
     */
    private static final class OutcomeIs implements Condition<FireContext> {
        private final Outcome outcome;
        private final String name;

        OutcomeIs(Outcome outcome) {
            this.outcome = outcome;
            this.name = outcome.name();
        }

        @Override
        public boolean isSatisfied(FireContext context) {
            return context != null && context.outcome() == outcome;
        }

        @Override
        public String name() {
            return name;
        }
    }
}
