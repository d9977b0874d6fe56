package io.paystate.sim;

import java.util.Objects;

/**
 * Everything that decides a run, and how it is reported. The result depends on the scenario, the
 * seed and the partition count; threads and runner change only how fast it comes.
 *
 * @param scenario what arrives and how each lifecycle goes
 * @param scenarioSource where the scenario came from, for the report ("built-in defaults" or a file name)
 * @param seed the random seed
 * @param partitions how many independent engines share the intents
 * @param threads how many threads run the partitions
 * @param runner which transition step the engines use
 */
record RunParameters(Scenario scenario, String scenarioSource, long seed, int partitions, int threads, Runner runner) {
    static final String BUILT_IN = "built-in defaults";

    RunParameters {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(scenarioSource, "scenarioSource");
        Objects.requireNonNull(runner, "runner");
        if (partitions < 1 || threads < 1) {
            throw new IllegalArgumentException("partitions and threads must be at least 1, got " + partitions
                    + " and " + threads);
        }
    }

    /** The defaults of the command line, for tests and benchmarks. */
    static RunParameters of(Scenario scenario, long seed, int partitions, int threads) {
        return new RunParameters(scenario, BUILT_IN, seed, partitions, threads, Runner.SQUIRREL);
    }

    /** Threads beyond the partition count would have nothing to run. */
    int threadsUsed() {
        return Math.min(threads, partitions);
    }
}
