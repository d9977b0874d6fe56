package io.paystate.spi;

import io.paystate.model.AccountId;
import java.time.Instant;
import java.util.Optional;

/**
 * Remembers idempotency keys per account with the outcome of their first request (spec A 12). A key
 * is live from its first use until {@code firstUsed + retention}, retention being the store's
 * (24 hours by default); a key younger than that must never be forgotten.
 *
 * <p>The engine never runs an operation inside a store call: it {@link #claim claims} the key, runs
 * the operation, then {@link #complete completes} or {@link #release releases} it.
 *
 * <p>Thread safety: implementations must be safe for concurrent use; {@code claim} must be atomic
 * per (account, key).
 */
public interface IdempotencyStore {

    /**
     * Claims a key for a new request: when the key is not live at {@code now}, remembers it as in
     * progress with this fingerprint and returns empty; otherwise returns what is remembered, and
     * changes nothing.
     *
     * @param account the account
     * @param key the key
     * @param fingerprint the first request made with the key
     * @param now the current time of the engine clock
     * @return the idempotency record, or empty
     */
    Optional<IdempotencyRecord> claim(AccountId account, String key, RequestFingerprint fingerprint, Instant now);

    /**
     * Records the outcome of the claimed key's request. Does not restart the key's retention.
     *
     * @param account the account
     * @param key the key
     * @param response the outcome, or null while the first request still runs
     */
    void complete(AccountId account, String key, StoredResponse response);

    /**
     * Forgets a claimed key whose request is not to be remembered (validation failure, 404, 409).
     *
     * @param account the account
     * @param key the key
     */
    void release(AccountId account, String key);

    /**
     * Forgets every key that is no longer live at {@code now}; returns how many.
     *
     * @param now the current time of the engine clock
     * @return the value
     */
    int expire(Instant now);
}
