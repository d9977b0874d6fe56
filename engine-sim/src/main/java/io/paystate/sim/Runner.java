package io.paystate.sim;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which transition step the engine runs: the real one (squirrel) or the benchmark baseline. */
enum Runner {
    /** The engine as shipped: each transition is a squirrel state machine step. */
    SQUIRREL,
    /** The benchmark baseline: the same engine with a plain table lookup instead of squirrel. */
    TABLE;

    /** The name on the command line and in reports. */
    String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> options() {
        return Arrays.stream(values()).map(Runner::option).toList();
    }

    static Optional<Runner> fromOption(String option) {
        return Arrays.stream(values()).filter(r -> r.option().equals(option)).findFirst();
    }
}
