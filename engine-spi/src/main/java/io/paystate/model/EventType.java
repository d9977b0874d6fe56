package io.paystate.model;

import java.util.Optional;

/**
 * The event types the engine emits (spec B 3.1): every {@code payment_intent.*} type and the
 * {@code charge.*} types that accompany them. There is deliberately no {@code payment_intent.updated}.
 */
public enum EventType implements WireEnum {
    /** The event type {@code payment_intent.created}. */
    PAYMENT_INTENT_CREATED("payment_intent.created"),
    /** The event type {@code payment_intent.requires_action}. */
    PAYMENT_INTENT_REQUIRES_ACTION("payment_intent.requires_action"),
    /** The event type {@code payment_intent.processing}. */
    PAYMENT_INTENT_PROCESSING("payment_intent.processing"),
    /** The event type {@code payment_intent.amount_capturable_updated}. */
    PAYMENT_INTENT_AMOUNT_CAPTURABLE_UPDATED("payment_intent.amount_capturable_updated"),
    /** The event type {@code payment_intent.succeeded}. */
    PAYMENT_INTENT_SUCCEEDED("payment_intent.succeeded"),
    /** The event type {@code payment_intent.payment_failed}. */
    PAYMENT_INTENT_PAYMENT_FAILED("payment_intent.payment_failed"),
    /** The event type {@code payment_intent.canceled}. */
    PAYMENT_INTENT_CANCELED("payment_intent.canceled"),
    /** The event type {@code payment_intent.partially_funded}. */
    PAYMENT_INTENT_PARTIALLY_FUNDED("payment_intent.partially_funded"),
    /** The event type {@code charge.succeeded}. */
    CHARGE_SUCCEEDED("charge.succeeded"),
    /** The event type {@code charge.pending}. */
    CHARGE_PENDING("charge.pending"),
    /** The event type {@code charge.failed}. */
    CHARGE_FAILED("charge.failed"),
    /** The event type {@code charge.captured}. */
    CHARGE_CAPTURED("charge.captured"),
    /** The event type {@code charge.expired}. */
    CHARGE_EXPIRED("charge.expired"),
    /** The event type {@code charge.refunded}. */
    CHARGE_REFUNDED("charge.refunded");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Returns true for the {@code payment_intent.*} types.
     *
     * @return true for the {@code payment_intent.*} types
     */
    public boolean isPaymentIntentEvent() {
        return wireName.startsWith("payment_intent.");
    }

    /**
     * Returns the type with this wire name, or empty when there is none.
     *
     * @param wireName the wire name
     * @return the type with this wire name, or empty when there is none
     */
    public static Optional<EventType> fromWire(String wireName) {
        for (EventType value : values()) {
            if (value.wireName.equals(wireName)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
