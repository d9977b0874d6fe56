package io.paystate.spi;

import io.paystate.model.AccountId;
import io.paystate.model.Currency;
import io.paystate.model.PaymentIntentId;
import java.util.Objects;

/**
 * A movement of funds the engine asks the processor to make on an approved authorization: a capture,
 * or a release of held funds.
 *
 * @param account the owning account
 * @param paymentIntent the intent
 * @param attemptId the {@link AuthorizationAttempt#attemptId() attempt} whose authorization moves;
 *     a processor deduplicates on it together with the kind of movement
 * @param amount the amount moved, in minor units, positive
 * @param currency the currency
 */
public record FundsMovement(AccountId account, PaymentIntentId paymentIntent, String attemptId, long amount,
        Currency currency) {
    /**
     * Throws {@link IllegalArgumentException} if the amount is not positive.
     *
     * @param account the owning account
     * @param paymentIntent the intent
     * @param attemptId the {@link AuthorizationAttempt#attemptId() attempt} whose authorization moves; a processor deduplicates on it together with the kind of movement
     * @param amount the amount moved, in minor units, positive
     * @param currency the currency
     */
    public FundsMovement {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(paymentIntent, "paymentIntent");
        Objects.requireNonNull(attemptId, "attemptId");
        Objects.requireNonNull(currency, "currency");
        if (amount < 1) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
    }
}
