package io.paystate.engine;

import org.jspecify.annotations.Nullable;

/**
 * The parameters of incrementing a held authorization
 * ({@code POST /v1/payment_intents/:id/increment_authorization}).
 *
 * @param amount the new total amount, strictly higher than the current one (required)
 * @param description a new description
 */
public record IncrementAuthorizationParams(@Nullable Long amount, @Nullable String description) {
    /**
     * Returns parameters raising the authorization to {@code amount}.
     *
     * @param amount the new total amount, strictly higher than the current one (required)
     * @return parameters raising the authorization to {@code amount}
     */
    public static IncrementAuthorizationParams amount(long amount) {
        return new IncrementAuthorizationParams(amount, null);
    }
}
