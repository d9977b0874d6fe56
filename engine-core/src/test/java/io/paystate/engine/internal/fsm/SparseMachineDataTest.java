package io.paystate.engine.internal.fsm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.StateMachineData;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;
import org.squirrelframework.foundation.fsm.impl.StateMachineDataImpl;

/**
 * The engine's machine data reads as squirrel's own does after the same writes, for a machine
 * that uses the stores the engine's machines never write (parallel states), and saved data moves
 * between the two.
 */
final class SparseMachineDataTest {
    enum Lamp { OFF, BOTH, LEFT, RIGHT }

    enum Press { ON, OFF }

    /** A test machine; public for squirrel's reflective construction. */
    public static class LampMachine extends AbstractStateMachine<LampMachine, Lamp, Press, Object> {
        public LampMachine() {}
    }

    private static StateMachineBuilder<LampMachine, Lamp, Press, Object> lamps() {
        ResolvedComponents.install();
        StateMachineBuilder<LampMachine, Lamp, Press, Object> builder =
                StateMachineBuilderFactory.create(LampMachine.class, Lamp.class, Press.class, Object.class);
        builder.defineParallelStatesOn(Lamp.BOTH, Lamp.LEFT, Lamp.RIGHT);
        builder.externalTransition().from(Lamp.OFF).to(Lamp.BOTH).on(Press.ON);
        builder.externalTransition().from(Lamp.BOTH).to(Lamp.OFF).on(Press.OFF);
        return builder;
    }

    private static LampMachine lampOn(StateMachineBuilder<LampMachine, Lamp, Press, Object> builder) {
        LampMachine machine = builder.newStateMachine(Lamp.OFF);
        machine.fire(Press.ON, null);
        return machine;
    }

    @Test
    void dumpSavedData_ofAMachineInParallelStates_readsAsSquirrelsDataDoes() {
        StateMachineData.Reader<LampMachine, Lamp, Press, Object> saved = lampOn(lamps()).dumpSavedData();
        StateMachineDataImpl<LampMachine, Lamp, Press, Object> squirrels =
                new StateMachineDataImpl<>(saved.originalStates());

        squirrels.dump(saved);

        assertThat(saved).isInstanceOf(SparseMachineData.class);
        assertSameReading(saved, squirrels.read());
        assertThat(saved.currentState()).isEqualTo(Lamp.BOTH);
        assertThat(saved.lastState()).isEqualTo(Lamp.OFF);
        assertThat(saved.parallelStates()).containsExactly(Lamp.BOTH);
        assertThat(saved.subStatesOn(Lamp.BOTH)).containsExactly(Lamp.LEFT, Lamp.RIGHT);
    }

    @Test
    void loadSavedData_fromSquirrelsData_firesOutOfTheParallelStateAndForgetsItsSubStates() {
        StateMachineBuilder<LampMachine, Lamp, Press, Object> builder = lamps();
        StateMachineData.Reader<LampMachine, Lamp, Press, Object> saved = lampOn(builder).dumpSavedData();
        StateMachineDataImpl<LampMachine, Lamp, Press, Object> squirrels =
                new StateMachineDataImpl<>(saved.originalStates());
        squirrels.dump(saved);
        LampMachine fresh = builder.newStateMachine(Lamp.OFF);

        boolean loaded = fresh.loadSavedData(squirrels.read());
        assertSameReading(fresh.dumpSavedData(), squirrels.read());
        fresh.fire(Press.OFF, null);

        assertThat(loaded).isTrue();
        assertThat(fresh.getCurrentState()).isEqualTo(Lamp.OFF);
        StateMachineData.Reader<LampMachine, Lamp, Press, Object> after = fresh.dumpSavedData();
        assertThat(after.parallelStates()).isEmpty();
        assertThat(after.subStatesOn(Lamp.BOTH)).isEmpty();
        assertThat(after.linkedStates()).isEmpty();
        assertThat(after.linkedStateDataOf(Lamp.BOTH)).isNull();
    }

    private static void assertSameReading(StateMachineData.Reader<LampMachine, Lamp, Press, Object> ours,
            StateMachineData.Reader<LampMachine, Lamp, Press, Object> theirs) {
        assertThat(ours.identifier()).isEqualTo(theirs.identifier());
        assertThat(ours.currentState()).isEqualTo(theirs.currentState());
        assertThat(ours.lastState()).isEqualTo(theirs.lastState());
        assertThat(ours.initialState()).isEqualTo(theirs.initialState());
        assertThat(ours.currentRawState()).isSameAs(theirs.currentRawState());
        assertThat(ours.lastRawState()).isSameAs(theirs.lastRawState());
        assertThat(ours.initialRawState()).isSameAs(theirs.initialRawState());
        assertThat(ours.startContext()).isEqualTo(theirs.startContext());
        assertThat(ours.typeOfStateMachine()).isEqualTo(theirs.typeOfStateMachine());
        assertThat(ours.typeOfState()).isEqualTo(theirs.typeOfState());
        assertThat(ours.typeOfEvent()).isEqualTo(theirs.typeOfEvent());
        assertThat(ours.typeOfContext()).isEqualTo(theirs.typeOfContext());
        assertThat(ours.states()).containsExactlyInAnyOrderElementsOf(theirs.states());
        assertThat(ours.rawStates()).containsExactlyInAnyOrderElementsOf(theirs.rawStates());
        assertThat(ours.originalStates()).isEqualTo(theirs.originalStates());
        assertThat(ours.activeParentStates()).containsExactlyInAnyOrderElementsOf(theirs.activeParentStates());
        assertThat(ours.parallelStates()).containsExactlyInAnyOrderElementsOf(theirs.parallelStates());
        assertThat(ours.linkedStates()).containsExactlyInAnyOrderElementsOf(theirs.linkedStates());
        for (Lamp lamp : List.of(Lamp.values())) {
            assertThat(ours.subStatesOn(lamp)).isEqualTo(theirs.subStatesOn(lamp));
            assertThat(ours.lastActiveChildStateOf(lamp)).isEqualTo(theirs.lastActiveChildStateOf(lamp));
            assertThat(ours.rawStateFrom(lamp)).isSameAs(theirs.rawStateFrom(lamp));
        }
    }
}
