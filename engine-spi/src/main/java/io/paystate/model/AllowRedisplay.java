package io.paystate.model;

/**
 * Stripe's {@code allow_redisplay} of a payment method: whether it may be shown again to its
 * customer in a checkout flow. PayState keeps and shows it; nothing in the engine reads it.
 */
public enum AllowRedisplay implements WireEnum {
    /** {@code always}. */
    ALWAYS("always"),
    /** {@code limited}. */
    LIMITED("limited"),
    /** {@code unspecified}, the default. */
    UNSPECIFIED("unspecified");

    private final String wireName;

    AllowRedisplay(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
