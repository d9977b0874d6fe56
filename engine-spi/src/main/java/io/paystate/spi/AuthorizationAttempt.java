package io.paystate.spi;

import io.paystate.model.AccountId;
import io.paystate.model.PaymentIntent;
import java.time.Instant;
import java.util.Objects;

/**
 * One payment attempt the processor decides on.
 *
 * @param attemptId the attempt's stable id: the same on every retry of this attempt (after a lost
 *     race or a failed write the engine re-applies its decision instead of asking again, but a
 *     processor may still see the id twice and must then answer as the first time). It is the id of
 *     the charge that records the attempt, {@code ch_...}; {@link PaymentProcessor#capture} and
 *     {@link PaymentProcessor#release} name it.
 * @param account the owning account
 * @param intent the intent as it stands when the attempt starts (amount, currency, options)
 * @param paymentMethod the payment method to charge
 * @param offSession whether the customer is absent ({@code off_session=true}): a card that needs
 *     authentication must then decline with {@code authentication_required}
 * @param attemptedAt the engine-clock time of the attempt
 */
public record AuthorizationAttempt(
        String attemptId, AccountId account, PaymentIntent intent, PaymentMethodDetails paymentMethod,
        boolean offSession, Instant attemptedAt) {
    /**
     * Throws {@link NullPointerException} if a component is null.
     *
     * @param attemptId the attempt's stable id: the same on every retry of this attempt (after a lost race or a failed write the engine re-applies its decision instead of asking again, but a processor may still see the id twice and must then answer as the first time). It is the id of the charge that records the attempt, {@code ch_...}; {@link PaymentProcessor#capture} and {@link PaymentProcessor#release} name it.
     * @param account the owning account
     * @param intent the intent as it stands when the attempt starts (amount, currency, options)
     * @param paymentMethod the payment method to charge
     * @param offSession whether the customer is absent ({@code off_session=true}): a card that needs authentication must then decline with {@code authentication_required}
     * @param attemptedAt the engine-clock time of the attempt
     */
    public AuthorizationAttempt {
        Objects.requireNonNull(attemptId, "attemptId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        Objects.requireNonNull(attemptedAt, "attemptedAt");
    }
}
