package io.paystate.engine;

/** What the customer did with a 3-D Secure challenge, for {@link PaymentEngine#completeAction}. */
public enum ActionOutcome {
    /** The customer authenticated. */
    SUCCESS,
    /** The customer failed or abandoned the challenge. */
    FAILURE
}
