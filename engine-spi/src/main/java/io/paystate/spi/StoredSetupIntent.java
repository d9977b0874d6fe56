package io.paystate.spi;

import io.paystate.model.AccountId;
import io.paystate.model.SetupIntent;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A SetupIntent as a {@link SetupIntentStore} keeps it: the SetupIntent and the store's and the
 * engine's bookkeeping, as {@link StoredIntent} is for payments.
 *
 * @param account the account it belongs to
 * @param setupIntent the SetupIntent
 * @param version 0 for a candidate not stored yet; then 1, 2, ... per stored change
 * @param ordinal the store's creation order, the tie-breaker of list order; 0 until inserted
 * @param eventSequence the sequence number of the SetupIntent's last event, 0 before any
 * @param settlesAt when an asynchronous setup (a bank debit mandate) settles, set while
 *     {@code processing}; null otherwise
 * @param verificationAttempts failed microdeposit verifications of the current attempt
 */
public record StoredSetupIntent(AccountId account, SetupIntent setupIntent, long version, long ordinal,
        long eventSequence, @Nullable Instant settlesAt, int verificationAttempts) {
    /**
     * Throws {@link IllegalArgumentException} if a counter is negative.
     *
     * @param account the account it belongs to
     * @param setupIntent the SetupIntent
     * @param version 0 for a candidate not stored yet; then 1, 2, ... per stored change
     * @param ordinal the store's creation order; 0 until inserted
     * @param eventSequence the sequence number of the last event, 0 before any
     * @param settlesAt when an asynchronous setup settles, or null
     * @param verificationAttempts failed microdeposit verifications of the current attempt
     */
    public StoredSetupIntent {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(setupIntent, "setupIntent");
        if (version < 0 || ordinal < 0 || eventSequence < 0 || verificationAttempts < 0) {
            throw new IllegalArgumentException("negative version, ordinal, event sequence or attempts");
        }
    }

    /**
     * Returns the candidate of a change: another state and event sequence, same version and ordinal.
     *
     * @param changed the new state
     * @param sequence the sequence number of its last event
     * @param newSettlesAt when it settles, or null
     * @param attempts failed microdeposit verifications of the current attempt
     * @return the candidate
     */
    public StoredSetupIntent with(SetupIntent changed, long sequence, @Nullable Instant newSettlesAt, int attempts) {
        return new StoredSetupIntent(account, changed, version, ordinal, sequence, newSettlesAt, attempts);
    }

    /**
     * Returns a copy as stored, with this version and ordinal.
     *
     * @param newVersion the stored version
     * @param newOrdinal the stored ordinal
     * @return the stored SetupIntent
     */
    public StoredSetupIntent stored(long newVersion, long newOrdinal) {
        return new StoredSetupIntent(account, setupIntent, newVersion, newOrdinal, eventSequence, settlesAt,
                verificationAttempts);
    }
}
