package io.paystate.sim;

/**
 * A scenario that cannot run: an unreadable file, an unknown key or an impossible value. The message
 * is one line meant for the person who wrote the file, so it names the file and the key.
 */
final class ScenarioException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    ScenarioException(String message) {
        super(message);
    }
}
