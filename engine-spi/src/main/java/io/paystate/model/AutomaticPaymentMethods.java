package io.paystate.model;

import org.jspecify.annotations.Nullable;

/**
 * {@code automatic_payment_methods}: the payment-method types come from the account's settings
 * instead of {@code payment_method_types}. In test mode the engine's account enables {@code card}.
 *
 * @param enabled whether automatic payment methods are on
 * @param allowRedirects {@code always} or {@code never}: whether methods that redirect are allowed
 */
public record AutomaticPaymentMethods(boolean enabled, @Nullable String allowRedirects) {
    /**
     * Throws {@link IllegalArgumentException} for an unknown redirect policy.
     *
     * @param enabled whether automatic payment methods are on
     * @param allowRedirects {@code always} or {@code never}: whether methods that redirect are allowed
     */
    public AutomaticPaymentMethods {
        if (allowRedirects != null && !allowRedirects.equals("always") && !allowRedirects.equals("never")) {
            throw new IllegalArgumentException("allow_redirects must be always or never: " + allowRedirects);
        }
    }
}
