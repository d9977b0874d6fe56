package io.paystate.model;

/**
 * A card's expiry month and year, as a stored card payment method keeps them ({@code card[exp_month]},
 * {@code card[exp_year]}) and shows them on the method.
 *
 * @param month the month, 1 to 12
 * @param year the four-digit year
 */
public record CardExpiry(int month, int year) {
    /**
     * What the test-mode cards show when no expiry was given (a test id, a token, a card number
     * without one): December 2034, as Stripe's test payment methods do.
     */
    public static final CardExpiry TEST_DEFAULT = new CardExpiry(12, 2034);

    /**
     * Throws {@link IllegalArgumentException} if the month is not 1 to 12 or the year not 1 to 9999.
     *
     * @param month the month, 1 to 12
     * @param year the four-digit year
     */
    public CardExpiry {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1 to 12, got " + month);
        }
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year must be 1 to 9999, got " + year);
        }
    }

    /**
     * Returns whether the card has expired by the given month: a card is valid through the last day
     * of its expiry month.
     *
     * @param currentYear the year now
     * @param currentMonth the month now, 1 to 12
     * @return whether the expiry month lies before the current one
     */
    public boolean before(int currentYear, int currentMonth) {
        return year < currentYear || (year == currentYear && month < currentMonth);
    }
}
