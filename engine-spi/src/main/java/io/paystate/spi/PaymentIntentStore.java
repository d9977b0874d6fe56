package io.paystate.spi;

import io.paystate.model.AccountId;
import io.paystate.model.EventId;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntentId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable storage of intents and of the log of their events, keyed by account and id, with atomic
 * versioned commits, an index of clock deadlines, and each event subscriber's delivery position.
 *
 * <p>The commit is the one place where state and events meet: {@link #commit} stores the new state
 * of an intent together with the events it produced, as a whole or not at all. The engine delivers
 * events to its subscribers from this log, never from memory, so an event is never lost once its
 * change is stored, and never exists without its change.
 *
 * <p>Thread safety: implementations must be safe for concurrent use. The engine serializes the
 * commands on one intent within one engine instance; the compare-and-set contract is what keeps
 * several engine instances sharing a store correct.
 *
 * <p>Exceptions: {@link StoreConflictException} for version or id conflicts, meaning nothing was
 * written. Any other runtime exception is an infrastructure failure. After a failed {@code commit}
 * the engine cannot know whether the write happened (a connection may drop after the database
 * committed), so it reads the intent back with {@link #find} and {@link #findEvent} to learn the
 * truth: a store must therefore never report failure for a commit it applied partly.
 *
 * <p>Decorators: a store that wraps another (for auditing, metrics or retries) must forward
 * {@link #claimDelivery} and {@link #onCommitsElsewhere} too. Inheriting their defaults hides the
 * wrapped store's: with a shared database, every node would then deliver every subscriber and no
 * node would deliver another's commits before its own next command or {@code processDue()}.
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
     * Applies one commit atomically: stores the intent and appends its events to the log, or does
     * nothing. An insert (candidate version 0) stores version 1 with a fresh
     * {@link StoredIntent#ordinal() ordinal} greater than every ordinal assigned before; an update
     * replaces the stored intent if its version equals the candidate's, storing the version plus one
     * with the ordinal unchanged. The events get consecutive log positions, after every position
     * assigned before.
     *
     * @param commit the new state and its events
     * @return the stored intent, with its new version and ordinal
     * @throws StoreConflictException if an insert's id exists in any account, or an update's stored
     *     version differs or the intent does not exist; nothing was written
     */
    StoredIntent commit(Commit commit);

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

    /**
     * Returns up to {@code limit} events of the log, across accounts, with positions greater than
     * {@code afterPosition}, in position order and without gaps: the result stops before the first
     * position that is assigned but whose commit is not visible yet, so that a reader which resumes
     * after the last position it read never skips an event. Positions below the retention floor
     * (deleted by {@link #deleteEventsBefore}) are skipped.
     *
     * @param afterPosition the last position already read; 0 to read from the start
     * @param limit the most events to return, positive
     * @return the events, in position order
     */
    List<LoggedEvent> readLog(long afterPosition, int limit);

    /**
     * Returns the event with this id in this account, or empty when there is none (or it was deleted).
     *
     * @param account the account
     * @param id the event id
     * @return the event, or empty
     */
    Optional<PaymentEvent> findEvent(AccountId account, EventId id);

    /**
     * Returns one page of an account's events, newest first, see {@link EventQuery}.
     *
     * @param account the account
     * @param query the conditions, cursor and page size
     * @return the page
     */
    EventPage queryEvents(AccountId account, EventQuery query);

    /**
     * Returns the log position up to which events were delivered to this subscriber (0 for a
     * subscriber never seen).
     *
     * @param subscriber the subscriber's name
     * @return the position
     */
    long deliveredPosition(String subscriber);

    /**
     * Records that the subscriber received every event up to this position. Positions only grow: a
     * smaller position than the stored one is ignored.
     *
     * @param subscriber the subscriber's name
     * @param position the position reached
     */
    void saveDeliveredPosition(String subscriber, long position);

    /**
     * Claims, for {@code holder}, the delivery of this subscriber's events until {@code until}, or
     * renews the claim it holds. The claim is granted when nobody else holds one that lasts past
     * {@code now}; both instants are the calling engine's clock. Engines sharing one store call it
     * before they deliver, so that each subscriber is delivered by one engine at a time, and by
     * another one once the holder stopped renewing. A store used by a single engine may grant every
     * claim, which the default does.
     *
     * <p>Thread safety: must be safe for concurrent calls, from several engines too; of two claims
     * racing for a free subscriber, at most one is granted.
     *
     * @param subscriber the subscriber's name
     * @param holder an id of the claiming engine, stable for its lifetime
     * @param now the engine clock's instant
     * @param until when the claim lapses if it is not renewed, after {@code now}
     * @return whether {@code holder} holds the delivery until {@code until}
     */
    default boolean claimDelivery(String subscriber, String holder, Instant now, Instant until) {
        return true;
    }

    /**
     * Registers what the store calls when another engine may have committed events to this store's
     * log, so that this engine delivers them now rather than after its next command or
     * {@code processDue()}. A hint only: an engine that is never woken still delivers every event,
     * later. The default never calls {@code wake}, which is right for a store that no other engine
     * writes. The other stores with a log have the same method, for theirs.
     *
     * <p>Thread safety: the engine registers once, while it is built. The store may call {@code wake}
     * from a thread of its own, at any time and as often as it likes; each call delivers everything
     * the log holds, so wake-ups that arrive during one may be merged into the next. {@code wake}
     * returns once the delivery is done and catches what delivery throws.
     *
     * @param wake delivers this log to this engine's subscribers
     */
    default void onCommitsElsewhere(Runnable wake) {
        java.util.Objects.requireNonNull(wake, "wake");
    }

    /**
     * Deletes up to {@code limit} of the oldest events created before {@code cutoff}; returns how
     * many. The engine calls it repeatedly, in bounded batches, to keep events for its retention.
     *
     * @param cutoff events created before this instant are deleted
     * @param limit the most events to delete in this call, positive
     * @return how many were deleted
     */
    int deleteEventsBefore(Instant cutoff, int limit);
}
