package io.paystate.spi;

import io.paystate.model.AccountId;
import io.paystate.model.CustomerEvent;
import io.paystate.model.CustomerId;
import io.paystate.model.EventId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable storage of customers and of the log of their events, with the conventions of
 * {@link PaymentIntentStore}: atomic commits of state and events, compare-and-set on a version,
 * creation ordinals as the tie-breaker of list order, queries pushed down.
 *
 * <p>A deleted customer stays as a tombstone ({@link io.paystate.model.Customer#deleted()}): its id is
 * never reused and its events keep their per-customer sequence. Lists never show it.
 *
 * <p>Thread safety: implementations must be safe for concurrent use. Exceptions: {@link
 * StoreConflictException} for version or id conflicts, meaning nothing was written; any other
 * runtime exception is an infrastructure failure, and a store must never apply a commit in part.
 *
 * <p>Decorators: a store that wraps another must forward {@link #onCommitsElsewhere} too;
 * inheriting the default hides the wrapped store's notifications of other nodes' commits.
 */
public interface CustomerStore {

    /**
     * Returns the customer (deleted or not) with this id in this account, or empty when there is none.
     *
     * @param account the account
     * @param id the customer's id
     * @return the customer, or empty
     */
    Optional<StoredCustomer> find(AccountId account, CustomerId id);

    /**
     * Applies one commit atomically: stores the customer and appends its events to the log, or does
     * nothing. An insert (candidate version 0) stores version 1 with a fresh ordinal greater than
     * every ordinal assigned before; an update replaces the stored customer if its version equals the
     * candidate's, storing the version plus one with the ordinal unchanged. The events get
     * consecutive log positions, after every position assigned before.
     *
     * @param commit the new state and its events
     * @return the stored customer, with its new version and ordinal
     * @throws StoreConflictException if an insert's id exists in any account, or an update's stored
     *     version differs or the customer does not exist; nothing was written
     */
    StoredCustomer commit(CustomerCommit commit);

    /**
     * Returns one page of an account's customers that are not deleted, newest first, see
     * {@link CustomerQuery}: those with the query's email when it has one, and matching its
     * {@link CustomerQuery#filter() filter} (a list's filter matches all; a search's is the parsed
     * query, evaluated as {@link CustomerFilter#matches} does). Must not scan the customers of other
     * accounts.
     *
     * @param account the account
     * @param query the filter, cursor and page size
     * @return the page
     */
    CustomerPage query(AccountId account, CustomerQuery query);

    /**
     * Returns the customer event with this id in this account, or empty when there is none.
     *
     * @param account the account
     * @param id the event id
     * @return the event, or empty
     */
    Optional<CustomerEvent> findEvent(AccountId account, EventId id);

    /**
     * Returns up to {@code limit} events of the log, across accounts, with positions greater than
     * {@code afterPosition}, in position order and without gaps (the result stops before the first
     * position assigned to a commit not visible yet).
     *
     * @param afterPosition the last position already read; 0 to read from the start
     * @param limit the most events to return, positive
     * @return the events, in position order
     */
    List<LoggedCustomerEvent> readLog(long afterPosition, int limit);

    /**
     * Returns one page of an account's events in this log, newest first, see {@link ObjectEventQuery}.
     * The events API reads it; it should not scan other accounts' events.
     *
     * @param account the account
     * @param query the conditions, cursor and page size
     * @return the page
     */
    ObjectEventPage<CustomerEvent> queryEvents(AccountId account, ObjectEventQuery query);

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
