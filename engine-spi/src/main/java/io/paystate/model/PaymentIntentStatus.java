package io.paystate.model;

import java.util.Optional;

/**
 * The status of a PaymentIntent (spec B 2.1). {@link #SUCCEEDED} and {@link #CANCELED} are terminal:
 * no operation ever changes them again.
 *
 * <p>Each constant has an empty body, so its runtime class is a subclass of this enum: compare
 * statuses with {@code ==} or {@link Enum#getDeclaringClass()}, never {@code getClass()}. The
 * bodies are there for the state machine library, which names a state by looking up its
 * {@code name()} method reflectively on every transition when the state's class is an enum class,
 * and by its {@link #toString()}, which is the same name, otherwise.
 */
public enum PaymentIntentStatus implements WireEnum {
    /** Waiting for a payment method; also where a failed attempt lands. */
    REQUIRES_PAYMENT_METHOD("requires_payment_method") { },
    /** A payment method is attached; the intent waits for a confirmation. */
    REQUIRES_CONFIRMATION("requires_confirmation") { },
    /** The customer must act (3-D Secure); see {@link PaymentIntent#nextAction()}. */
    REQUIRES_ACTION("requires_action") { },
    /** An asynchronous payment method awaits its outcome. */
    PROCESSING("processing") { },
    /** Authorized and held, waiting for a manual capture (or its expiry). */
    REQUIRES_CAPTURE("requires_capture") { },
    /** Terminal: the funds were captured. */
    SUCCEEDED("succeeded") { },
    /** Terminal: canceled by a request or by expiry of the authorization. */
    CANCELED("canceled") { };

    private final String wireName;

    PaymentIntentStatus(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Returns true for {@link #SUCCEEDED} and {@link #CANCELED}.
     *
     * @return true for {@link #SUCCEEDED} and {@link #CANCELED}
     */
    public boolean isTerminal() {
        return this == SUCCEEDED || this == CANCELED;
    }

    /**
     * Returns the status with this wire name, or empty when there is none.
     *
     * @param wireName the wire name
     * @return the status with this wire name, or empty when there is none
     */
    public static Optional<PaymentIntentStatus> fromWire(String wireName) {
        for (PaymentIntentStatus value : values()) {
            if (value.wireName.equals(wireName)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
