package io.paystate.model;

import java.util.Optional;

/** When the funds of a successful authorization are captured. {@code automatic_async} is the default (spec A 1). */
public enum CaptureMethod implements WireEnum {
    /** {@code automatic} on the wire. */
    AUTOMATIC("automatic"),
    /** {@code automatic_async} on the wire. */
    AUTOMATIC_ASYNC("automatic_async"),
    /** {@code manual} on the wire. */
    MANUAL("manual");

    private final String wireName;

    CaptureMethod(String wireName) {
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
    public static Optional<CaptureMethod> fromWire(String wireName) {
        for (CaptureMethod value : values()) {
            if (value.wireName.equals(wireName)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
