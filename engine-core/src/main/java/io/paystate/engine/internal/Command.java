package io.paystate.engine.internal;

/**
 * One request bound to what serves it: first {@link #validate()} (the parameter rules that need no
 * stored state, before anything is stored or remembered), then {@link #run()}. A command is made per
 * request and used once, so validation may keep the typed values it parsed for the run.
 *
 * @param <T> the type of the response body
 */
@FunctionalInterface
interface Command<T> {

    /** Checks the parameters; throws the typed 400 of the first rule broken. */
    default void validate() {}

    /** Executes the request and returns its response body. */
    T run();
}
