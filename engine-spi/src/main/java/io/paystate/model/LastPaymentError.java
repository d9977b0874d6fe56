package io.paystate.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The error of the intent's most recent failed payment attempt: a decline, a failed 3-D Secure
 * challenge or a failed asynchronous debit. Same shape as Stripe's API error object.
 *
 * @param type the error type ({@code card_error} for declines)
 * @param code the error code, e.g. {@code card_declined}
 * @param declineCode the issuer's reason for a card decline, e.g. {@code insufficient_funds}
 * @param message a human-readable message that may be shown to the customer; never contains card data
 * @param charge the failed charge, if the attempt created one
 * @param paymentMethod the payment method of the failed attempt
 * @param paymentMethodType the type of that payment method, e.g. {@code card}
 * @param adviceCode Stripe's advice, e.g. {@code try_again_later}
 */
public record LastPaymentError(
        ErrorType type,
        ErrorCode code,
        @Nullable String declineCode,
        String message,
        @Nullable ChargeId charge,
        @Nullable PaymentMethodId paymentMethod,
        @Nullable String paymentMethodType,
        @Nullable String adviceCode) {
    /**
     * Throws {@link NullPointerException} if a required component is null.
     *
     * @param type the error type ({@code card_error} for declines)
     * @param code the error code, e.g. {@code card_declined}
     * @param declineCode the issuer's reason for a card decline, e.g. {@code insufficient_funds}
     * @param message a human-readable message that may be shown to the customer; never contains card data
     * @param charge the failed charge, if the attempt created one
     * @param paymentMethod the payment method of the failed attempt
     * @param paymentMethodType the type of that payment method, e.g. {@code card}
     * @param adviceCode Stripe's advice, e.g. {@code try_again_later}
     */
    public LastPaymentError {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
