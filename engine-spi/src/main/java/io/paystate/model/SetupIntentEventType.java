package io.paystate.model;

import java.util.Optional;

/** The event types of SetupIntents. */
public enum SetupIntentEventType implements WireEnum {
    /** {@code setup_intent.created}: a SetupIntent was created. */
    SETUP_INTENT_CREATED("setup_intent.created"),
    /** {@code setup_intent.requires_action}: the customer must act (3-D Secure, microdeposits). */
    SETUP_INTENT_REQUIRES_ACTION("setup_intent.requires_action"),
    /** {@code setup_intent.setup_failed}: a setup attempt failed; see {@code last_setup_error}. */
    SETUP_INTENT_SETUP_FAILED("setup_intent.setup_failed"),
    /** {@code setup_intent.succeeded}: the payment method is set up. */
    SETUP_INTENT_SUCCEEDED("setup_intent.succeeded"),
    /** {@code setup_intent.canceled}: the SetupIntent was canceled. */
    SETUP_INTENT_CANCELED("setup_intent.canceled");

    private final String wireName;

    SetupIntentEventType(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the type with this wire name, or empty when there is none.
     *
     * @param wireName the wire name
     * @return the type, or empty
     */
    public static Optional<SetupIntentEventType> fromWire(String wireName) {
        for (SetupIntentEventType value : values()) {
            if (value.wireName.equals(wireName)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
