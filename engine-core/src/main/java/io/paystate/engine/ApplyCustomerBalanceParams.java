package io.paystate.engine;

import org.jspecify.annotations.Nullable;

/**
 * The parameters of applying the customer's cash balance to an intent waiting for funds
 * ({@code POST /v1/payment_intents/:id/apply_customer_balance}).
 *
 * @param amount how much to apply, minor units; default what remains to be funded
 * @param currency must be the intent's currency when given
 */
public record ApplyCustomerBalanceParams(@Nullable Long amount, @Nullable String currency) {
    /**
     * Returns parameters applying everything that remains.
     *
     * @return parameters applying everything that remains
     */
    public static ApplyCustomerBalanceParams remaining() {
        return new ApplyCustomerBalanceParams(null, null);
    }

    /**
     * Returns parameters applying {@code amount}.
     *
     * @param amount how much to apply, minor units; default what remains to be funded
     * @return parameters applying {@code amount}
     */
    public static ApplyCustomerBalanceParams amount(long amount) {
        return new ApplyCustomerBalanceParams(amount, null);
    }
}
