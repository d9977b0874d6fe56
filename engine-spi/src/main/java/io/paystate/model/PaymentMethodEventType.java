package io.paystate.model;

/** The event types of stored payment methods. */
public enum PaymentMethodEventType implements WireEnum {
    /** The event type {@code payment_method.attached}. */
    PAYMENT_METHOD_ATTACHED("payment_method.attached"),
    /** The event type {@code payment_method.detached}. */
    PAYMENT_METHOD_DETACHED("payment_method.detached"),
    /** The event type {@code payment_method.updated}. */
    PAYMENT_METHOD_UPDATED("payment_method.updated");

    private final String wireName;

    PaymentMethodEventType(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
