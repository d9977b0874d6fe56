package io.paystate.spi;

import io.paystate.model.AccountId;
import io.paystate.model.PaymentIntent;
import java.time.Instant;
import java.util.Objects;

/**
 * One payment attempt the processor decides on.
 *
 * @param account the owning account
 * @param intent the intent as it stands when the attempt starts (amount, currency, options)
 * @param paymentMethod the payment method to charge
 * @param offSession whether the customer is absent ({@code off_session=true}): a card that needs
 *     authentication must then decline with {@code authentication_required}
 * @param attemptedAt the engine-clock time of the attempt
 */
public record AuthorizationAttempt(
        AccountId account, PaymentIntent intent, PaymentMethodDetails paymentMethod, boolean offSession,
        Instant attemptedAt) {
    /**
     * Throws {@link NullPointerException} if a component is null.
     *
     * @param account the owning account
     * @param intent the intent as it stands when the attempt starts (amount, currency, options)
     * @param paymentMethod the payment method to charge
     * @param offSession whether the customer is absent ({@code off_session=true}): a card that needs
     * @param attemptedAt the engine-clock time of the attempt
     */
    public AuthorizationAttempt {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        Objects.requireNonNull(attemptedAt, "attemptedAt");
    }
}
