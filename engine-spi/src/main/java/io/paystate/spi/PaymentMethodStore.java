package io.paystate.spi;

import io.paystate.model.AccountId;
import io.paystate.model.CustomerId;
import io.paystate.model.EventId;
import io.paystate.model.PaymentMethodEvent;
import io.paystate.model.PaymentMethodId;
import io.paystate.spi.IntentQuery.Position;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Durable storage of the payment methods created through the API and of their events, with the
 * conventions of {@link PaymentIntentStore}: atomic versioned commits of state and events,
 * creation ordinals, queries pushed down.
 *
 * <p>Thread safety: implementations must be safe for concurrent use. Exceptions: {@link
 * StoreConflictException} for version or id conflicts, meaning nothing was written; a store must
 * never apply a commit in part.
 *
 * <p>Decorators: a store that wraps another must forward {@link #onCommitsElsewhere} too;
 * inheriting the default hides the wrapped store's notifications of other nodes' commits.
 */
public interface PaymentMethodStore {

    /**
     * Returns the method with this id in this account, or empty.
     *
     * @param account the account
     * @param id the method's id
     * @return the method, or empty
     */
    Optional<StoredPaymentMethod> find(AccountId account, PaymentMethodId id);

    /**
     * Returns the method with this id in whichever account stored it, or empty. Ids are unique
     * across accounts; the engine reads this to answer another account's method exactly as an
     * unknown one (Stripe's objects belong to one account), never to show it.
     *
     * @param id the method's id
     * @return the method with its account, or empty
     */
    Optional<StoredPaymentMethod> findInAnyAccount(PaymentMethodId id);

    /**
     * Applies one commit atomically, as {@link CustomerStore#commit} does for customers.
     *
     * @param commit the new state and its events
     * @return the stored method, with its new version and ordinal
     * @throws StoreConflictException if an insert's id exists in any account, or an update's stored
     *     version differs or the method does not exist; nothing was written
     */
    StoredPaymentMethod commit(PaymentMethodCommit commit);

    /**
     * Returns up to {@code limit} methods attached to this customer, newest first (created, then
     * ordinal), after {@code startingAfter}; one more than asked tells there are more.
     *
     * @param account the account
     * @param customer the customer
     * @param type only methods of this type, or null for all
     * @param startingAfter the page starts after this position, or null
     * @param limit 1 to 101
     * @return the methods, newest first
     */
    List<StoredPaymentMethod> attachedTo(AccountId account, CustomerId customer, @Nullable String type,
            @Nullable Position startingAfter, int limit);

    /**
     * Returns the event with this id in this account's log, or empty.
     *
     * @param account the account
     * @param id the event's id
     * @return the event, or empty
     */
    Optional<PaymentMethodEvent> findEvent(AccountId account, EventId id);

    /**
     * Returns up to {@code limit} events of the log, across accounts, with positions greater than
     * {@code afterPosition}, in position order and without gaps (the result stops before the first
     * position assigned to a commit not visible yet).
     *
     * @param afterPosition the last position already read; 0 to read from the start
     * @param limit the most events to return, positive
     * @return the events, in position order
     * @throws IllegalArgumentException if {@code afterPosition} is negative or {@code limit} not positive
     */
    List<LoggedPaymentMethodEvent> readLog(long afterPosition, int limit);

    /**
     * Returns one page of an account's events in this log, newest first, see {@link ObjectEventQuery}.
     * The events API reads it; it should not scan other accounts' events.
     *
     * @param account the account
     * @param query the conditions, cursor and page size
     * @return the page
     */
    ObjectEventPage<PaymentMethodEvent> queryEvents(AccountId account, ObjectEventQuery query);

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
