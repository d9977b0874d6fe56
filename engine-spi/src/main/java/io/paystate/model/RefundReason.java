package io.paystate.model;

import java.util.Optional;

/** Why (part of) a charge was refunded. */
public enum RefundReason implements WireEnum {
    /** {@code duplicate} on the wire. */
    DUPLICATE("duplicate"),
    /** {@code fraudulent} on the wire. */
    FRAUDULENT("fraudulent"),
    /** {@code requested_by_customer} on the wire. */
    REQUESTED_BY_CUSTOMER("requested_by_customer"),
    /** {@code expired_uncaptured_charge} on the wire. */
    EXPIRED_UNCAPTURED_CHARGE("expired_uncaptured_charge");

    private final String wireName;

    RefundReason(String wireName) {
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
    public static Optional<RefundReason> fromWire(String wireName) {
        for (RefundReason value : values()) {
            if (value.wireName.equals(wireName)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
