package io.paystate.spi;

import io.paystate.model.AccountId;
import io.paystate.model.SetupIntent;
import java.time.Instant;
import java.util.Objects;

/**
 * One setup attempt the processor decides on: a SetupIntent's confirmation, which checks and saves a
 * payment method for later without moving money.
 *
 * @param attemptId the attempt's stable id, {@code setatt_...}: the SetupIntent's
 *     {@code latest_attempt}; the same on every retry of this attempt
 * @param account the owning account
 * @param setupIntent the SetupIntent as it stands when the attempt starts (usage, options)
 * @param paymentMethod the payment method to set up, with the stored method's
 *     {@link PaymentMethodDetails#setUpFor() setup state}
 * @param attemptedAt the engine-clock time of the attempt
 */
public record SetupAttempt(String attemptId, AccountId account, SetupIntent setupIntent,
        PaymentMethodDetails paymentMethod, Instant attemptedAt) {
    /**
     * Throws {@link NullPointerException} if a component is null.
     *
     * @param attemptId the attempt's stable id, {@code setatt_...}
     * @param account the owning account
     * @param setupIntent the SetupIntent as it stands when the attempt starts
     * @param paymentMethod the payment method to set up
     * @param attemptedAt the engine-clock time of the attempt
     */
    public SetupAttempt {
        Objects.requireNonNull(attemptId, "attemptId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(setupIntent, "setupIntent");
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        Objects.requireNonNull(attemptedAt, "attemptedAt");
    }
}
