package io.paystate.model;

import java.util.Optional;

/** Whether a completed next action confirms the intent ({@code automatic}) or returns it to {@code requires_confirmation} ({@code manual}). */
public enum ConfirmationMethod implements WireEnum {
    /** {@code automatic} on the wire. */
    AUTOMATIC("automatic"),
    /** {@code manual} on the wire. */
    MANUAL("manual");

    private final String wireName;

    ConfirmationMethod(String wireName) {
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
    public static Optional<ConfirmationMethod> fromWire(String wireName) {
        for (ConfirmationMethod value : values()) {
            if (value.wireName.equals(wireName)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
