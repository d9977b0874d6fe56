package io.paystate.model;

/**
 * The id of a customer ({@code cus_...}). Intents name customers the engine keeps (see {@link Customer});
 * the value itself is opaque: it is stored, filtered and searched as given.
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
