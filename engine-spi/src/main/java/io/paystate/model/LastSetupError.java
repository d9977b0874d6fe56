package io.paystate.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The error of a SetupIntent's most recent failed setup attempt ({@code last_setup_error}): a
 * decline, a failed 3-D Secure challenge or a failed bank mandate. Same shape as Stripe's API error
 * object; unlike {@link LastPaymentError} it names no charge, since a setup moves no money.
 *
 * @param type the error type ({@code card_error} for declines)
 * @param code the error code, e.g. {@code card_declined} or {@code setup_intent_authentication_failure}
 * @param declineCode the issuer's reason for a card decline, e.g. {@code insufficient_funds}
 * @param message a human-readable message that may be shown to the customer; never contains card data
 * @param paymentMethod the payment method of the failed attempt
 * @param paymentMethodType the type of that payment method, e.g. {@code card}
 * @param adviceCode Stripe's advice, e.g. {@code try_again_later}
 */
public record LastSetupError(
        ErrorType type,
        ErrorCode code,
        @Nullable String declineCode,
        String message,
        @Nullable PaymentMethodId paymentMethod,
        @Nullable String paymentMethodType,
        @Nullable String adviceCode) {
    /**
     * Throws {@link NullPointerException} if a required component is null.
     *
     * @param type the error type
     * @param code the error code
     * @param declineCode the issuer's reason for a card decline, or null
     * @param message a human-readable message; never contains card data
     * @param paymentMethod the payment method of the failed attempt, or null
     * @param paymentMethodType the type of that payment method, or null
     * @param adviceCode Stripe's advice, or null
     */
    public LastSetupError {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
