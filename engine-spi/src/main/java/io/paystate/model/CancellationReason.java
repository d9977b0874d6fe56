package io.paystate.model;

import java.util.Optional;

/** Why an intent was canceled. Only the first four may be given to cancel; the engine itself sets {@code automatic} when an authorization expires. */
public enum CancellationReason implements WireEnum {
    ABANDONED("abandoned"),
    DUPLICATE("duplicate"),
    FRAUDULENT("fraudulent"),
    REQUESTED_BY_CUSTOMER("requested_by_customer"),
    AUTOMATIC("automatic"),
    EXPIRED("expired"),
    FAILED_INVOICE("failed_invoice"),
    VOID_INVOICE("void_invoice");

    private final String wireName;

    CancellationReason(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** Returns the constant with this wire name, or empty when there is none. */
    public static Optional<CancellationReason> fromWire(String wireName) {
        for (CancellationReason value : values()) {
            if (value.wireName.equals(wireName)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
