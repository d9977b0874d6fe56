package io.paystate.model;

import java.util.Optional;

/** How the payment method may be reused later. */
public enum SetupFutureUsage implements WireEnum {
    /** {@code on_session} on the wire. */
    ON_SESSION("on_session"),
    /** {@code off_session} on the wire. */
    OFF_SESSION("off_session");

    private final String wireName;

    SetupFutureUsage(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the constant with this wire name, or empty when there is none.
     *
     * @param wireName the wire name
     * @return the constant with this wire name, or empty when there is none
     */
    public static Optional<SetupFutureUsage> fromWire(String wireName) {
        for (SetupFutureUsage value : values()) {
            if (value.wireName.equals(wireName)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
