package io.paystate.model;

/**
 * The id of a host-owned customer ({@code cus_...} on Stripe). The engine keeps no Customer objects:
 * it stores, filters and searches by this opaque value and never checks that the customer exists.
 *
 * @param value 1 to 5000 characters, not blank
 */
public record CustomerId(String value) {
    /**
     * Throws {@link IllegalArgumentException} if {@code value} is blank or too long.
     *
     * @param value 1 to 5000 characters, not blank
     */
    public CustomerId {
        Ids.checkOpaque(value, "CustomerId");
    }

    /**
     * Returns the id for a wire value.
     *
     * @param value 1 to 5000 characters, not blank
     * @return the id for a wire value
     */
    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
