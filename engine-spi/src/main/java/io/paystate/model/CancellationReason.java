package io.paystate.model;

import java.util.Optional;

/** Why an intent was canceled. Only the first four may be given to cancel; the engine itself sets {@code automatic} when an authorization expires. */
public enum CancellationReason implements WireEnum {
    /** {@code abandoned} on the wire. */
    ABANDONED("abandoned"),
    /** {@code duplicate} on the wire. */
    DUPLICATE("duplicate"),
    /** {@code fraudulent} on the wire. */
    FRAUDULENT("fraudulent"),
    /** {@code requested_by_customer} on the wire. */
    REQUESTED_BY_CUSTOMER("requested_by_customer"),
    /** {@code automatic} on the wire. */
    AUTOMATIC("automatic"),
    /** {@code expired} on the wire. */
    EXPIRED("expired"),
    /** {@code failed_invoice} on the wire. */
    FAILED_INVOICE("failed_invoice"),
    /** {@code void_invoice} on the wire. */
    VOID_INVOICE("void_invoice");

    private final String wireName;

    CancellationReason(String wireName) {
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
    public static Optional<CancellationReason> fromWire(String wireName) {
        for (CancellationReason value : values()) {
            if (value.wireName.equals(wireName)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
