package io.paystate.engine.internal;

/**
 * What moves an intent: an API operation or a clock-driven event. The state machine's event type.
 */
public enum Trigger {
    /** Changes of payment fields (amount, currency, payment method, capture method, ...). */
    UPDATE_PAYMENT("update"),
    /** Changes of descriptive fields (metadata, description, receipt email, shipping, ...). */
    UPDATE_DETAILS("update"),
    CONFIRM("confirm"),
    COMPLETE_ACTION("complete the action of"),
    CAPTURE("capture"),
    CANCEL("cancel"),
    INCREMENT_AUTHORIZATION("increment the authorization of"),
    VERIFY_MICRODEPOSITS("verify microdeposits for"),
    APPLY_CUSTOMER_BALANCE("apply a customer balance to"),
    /** The authorization window ended (clock). */
    EXPIRE("expire"),
    /** An asynchronous payment settled (clock). */
    SETTLE("settle");

    private final String verb;

    Trigger(String verb) {
        this.verb = verb;
    }

    /** Returns the verb used in wrong-state messages, e.g. {@code capture}. */
    public String verb() {
        return verb;
    }
}
