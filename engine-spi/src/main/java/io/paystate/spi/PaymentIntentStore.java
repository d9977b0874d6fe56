package io.paystate.spi;

import io.paystate.model.AccountId;
import io.paystate.model.PaymentIntentId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable storage of intents, keyed by account and id, with versioned compare-and-set writes and an
 * index of clock deadlines.
 *
 * <p>Thread safety: implementations must be safe for concurrent use. The engine serializes the
 * operations on one intent within one engine instance; the compare-and-set contract is what keeps
 * several engine instances sharing a store correct.
 *
 * <p>Exceptions: {@link StoreConflictException} for version or id conflicts; any other runtime
 * exception is an infrastructure failure that the engine reports as an {@code api_error} without
 * changing anything.
 */
public interface PaymentIntentStore {

    /**
     * Returns the intent with this id in this account, or empty when there is none.
     *
     * @param account the account
     * @param id the intent's id
     * @return the intent with this id in this account, or empty when there is none
     */
    Optional<StoredIntent> find(AccountId account, PaymentIntentId id);

    /**
     * Stores a new intent. The candidate has version 0; the stored copy, returned, has version 1 and
     * a fresh {@link StoredIntent#ordinal() ordinal} greater than every ordinal assigned before.
     *
     * @param candidate the candidate
     * @return the stored intent
     * @throws StoreConflictException if an intent with this id exists in any account
     */
    StoredIntent insert(StoredIntent candidate);

    /**
     * Replaces the stored intent if its version equals the candidate's. The stored copy, returned,
     * has the version incremented by one and the ordinal unchanged.
     *
     * @param candidate the candidate
     * @return the stored intent
     * @throws StoreConflictException if the stored version differs or the intent does not exist
     */
    StoredIntent update(StoredIntent candidate);

    /**
     * Returns up to {@code limit} intents, across accounts, whose {@link StoredIntent#deadline()} is
     * at or before {@code now}, ordered by deadline, then by ordinal. Must not scan every intent.
     *
     * @param now the current time of the engine clock
     * @param limit at most this many
     * @return up to {@code limit} intents, across accounts, whose {@link StoredIntent#deadline()} is at or before {@code now}, ordered by deadline, then by ordinal
     */
    List<StoredIntent> findDue(Instant now, int limit);

    /**
     * Returns one page of an account's intents matching the query, newest first (by created, then
     * ordinal), see {@link IntentQuery}. Must not scan every intent of other accounts.
     *
     * @param account the account
     * @param query the query
     * @return one page of an account's intents matching the query, newest first (by created, then ordinal), see {@link IntentQuery}
     */
    IntentPage query(AccountId account, IntentQuery query);
}
