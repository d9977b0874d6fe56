package io.paystate.model;

import java.util.Optional;

/** When 3-D Secure is requested for a card payment ({@code payment_method_options.card.request_three_d_secure}). */
public enum ThreeDSecureRequest implements WireEnum {
    /** {@code automatic} on the wire. */
    AUTOMATIC("automatic"),
    /** {@code any} on the wire. */
    ANY("any"),
    /** {@code challenge} on the wire. */
    CHALLENGE("challenge");

    private final String wireName;

    ThreeDSecureRequest(String wireName) {
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
    public static Optional<ThreeDSecureRequest> fromWire(String wireName) {
        for (ThreeDSecureRequest value : values()) {
            if (value.wireName.equals(wireName)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
