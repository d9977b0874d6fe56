package io.paystate.model;

/**
 * The typed value of the id of a Charge, `ch_` followed by an opaque suffix.
 *
 * @param value the wire form, never null, starting with {@code ch_}
 */
public record ChargeId(String value) {
    /**
     * Throws {@link IllegalArgumentException} if {@code value} lacks the {@code ch_} prefix.
     *
     * @param value the wire form, never null, starting with {@code ch_}
     */
    public ChargeId {
        Ids.check(value, "ch_", "ChargeId");
    }

    /**
     * Returns the id for a wire value; equivalent to the constructor.
     *
     * @param value the wire form, never null, starting with {@code ch_}
     * @return the id for a wire value; equivalent to the constructor
     */
    public static ChargeId of(String value) {
        return new ChargeId(value);
    }

    // Written out: ids are compared and hashed on every map lookup, and the record's generated
    // equals runs through a method-handle chain that compiled callers do not always inline.
    @Override
    public boolean equals(Object o) {
        return o instanceof ChargeId other && value.equals(other.value);
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
