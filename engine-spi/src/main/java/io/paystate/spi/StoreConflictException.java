package io.paystate.spi;

/**
 * Thrown by a {@link PaymentIntentStore} when a compare-and-set write finds another version than the
 * one expected, or an insert finds the id taken. The engine reloads and retries, or fails cleanly;
 * it never half-applies an operation.
 */
public final class StoreConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message naming the intent and the versions involved.
     *
     * @param message the human-readable message
     */
    public StoreConflictException(String message) {
        super(message, null, false, false);
    }
}
