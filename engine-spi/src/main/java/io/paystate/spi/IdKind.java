package io.paystate.spi;

/** The kinds of ids the engine mints, with Stripe's prefixes and random-part lengths. */
public enum IdKind {
    /** Intent ids: {@code pi_} and 24 random characters. */
    PAYMENT_INTENT("pi_", 24),
    /** Charge ids: {@code ch_} and 24 random characters. */
    CHARGE("ch_", 24),
    /** Event ids: {@code evt_} and 24 random characters. */
    EVENT("evt_", 24),
    /** Refund ids: {@code re_} and 24 random characters. */
    REFUND("re_", 24),
    /** Payment method ids: {@code pm_} and 24 random characters. */
    PAYMENT_METHOD("pm_", 24),
    /** Customer ids: {@code cus_} and 14 random characters. */
    CUSTOMER("cus_", 14),
    /** SetupIntent ids: {@code seti_} and 24 random characters. */
    SETUP_INTENT("seti_", 24),
    /** Setup attempt ids: {@code setatt_} and 24 random characters. */
    SETUP_ATTEMPT("setatt_", 24),
    /** Line item ids: {@code uli_} and 24 random characters. */
    LINE_ITEM("uli_", 24),
    /** Request ids: {@code req_} and 14 random characters. */
    REQUEST("req_", 14),
    /** The random part of a client secret, {@code <intent id>_secret_<25 characters>}. */
    CLIENT_SECRET("", 25);

    private final String prefix;
    private final int randomLength;

    IdKind(String prefix, int randomLength) {
        this.prefix = prefix;
        this.randomLength = randomLength;
    }

    /**
     * Returns the prefix, e.g. {@code pi_}.
     *
     * @return the prefix, e.g. {@code pi_}
     */
    public String prefix() {
        return prefix;
    }

    /**
     * Returns how many base-62 characters follow the prefix.
     *
     * @return how many base-62 characters follow the prefix
     */
    public int randomLength() {
        return randomLength;
    }
}
