package io.paystate.model;

import java.util.Optional;

/**
 * Why a SetupIntent was canceled, among the reasons a request may give ({@code cancellation_reason}
 * on {@code POST /v1/setup_intents/:id/cancel}).
 */
public enum SetupIntentCancellationReason implements WireEnum {
    /** {@code abandoned} on the wire. */
    ABANDONED("abandoned"),
    /** {@code duplicate} on the wire. */
    DUPLICATE("duplicate"),
    /** {@code requested_by_customer} on the wire. */
    REQUESTED_BY_CUSTOMER("requested_by_customer");

    private final String wireName;

    SetupIntentCancellationReason(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the reason with this wire name, or empty when there is none.
     *
     * @param wireName the wire name
     * @return the reason, or empty
     */
    public static Optional<SetupIntentCancellationReason> fromWire(String wireName) {
        for (SetupIntentCancellationReason value : values()) {
            if (value.wireName.equals(wireName)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
