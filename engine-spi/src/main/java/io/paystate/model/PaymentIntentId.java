package io.paystate.model;

/**
 * The typed value of the id of a PaymentIntent, `pi_` followed by an opaque suffix.
 *
 * @param value the wire form, never null, starting with {@code pi_}
 */
public record PaymentIntentId(String value) {
    /**
     * Throws {@link IllegalArgumentException} if {@code value} lacks the {@code pi_} prefix.
     *
     * @param value the wire form, never null, starting with {@code pi_}
     */
    public PaymentIntentId {
        Ids.check(value, "pi_", "PaymentIntentId");
    }

    /**
     * Returns the id for a wire value; equivalent to the constructor.
     *
     * @param value the wire form, never null, starting with {@code pi_}
     * @return the id for a wire value; equivalent to the constructor
     */
    public static PaymentIntentId of(String value) {
        return new PaymentIntentId(value);
    }

    // Written out: ids are compared and hashed on every map lookup, and the record's generated
    // equals runs through a method-handle chain that compiled callers do not always inline.
    @Override
    public boolean equals(Object o) {
        return o instanceof PaymentIntentId other && value.equals(other.value);
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
