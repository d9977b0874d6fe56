package io.paystate.model;

import java.util.Optional;

/** Stripe's error {@code type}: the class of an API error or of {@code last_payment_error}. */
public enum ErrorType implements WireEnum {
    /** Stripe's error type {@code api_error}. */
    API_ERROR("api_error"),
    /** Stripe's error type {@code card_error}. */
    CARD_ERROR("card_error"),
    /** Stripe's error type {@code idempotency_error}. */
    IDEMPOTENCY_ERROR("idempotency_error"),
    /** Stripe's error type {@code invalid_request_error}. */
    INVALID_REQUEST_ERROR("invalid_request_error");

    private final String wireName;

    ErrorType(String wireName) {
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
    public static Optional<ErrorType> fromWire(String wireName) {
        for (ErrorType value : values()) {
            if (value.wireName.equals(wireName)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
