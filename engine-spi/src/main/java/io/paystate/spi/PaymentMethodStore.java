package io.paystate.spi;

import io.paystate.model.AccountId;
import io.paystate.model.CustomerId;
import io.paystate.model.PaymentMethodEvent;
import io.paystate.model.PaymentMethodId;
import io.paystate.spi.IntentQuery.Position;
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
     * Returns up to {@code limit} events of the log after this position, in position order, without gaps.
     *
     * @param afterPosition the last position already read; 0 to read from the start
     * @param limit the most events to return, positive
     * @return the events, in position order
     */
    List<PaymentMethodEvent> readLog(long afterPosition, int limit);
}
