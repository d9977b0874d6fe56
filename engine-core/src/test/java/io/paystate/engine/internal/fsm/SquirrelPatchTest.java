package io.paystate.engine.internal.fsm;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.internal.fsm.SquirrelComponentsTest.Light;
import io.paystate.engine.internal.fsm.SquirrelComponentsTest.LightMachine;
import io.paystate.engine.internal.fsm.SquirrelComponentsTest.Record;
import io.paystate.engine.internal.fsm.SquirrelComponentsTest.Switch;
import io.paystate.engine.internal.fsm.SquirrelComponentsTest.Trace;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.squirrelframework.foundation.fsm.AnonymousAction;
import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.StateMachineContext;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/**
 * The squirrel classes this module patches are the ones the patch changes, compiled from squirrel
 * 0.3.10's released sources with {@code patches/squirrel-foundation-0.3.10.patch} applied by the
 * build; they are the ones loaded, and squirrel
 * still behaves as released: the same action bucket names, nested events queued and run in order,
 * the machine's state readable from inside its own transition.
 */
final class SquirrelPatchTest {
    private static final Path PATCH = Path.of("patches/squirrel-foundation-0.3.10.patch");
    private static final Path PATCHED_SOURCES = Path.of("target/generated-sources/squirrel");

    @Test
    void build_compilesExactlyTheFilesThePatchChanges() throws IOException {
        // the build writes them from squirrel's released sources with the patch applied, and fails if
        // a hunk does not match them; nothing else may be compiled in squirrel's place
        List<String> named = Files.readAllLines(PATCH, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("+++ b/")).map(line -> line.substring("+++ b/".length()))
                .collect(Collectors.toList());
        try (Stream<Path> files = Files.walk(PATCHED_SOURCES)) {
            assertThat(files.filter(Files::isRegularFile)
                    .map(p -> PATCHED_SOURCES.relativize(p).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrderElementsOf(named);
        }
    }

    @Test
    void patchedClasses_areTheOnesLoaded() throws Exception {
        Class<?> transition = Class.forName("org.squirrelframework.foundation.fsm.impl.TransitionImpl");
        Class<?> state = Class.forName("org.squirrelframework.foundation.fsm.impl.StateImpl");

        assertThat(transition.getDeclaredField("bucketName").getType()).isEqualTo(String.class);
        assertThat(state.getDeclaredField("entryBucketName").getType()).isEqualTo(String.class);
        assertThat(AbstractStateMachine.class.getDeclaredField("queuedEvents").getType())
                .isEqualTo(ConcurrentLinkedDeque.class);
        assertThat(AbstractStateMachine.class.getDeclaredField("rwLock").getType()).isEqualTo(ReentrantLock.class);
        Field contexts = StateMachineContext.class.getDeclaredField("contextContainer");
        assertThat(contexts.getGenericType().getTypeName()).contains("ArrayDeque");
    }

    /** Reads the machine's state from inside its transition, where the fire holds the machine's lock. */
    static final class ReadState extends AnonymousAction<LightMachine, Light, Switch, Trace> {
        @Override
        public void execute(Light from, Light to, Switch event, Trace trace, LightMachine machine) {
            trace.ran.add("inside " + machine.getCurrentState());
        }
    }

    @Test
    void fire_actionReadingTheMachinesState_readsItUnderTheLockTheFireHolds() {
        StateMachineBuilder<LightMachine, Light, Switch, Trace> builder =
                StateMachineBuilderFactory.create(LightMachine.class, Light.class, Switch.class, Trace.class);
        builder.externalTransition().from(Light.RED).to(Light.GREEN).on(Switch.FLIP).perform(new ReadState());
        LightMachine machine = builder.newStateMachine(Light.RED);
        Trace trace = new Trace();

        machine.fire(Switch.FLIP, trace);

        // squirrel moves to the target once the transition's actions have run
        assertThat(trace.ran).containsExactly("inside RED");
        assertThat(machine.getCurrentState()).isEqualTo(Light.GREEN);
    }

    /** Records "flip" and fires NUDGE (back to red) from inside the transition: squirrel queues it. */
    static final class FlipAndNudge extends AnonymousAction<LightMachine, Light, Switch, Trace> {
        @Override
        public void execute(Light from, Light to, Switch event, Trace trace, LightMachine machine) {
            trace.ran.add("flip");
            machine.fire(Switch.NUDGE, trace);
        }
    }

    private static StateMachineBuilder<LightMachine, Light, Switch, Trace> lights() {
        StateMachineBuilder<LightMachine, Light, Switch, Trace> builder =
                StateMachineBuilderFactory.create(LightMachine.class, Light.class, Switch.class, Trace.class);
        builder.externalTransition().from(Light.RED).to(Light.GREEN).on(Switch.FLIP).perform(new FlipAndNudge());
        builder.externalTransition().from(Light.GREEN).to(Light.RED).on(Switch.NUDGE).perform(new Record("back"));
        builder.onEntry(Light.GREEN).perform(new Record("enter green"));
        builder.onExit(Light.GREEN).perform(new Record("leave green"));
        return builder;
    }

    @Test
    void fire_eventFiredFromAnAction_isQueuedAndRunAfterTheCurrentOneInOrder() {
        LightMachine machine = lights().newStateMachine(Light.RED);
        Trace trace = new Trace();

        machine.fire(Switch.FLIP, trace);
        machine.fire(Switch.FLIP, trace);

        assertThat(machine.getCurrentState()).isEqualTo(Light.RED);
        assertThat(trace.ran).containsExactly("flip", "enter green", "leave green", "back",
                "flip", "enter green", "leave green", "back");
    }

    @Test
    void fire_bucketNamesMadeOnce_areTheNamesSquirrelBuildsOnEveryFire() throws Exception {
        LightMachine machine = lights().newStateMachine(Light.RED);
        machine.fire(Switch.FLIP, new Trace());

        Object flip = machine.getRawStateFrom(Light.RED).getTransitions(Switch.FLIP).get(0);
        Object green = machine.getRawStateFrom(Light.GREEN);
        // what squirrel 0.3.10 passes to its executor's begin(...), built anew on every fire there
        assertThat(field(flip, "bucketName")).isEqualTo("TRANSITION__" + flip)
                .isEqualTo("TRANSITION__RED-[FLIP, Always, 1, EXTERNAL]->GREEN");
        assertThat(field(green, "entryBucketName")).isEqualTo("STATE_ENTRY__GREEN");
        assertThat(field(green, "exitBucketName")).isEqualTo("STATE_EXIT__GREEN");
    }

    private static Object field(Object target, String name) throws ReflectiveOperationException {
        Class<?> type = target.getClass();
        while (true) {
            try {
                Field f = type.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(target);
            } catch (NoSuchFieldException e) {
                type = type.getSuperclass();
                if (type == null) {
                    throw e;
                }
            }
        }
    }
}
