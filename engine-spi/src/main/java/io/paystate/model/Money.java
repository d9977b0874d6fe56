package io.paystate.model;

import java.util.Objects;

/**
 * An amount in a currency's smallest unit.
 *
 * @param amount the amount in minor units, never negative
 * @param currency the currency, never null
 */
public record Money(long amount, Currency currency) {
    /**
     * Throws {@link IllegalArgumentException} if {@code amount} is negative.
     *
     * @param amount the amount in minor units, never negative
     * @param currency the currency, never null
     */
    public Money {
        Objects.requireNonNull(currency, "currency");
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
    }

    /**
     * Returns {@code amount} of {@code currencyCode}.
     *
     * @param amount the amount in minor units, never negative
     * @param currencyCode the currency code
     * @return {@code amount} of {@code currencyCode}
     */
    public static Money of(long amount, String currencyCode) {
        return new Money(amount, Currency.of(currencyCode));
    }

    @Override
    public String toString() {
        return amount + " " + currency;
    }
}
