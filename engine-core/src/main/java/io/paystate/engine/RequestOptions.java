package io.paystate.engine;

import io.paystate.model.AccountId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Per-request options: the account the request acts for, and its idempotency key (Stripe's
 * {@code Idempotency-Key} header).
 *
 * @param account the account; intents of other accounts are invisible
 * @param idempotencyKey 1 to 255 characters, or null for none
 */
public record RequestOptions(AccountId account, @Nullable String idempotencyKey) {
    private static final RequestOptions NONE = new RequestOptions(AccountId.DEFAULT, null);

    /**
     * Throws {@link NullPointerException} if the account is null.
     *
     * @param account the account; intents of other accounts are invisible
     * @param idempotencyKey 1 to 255 characters, or null for none
     */
    public RequestOptions {
        Objects.requireNonNull(account, "account");
    }

    /**
     * Returns the options of a plain request: the default account, no idempotency key.
     *
     * @return the options of a plain request: the default account, no idempotency key
     */
    public static RequestOptions none() {
        return NONE;
    }

    /**
     * Returns options with this idempotency key, for the default account.
     *
     * @param key the key
     * @return options with this idempotency key, for the default account
     */
    public static RequestOptions idempotencyKey(String key) {
        return new RequestOptions(AccountId.DEFAULT, Objects.requireNonNull(key, "key"));
    }

    /**
     * Returns a copy acting for another account.
     *
     * @param other the other value
     * @return a copy acting for another account
     */
    public RequestOptions withAccount(AccountId other) {
        return new RequestOptions(other, idempotencyKey);
    }

    /**
     * Returns a copy with another idempotency key.
     *
     * @param key the key
     * @return a copy with another idempotency key
     */
    public RequestOptions withIdempotencyKey(@Nullable String key) {
        return new RequestOptions(account, key);
    }

    @Override
    public String toString() {
        return "RequestOptions[account=" + account + ", idempotencyKey=" + idempotencyKey + "]";
    }
}
