package io.paystate.model;

/**
 * The id of a payment method ({@code pm_...}). Test payment-method ids are kept exactly as given.
 *
 * @param value the wire form, starting with {@code pm_}
 */
public record PaymentMethodId(String value) {
    /**
     * Throws {@link IllegalArgumentException} if {@code value} lacks the {@code pm_} prefix.
     *
     * @param value the wire form, starting with {@code pm_}
     */
    public PaymentMethodId {
        Ids.check(value, "pm_", "PaymentMethodId");
    }

    /**
     * Returns the id for a wire value.
     *
     * @param value the wire form, starting with {@code pm_}
     * @return the id for a wire value
     */
    public static PaymentMethodId of(String value) {
        return new PaymentMethodId(value);
    }

    // Written out: ids are compared and hashed on every map lookup, and the record's generated
    // equals runs through a method-handle chain that compiled callers do not always inline.
    @Override
    public boolean equals(Object o) {
        return o instanceof PaymentMethodId other && value.equals(other.value);
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
