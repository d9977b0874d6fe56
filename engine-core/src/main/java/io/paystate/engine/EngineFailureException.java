package io.paystate.engine;

import org.jspecify.annotations.Nullable;

/**
 * The engine or a host SPI failed (HTTP 500, type {@code api_error}): a storage error, a processor
 * exception, a state-machine failure. Nothing was changed. Carries the original failure as its cause.
 */
public final class EngineFailureException extends PaymentEngineException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with the failure that caused it.
     *
     * @param details the error details
     * @param cause the cause
     */
    public EngineFailureException(ErrorDetails details, @Nullable Throwable cause) {
        super(details, cause, true);
    }
}
