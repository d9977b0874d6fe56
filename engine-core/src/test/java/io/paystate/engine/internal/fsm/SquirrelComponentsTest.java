package io.paystate.engine.internal.fsm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.squirrelframework.foundation.component.SquirrelProvider;
import org.squirrelframework.foundation.fsm.ActionExecutionService;
import org.squirrelframework.foundation.fsm.AnonymousAction;
import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/**
 * The components the engine puts in front of squirrel (ResolvedComponents, OnDemandBuckets) change
 * how squirrel's helpers are made, not what squirrel does: a machine with actions still runs every
 * one of them, in squirrel's order, and registrations still take effect.
 */
final class SquirrelComponentsTest {
    enum Light { RED, GREEN }

    enum Switch { FLIP, NUDGE }

    /** A test machine; public for squirrel's reflective construction. */
    public static class LightMachine extends AbstractStateMachine<LightMachine, Light, Switch, Trace> {
        public LightMachine() {}
    }

    /** The context: what ran. */
    static final class Trace {
        final List<String> ran = new ArrayList<>();
    }

    /** Appends its label to the context when squirrel runs it. */
    static final class Record extends AnonymousAction<LightMachine, Light, Switch, Trace> {
        private final String label;

        Record(String label) {
            this.label = label;
        }

        @Override
        public void execute(Light from, Light to, Switch event, Trace context, LightMachine machine) {
            context.ran.add(label);
        }
    }

    interface Greeting {}

    static final class Hello implements Greeting {
        Hello() {}
    }

    static final class Bonjour implements Greeting {
        Bonjour() {}
    }

    @Test
    void install_twice_keepsOneResolvingProviderWithOnDemandBuckets() {
        ResolvedComponents.install();
        SquirrelProvider first = SquirrelProvider.getInstance();
        ResolvedComponents.install();

        assertThat(SquirrelProvider.getInstance()).isSameAs(first).isInstanceOf(ResolvedComponents.class);
        assertThat(first.newInstance(ActionExecutionService.class)).isInstanceOf(OnDemandBuckets.class);
    }

    @Test
    void fire_machineWithExitTransitionAndEntryActions_runsEachInSquirrelsOrder() {
        ResolvedComponents.install();
        StateMachineBuilder<LightMachine, Light, Switch, Trace> builder =
                StateMachineBuilderFactory.create(LightMachine.class, Light.class, Switch.class, Trace.class);
        builder.externalTransition().from(Light.RED).to(Light.GREEN).on(Switch.FLIP).perform(new Record("flip"));
        builder.internalTransition().within(Light.GREEN).on(Switch.NUDGE).perform(new Record("nudge"));
        builder.onExit(Light.RED).perform(new Record("leave red"));
        builder.onEntry(Light.GREEN).perform(List.of(new Record("enter green"), new Record("green again")));
        Trace trace = new Trace();

        LightMachine machine = builder.newStateMachine(Light.RED);
        machine.fire(Switch.FLIP, trace);
        machine.fire(Switch.NUDGE, trace);

        assertThat(machine.getCurrentState()).isEqualTo(Light.GREEN);
        assertThat(trace.ran).containsExactly("leave red", "flip", "enter green", "green again", "nudge");
    }

    @Test
    void loadSavedData_freshMachineGivenTheDataOfAStartedOne_firesWithoutEnteringTheStatusAgain() {
        // what TableMachines does instead of starting every fresh machine
        ResolvedComponents.install();
        StateMachineBuilder<LightMachine, Light, Switch, Trace> builder =
                StateMachineBuilderFactory.create(LightMachine.class, Light.class, Switch.class, Trace.class);
        builder.internalTransition().within(Light.GREEN).on(Switch.NUDGE).perform(new Record("nudge"));
        builder.onEntry(Light.GREEN).perform(new Record("enter green"));
        Trace starting = new Trace();
        LightMachine started = builder.newStateMachine(Light.GREEN);
        started.start(starting);
        Trace trace = new Trace();

        LightMachine fresh = builder.newStateMachine(Light.GREEN);
        boolean loaded = fresh.loadSavedData(started.dumpSavedData());
        fresh.fire(Switch.NUDGE, trace);

        assertThat(loaded).isTrue();
        assertThat(starting.ran).containsExactly("enter green");
        assertThat(trace.ran).containsExactly("nudge");
        assertThat(fresh.getCurrentState()).isEqualTo(Light.GREEN);
    }

    @Test
    void newInstance_afterRegisteringAnotherImplementation_buildsTheNewOne() {
        ResolvedComponents.install();
        SquirrelProvider provider = SquirrelProvider.getInstance();
        provider.register(Greeting.class, Hello.class);
        try {
            Greeting before = provider.newInstance(Greeting.class);
            provider.register(Greeting.class, Bonjour.class);
            Greeting after = provider.newInstance(Greeting.class);

            assertThat(before).isInstanceOf(Hello.class);
            assertThat(after).isInstanceOf(Bonjour.class);
            assertThat(provider.newInstance(Greeting.class)).isNotSameAs(after);
        } finally {
            provider.unregister(Greeting.class);
        }
    }
}
