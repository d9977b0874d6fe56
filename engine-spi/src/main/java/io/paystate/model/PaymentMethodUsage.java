package io.paystate.model;

/**
 * Where a stored payment method stands in Stripe's reuse rules: a method is usable once unless it
 * is attached to a customer, and a detached one is never usable again.
 */
public enum PaymentMethodUsage implements WireEnum {
    /** Created, not used and not attached: usable once, or attachable. */
    NEW("new"),
    /** Attached to a customer: usable for that customer's payments, again and again. */
    ATTACHED("attached"),
    /** Used once without being attached: never usable or attachable again. */
    CONSUMED("consumed"),
    /** Detached from its customer: final, never usable or attachable again. */
    DETACHED("detached");

    private final String wireName;

    PaymentMethodUsage(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Returns whether a method in this state may never be used again.
     *
     * @return true for {@link #CONSUMED} and {@link #DETACHED}
     */
    public boolean spent() {
        return this == CONSUMED || this == DETACHED;
    }
}
