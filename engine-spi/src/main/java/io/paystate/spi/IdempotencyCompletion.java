package io.paystate.spi;

import io.paystate.model.AccountId;
import java.util.Objects;

/**
 * The idempotency record a command's commit completes: the key its request was made with, and the
 * answer that key must give from now on. A store that keeps idempotency keys in the same database
 * as the intents writes it in the commit's transaction, so that a crash can never leave a
 * committed change whose key still looks unused; the engine completes the key through the
 * {@link IdempotencyStore} right after the commit as well, so other stores may ignore it.
 *
 * @param account the account of the key
 * @param key the idempotency key
 * @param response the answer: the committed intent, or the error raised after the commit
 */
public record IdempotencyCompletion(AccountId account, String key, StoredResponse response) {
    /**
     * Throws {@link NullPointerException} if a component is null.
     *
     * @param account the account of the key
     * @param key the idempotency key
     * @param response the answer: the committed intent, or the error raised after the commit
     */
    public IdempotencyCompletion {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(response, "response");
    }
}
