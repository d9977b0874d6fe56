package io.paystate.engine;

/**
 * An idempotency key was reused with other parameters, or for another operation or intent (HTTP 400, type {@code idempotency_error}).
 */
public final class IdempotencyException extends PaymentEngineException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; see {@link PaymentEngineException#of(ErrorDetails)}.
     *
     * @param details the error details
     */
    public IdempotencyException(ErrorDetails details) {
        super(details, null, false);
    }
}
