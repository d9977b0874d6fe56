package io.paystate.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Shipping information of an intent.
 *
 * @param name recipient name
 * @param address where to ship
 * @param phone recipient phone
 * @param carrier the delivery service
 * @param trackingNumber the carrier's tracking number
 */
public record Shipping(
        String name, Address address, @Nullable String phone, @Nullable String carrier, @Nullable String trackingNumber) {
    /**
     * Throws {@link NullPointerException} if name or address is null.
     *
     * @param name recipient name
     * @param address where to ship
     * @param phone recipient phone
     * @param carrier the delivery service
     * @param trackingNumber the carrier's tracking number
     */
    public Shipping {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
    }
}
