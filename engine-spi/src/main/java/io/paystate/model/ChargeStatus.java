package io.paystate.model;

import java.util.Optional;

/** The status of a Charge. */
public enum ChargeStatus implements WireEnum {
    /** {@code succeeded} on the wire. */
    SUCCEEDED("succeeded"),
    /** {@code pending} on the wire. */
    PENDING("pending"),
    /** {@code failed} on the wire. */
    FAILED("failed");

    private final String wireName;

    ChargeStatus(String wireName) {
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
    public static Optional<ChargeStatus> fromWire(String wireName) {
        for (ChargeStatus value : values()) {
            if (value.wireName.equals(wireName)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
