package io.paystate.spi;

/** The kinds of ids the engine mints, with Stripe's prefixes and random-part lengths. */
public enum IdKind {
    PAYMENT_INTENT("pi_", 24),
    CHARGE("ch_", 24),
    EVENT("evt_", 24),
    REFUND("re_", 24),
    PAYMENT_METHOD("pm_", 24),
    LINE_ITEM("uli_", 24),
    REQUEST("req_", 14),
    /** The random part of a client secret, {@code <intent id>_secret_<25 characters>}. */
    CLIENT_SECRET("", 25);

    private final String prefix;
    private final int randomLength;

    IdKind(String prefix, int randomLength) {
        this.prefix = prefix;
        this.randomLength = randomLength;
    }

    /** Returns the prefix, e.g. {@code pi_}. */
    public String prefix() {
        return prefix;
    }

    /** Returns how many base-62 characters follow the prefix. */
    public int randomLength() {
        return randomLength;
    }
}
