package io.paystate.spi;

import io.paystate.model.AccountId;
import io.paystate.model.EventId;
import io.paystate.model.SetupIntentEvent;
import io.paystate.model.SetupIntentId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable storage of SetupIntents and of the log of their events, with the conventions of
 * {@link CustomerStore}: atomic commits of state and events, compare-and-set on a version, creation
 * ordinals as the tie-breaker of list order, queries pushed down.
 *
 * <p>Thread safety: implementations must be safe for concurrent use; the engine serialises the
 * commands of one SetupIntent only through the compare-and-set, so two engines on one store stay
 * correct. Exceptions: {@link StoreConflictException} for version or id conflicts, meaning nothing
 * was written; any other runtime exception is an infrastructure failure (the engine answers a 500
 * {@code api_error}), and a store must never apply a commit in part.
 *
 * <p>Decorators: a store that wraps another must forward {@link #onCommitsElsewhere} too;
 * inheriting the default hides the wrapped store's notifications of other nodes' commits.
 */
public interface SetupIntentStore {

    /**
     * Returns the SetupIntent with this id in this account, or empty when there is none (also when
     * it belongs to another account).
     *
     * <p>Thread safety: may run concurrently with commits; returns a committed state. Exceptions:
     * none but infrastructure failures.
     *
     * @param account the account
     * @param id the SetupIntent's id
     * @return the SetupIntent, or empty
     */
    Optional<StoredSetupIntent> find(AccountId account, SetupIntentId id);

    /**
     * Applies one commit atomically: stores the SetupIntent and appends its events to the log, or
     * does nothing. An insert (candidate version 0) stores version 1 with a fresh ordinal greater
     * than every ordinal assigned before; an update replaces the stored SetupIntent if its version
     * equals the candidate's, storing the version plus one with the ordinal unchanged. The events get
     * consecutive log positions, after every position assigned before.
     *
     * <p>Thread safety: concurrent commits of one SetupIntent must see exactly one winner.
     *
     * @param commit the new state and its events
     * @return the stored SetupIntent, with its new version and ordinal
     * @throws StoreConflictException if an insert's id exists in any account, or an update's stored
     *     version differs or the SetupIntent does not exist in the candidate's account; nothing was
     *     written
     */
    StoredSetupIntent commit(SetupIntentCommit commit);

    /**
     * Returns one page of an account's SetupIntents, newest first, with the filters and cursors of
     * {@link SetupIntentQuery} applied by the store. Must not scan the SetupIntents of other accounts.
     *
     * <p>Thread safety: may run concurrently with commits. Exceptions: none but infrastructure failures.
     *
     * @param account the account
     * @param query the filters, cursor and page size
     * @return the page
     */
    SetupIntentPage query(AccountId account, SetupIntentQuery query);

    /**
     * Returns up to {@code limit} SetupIntents of any account that are {@code processing} with a
     * settlement time ({@link StoredSetupIntent#settlesAt()}) at or before {@code now}, earliest
     * settlement first (ties by ordinal): what {@code processDue()} settles eagerly. A database
     * indexes {@code (settles_at, ordinal)} where {@code settles_at} is not null.
     *
     * <p>Thread safety: may run concurrently with commits; a SetupIntent settled meanwhile may still
     * be returned, and the engine's compare-and-set sorts that out. Exceptions: none but
     * infrastructure failures.
     *
     * @param now the engine clock's instant
     * @param limit the most SetupIntents to return, positive
     * @return the due SetupIntents, earliest first
     * @throws IllegalArgumentException if {@code limit} is not positive
     */
    List<StoredSetupIntent> dueForSettlement(Instant now, int limit);

    /**
     * Returns the SetupIntent event with this id in this account, or empty when there is none.
     *
     * <p>Thread safety: may run concurrently with commits. Exceptions: none but infrastructure failures.
     *
     * @param account the account
     * @param id the event id
     * @return the event, or empty
     */
    Optional<SetupIntentEvent> findEvent(AccountId account, EventId id);

    /**
     * Returns up to {@code limit} events of the log, across accounts, with positions greater than
     * {@code afterPosition}, in position order and without gaps (the result stops before the first
     * position assigned to a commit not visible yet).
     *
     * <p>Thread safety: may run concurrently with commits.
     *
     * @param afterPosition the last position already read; 0 to read from the start
     * @param limit the most events to return, positive
     * @return the events, in position order
     * @throws IllegalArgumentException if {@code afterPosition} is negative or {@code limit} not positive
     */
    List<LoggedSetupIntentEvent> readLog(long afterPosition, int limit);

    /**
     * Returns one page of an account's events in this log, newest first, see {@link ObjectEventQuery}.
     * The events API reads it; it should not scan other accounts' events.
     *
     * @param account the account
     * @param query the conditions, cursor and page size
     * @return the page
     */
    ObjectEventPage<SetupIntentEvent> queryEvents(AccountId account, ObjectEventQuery query);

    /**
     * Deletes up to {@code limit} of the oldest events created before {@code cutoff}, a prefix of the
     * log; returns how many. The engine calls it repeatedly from {@code processDue()}, in bounded
     * batches, to keep events for its retention. Later positions are unchanged, and reads skip the
     * deleted ones.
     *
     * @param cutoff events created before this instant are deleted
     * @param limit the most events to delete in this call, positive
     * @return how many were deleted
     */
    int deleteEventsBefore(Instant cutoff, int limit);

    /**
     * Returns the log position up to which this store's events were delivered to this subscriber
     * (0 for a subscriber never seen). Positions of this log are kept apart from those of every other
     * store, under the same subscriber names.
     *
     * @param subscriber the subscriber's name
     * @return the position
     */
    long deliveredPosition(String subscriber);

    /**
     * Records that the subscriber received every event of this log up to this position. Positions
     * only grow: a smaller position than the stored one is ignored.
     *
     * @param subscriber the subscriber's name
     * @param position the position reached
     */
    void saveDeliveredPosition(String subscriber, long position);

    /**
     * Registers what the store calls when another engine may have committed events to this store's
     * log, as {@link PaymentIntentStore#onCommitsElsewhere} does for the intents' log. A hint only;
     * the default never calls {@code wake}.
     *
     * <p>Thread safety: as {@link PaymentIntentStore#onCommitsElsewhere}.
     *
     * @param wake delivers this log to this engine's subscribers
     */
    default void onCommitsElsewhere(Runnable wake) {
        java.util.Objects.requireNonNull(wake, "wake");
    }
}
