package io.paystate.engine;

/**
 * An invalid request (HTTP 400, 404, 409 or 429, type {@code invalid_request_error}): bad parameters,
 * an operation the intent's status does not allow, an unknown intent, an idempotency key in use, a
 * lock that could not be taken.
 */
public final class InvalidRequestException extends PaymentEngineException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; see {@link PaymentEngineException#of(ErrorDetails)}.
     *
     * @param details the error details
     */
    public InvalidRequestException(ErrorDetails details) {
        super(details, null, false);
    }
}
