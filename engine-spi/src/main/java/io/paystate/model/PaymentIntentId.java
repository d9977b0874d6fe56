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

    @Override
    public String toString() {
        return value;
    }
}
