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

    // Written out: ids are compared and hashed on every map lookup, and the record's generated
    // equals runs through a method-handle chain that compiled callers do not always inline.
    @Override
    public boolean equals(Object o) {
        return o instanceof CustomerId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
