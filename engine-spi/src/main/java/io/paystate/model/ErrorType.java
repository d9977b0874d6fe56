package io.paystate.model;

import java.util.Optional;

/** Stripe's error {@code type}: the class of an API error or of {@code last_payment_error}. */
public enum ErrorType implements WireEnum {
    API_ERROR("api_error"),
    CARD_ERROR("card_error"),
    IDEMPOTENCY_ERROR("idempotency_error"),
    INVALID_REQUEST_ERROR("invalid_request_error");

    private final String wireName;

    ErrorType(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** Returns the constant with this wire name, or empty when there is none. */
    public static Optional<ErrorType> fromWire(String wireName) {
        for (ErrorType value : values()) {
            if (value.wireName.equals(wireName)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
