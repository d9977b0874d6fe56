package io.paystate.engine;

/**
 * A payment attempt was declined (HTTP 402, type {@code card_error}). The attempt is recorded on the intent, which this exception carries in {@link #paymentIntent()}; created without a stack trace, as declines are expected business outcomes.
 */
public final class CardException extends PaymentEngineException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; see {@link PaymentEngineException#of(ErrorDetails)}.
     *
     * @param details the error details
     */
    public CardException(ErrorDetails details) {
        super(details, null, false);
    }
}
