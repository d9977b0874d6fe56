package io.paystate.engine.internal;

/**
 * What moves a SetupIntent: an API operation or a clock-driven settlement. The event type of the
 * SetupIntent's state machine, as {@link Trigger} is the PaymentIntent's.
 */
public enum SetupTrigger {
    /** Changes of the payment method (and the fields that go with it: customer, types, options). */
    UPDATE_PAYMENT("update"),
    /** Changes of descriptive fields (metadata, description). */
    UPDATE_DETAILS("update"),
    /** A confirmation: one setup attempt. */
    CONFIRM("confirm"),
    /** The customer's answer to a 3-D Secure challenge. */
    COMPLETE_ACTION("complete the action of"),
    /** Microdeposit amounts or a descriptor code of a US bank account. */
    VERIFY_MICRODEPOSITS("verify microdeposits for"),
    /** Cancellation. */
    CANCEL("cancel"),
    /** An asynchronous setup (a bank debit mandate) settled on the clock. */
    SETTLE("settle");

    private final String verb;

    SetupTrigger(String verb) {
        this.verb = verb;
    }

    /** Returns the verb used in wrong-state messages, e.g. {@code cancel}. */
    public String verb() {
        return verb;
    }
}
