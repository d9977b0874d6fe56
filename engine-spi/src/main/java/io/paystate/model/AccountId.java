package io.paystate.model;

/**
 * The account (tenant) that owns intents and idempotency keys. An intent or key of one account is
 * invisible to every other account.
 *
 * @param value 1 to 5000 characters, not blank
 */
public record AccountId(String value) {
    /** The account used when a request names none. */
    public static final AccountId DEFAULT = new AccountId("acct_default");

    /**
     * Throws {@link IllegalArgumentException} if {@code value} is blank or too long.
     *
     * @param value 1 to 5000 characters, not blank
     */
    public AccountId {
        Ids.checkOpaque(value, "AccountId");
    }

    /**
     * Returns the account for a wire value.
     *
     * @param value 1 to 5000 characters, not blank
     * @return the account for a wire value
     */
    public static AccountId of(String value) {
        return new AccountId(value);
    }

    // Written out: ids are compared and hashed on every map lookup, and the record's generated
    // equals runs through a method-handle chain that compiled callers do not always inline.
    @Override
    public boolean equals(Object o) {
        return o instanceof AccountId other && value.equals(other.value);
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
