package io.paystate.model;

import java.util.Optional;

/**
 * The status of a SetupIntent. {@link #SUCCEEDED} and {@link #CANCELED} are terminal: no operation
 * changes them again.
 *
 * <p>Each constant has an empty body, so its runtime class is a subclass of this enum: compare
 * statuses with {@code ==} or {@link Enum#getDeclaringClass()}, never {@code getClass()}. The
 * bodies are there for the state machine library, which names a state by looking up its
 * {@code name()} method reflectively on every transition when the state's class is an enum class,
 * and by its {@link #toString()}, which is the same name, otherwise.
 */
public enum SetupIntentStatus implements WireEnum {
    /** Waiting for a payment method; also where a failed setup attempt lands. */
    REQUIRES_PAYMENT_METHOD("requires_payment_method") { },
    /** A payment method is attached; the intent waits for a confirmation. */
    REQUIRES_CONFIRMATION("requires_confirmation") { },
    /** The customer must act (3-D Secure, microdeposits); see {@link SetupIntent#nextAction()}. */
    REQUIRES_ACTION("requires_action") { },
    /** An asynchronous payment method (a bank debit mandate) awaits its outcome. */
    PROCESSING("processing") { },
    /** Terminal: the payment method is set up for future payments. */
    SUCCEEDED("succeeded") { },
    /** Terminal: the setup was abandoned. */
    CANCELED("canceled") { };

    private final String wireName;

    SetupIntentStatus(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Returns true for {@link #SUCCEEDED} and {@link #CANCELED}.
     *
     * @return true for the terminal statuses
     */
    public boolean isTerminal() {
        return this == SUCCEEDED || this == CANCELED;
    }

    /**
     * Returns the status with this wire name, or empty when there is none.
     *
     * @param wireName the wire name
     * @return the status, or empty
     */
    public static Optional<SetupIntentStatus> fromWire(String wireName) {
        for (SetupIntentStatus value : values()) {
            if (value.wireName.equals(wireName)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
