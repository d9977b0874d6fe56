package io.paystate.engine.internal.fsm;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.internal.fsm.SquirrelComponentsTest.Light;
import io.paystate.engine.internal.fsm.SquirrelComponentsTest.LightMachine;
import io.paystate.engine.internal.fsm.SquirrelComponentsTest.Record;
import io.paystate.engine.internal.fsm.SquirrelComponentsTest.Switch;
import io.paystate.engine.internal.fsm.SquirrelComponentsTest.Trace;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.squirrelframework.foundation.fsm.AnonymousAction;
import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.StateMachineContext;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/**
 * The squirrel classes this module patches are squirrel 0.3.10's released sources with exactly the
 * change in {@code patches/squirrel-foundation-0.3.10.patch}, they are the ones loaded, and squirrel
 * still behaves as released: the same action bucket names, nested events queued and run in order,
 * the machine's state readable from inside its own transition.
 */
final class SquirrelPatchTest {
    private static final Path PATCH = Path.of("patches/squirrel-foundation-0.3.10.patch");
    private static final Path PATCHED_SOURCES = Path.of("src/main/java");
    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+\\d+(?:,\\d+)? @@");

    /** One hunk of a unified diff without context lines: the original lines it removes and those it adds. */
    private record Hunk(int oldStart, int oldCount, List<String> removed, List<String> added) {}

    @Test
    void patchedSources_areTheReleasedSourcesWithThePatchApplied() throws IOException {
        Map<String, List<Hunk>> patch = parse(Files.readAllLines(PATCH, StandardCharsets.UTF_8));
        assertThat(patch).containsOnlyKeys(patchedFiles());
        for (Map.Entry<String, List<Hunk>> file : patch.entrySet()) {
            List<String> released = released(file.getKey());
            List<String> patched = Files.readAllLines(PATCHED_SOURCES.resolve(file.getKey()), StandardCharsets.UTF_8);
            assertThat(apply(released, file.getValue())).as(file.getKey()).containsExactlyElementsOf(patched);
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

    private static List<String> patchedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(PATCHED_SOURCES.resolve("org/squirrelframework"))) {
            return files.filter(Files::isRegularFile).map(p -> PATCHED_SOURCES.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toList());
        }
    }

    private static List<String> released(String file) throws IOException {
        try (InputStream in = SquirrelPatchTest.class.getClassLoader().getResourceAsStream(file)) {
            Objects.requireNonNull(in, "squirrel's sources jar lacks " + file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().collect(Collectors.toList());
        }
    }

    private static Map<String, List<Hunk>> parse(List<String> lines) {
        Map<String, List<Hunk>> files = new LinkedHashMap<>();
        List<Hunk> hunks = null;
        Hunk hunk = null;
        for (String line : lines) {
            if (line.startsWith("--- a/")) {
                hunk = null;
            } else if (line.startsWith("+++ b/")) {
                hunks = new ArrayList<>();
                files.put(line.substring("+++ b/".length()), hunks);
            } else if (line.startsWith("@@")) {
                Matcher m = HUNK.matcher(line);
                assertThat(m.find()).as(line).isTrue();
                hunk = new Hunk(Integer.parseInt(m.group(1)), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
                        new ArrayList<>(), new ArrayList<>());
                Objects.requireNonNull(hunks, "hunk before a file").add(hunk);
            } else {
                Objects.requireNonNull(hunk, "line outside a hunk: " + line);
                (line.startsWith("-") ? hunk.removed() : hunk.added()).add(line.substring(1));
            }
        }
        return files;
    }

    /** Applies hunks without context: each names where its removed lines are, or after which line it adds. */
    private static List<String> apply(List<String> original, List<Hunk> hunks) {
        List<String> out = new ArrayList<>();
        int next = 0;
        for (Hunk h : hunks) {
            int start = h.oldCount() == 0 ? h.oldStart() : h.oldStart() - 1;
            out.addAll(original.subList(next, start));
            assertThat(original.subList(start, start + h.oldCount())).containsExactlyElementsOf(h.removed());
            assertThat(h.removed()).hasSize(h.oldCount());
            out.addAll(h.added());
            next = start + h.oldCount();
        }
        out.addAll(original.subList(next, original.size()));
        return out;
    }
}
