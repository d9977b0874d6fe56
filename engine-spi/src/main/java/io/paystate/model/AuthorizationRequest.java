package io.paystate.model;

import java.util.Optional;

/** Whether an optional card authorization feature (incremental or extended authorization) was requested. */
public enum AuthorizationRequest implements WireEnum {
    /** {@code if_available} on the wire. */
    IF_AVAILABLE("if_available"),
    /** {@code never} on the wire. */
    NEVER("never");

    private final String wireName;

    AuthorizationRequest(String wireName) {
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
    public static Optional<AuthorizationRequest> fromWire(String wireName) {
        for (AuthorizationRequest value : values()) {
            if (value.wireName.equals(wireName)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
