package io.paystate.engine;

/**
 * What runs the lifecycle's transitions. Production engines always use {@link #SQUIRREL}; the table
 * lookup exists so that benchmarks and the simulator can measure the engine against a floor that
 * skips the state machine and does everything else the same way.
 */
public enum StateMachineRuntime {
    /** squirrel-foundation, its builder generated from the engine's transition table: the default. */
    SQUIRREL,
    /** A plain lookup of the target status in the transition table; a benchmark baseline only. */
    TABLE_LOOKUP
}
