package io.paystate.model;

import java.util.Optional;

/** The event types of customers: {@code customer.created}, {@code customer.updated}, {@code customer.deleted}. */
public enum CustomerEventType implements WireEnum {
    /** The event type {@code customer.created}. */
    CUSTOMER_CREATED("customer.created"),
    /** The event type {@code customer.updated}. */
    CUSTOMER_UPDATED("customer.updated"),
    /** The event type {@code customer.deleted}. */
    CUSTOMER_DELETED("customer.deleted");

    private final String wireName;

    CustomerEventType(String wireName) {
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
     * @return the type with this wire name, or empty when there is none
     */
    public static Optional<CustomerEventType> fromWire(String wireName) {
        for (CustomerEventType value : values()) {
            if (value.wireName.equals(wireName)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
