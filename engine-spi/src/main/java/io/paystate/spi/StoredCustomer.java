package io.paystate.spi;

import io.paystate.model.AccountId;
import io.paystate.model.Customer;
import java.util.Objects;

/**
 * A customer as a {@link CustomerStore} keeps it: the customer and the store's bookkeeping.
 *
 * @param account the account it belongs to
 * @param customer the customer (a deleted one stays, as a tombstone, so its id is never reused and
 *     its events keep counting)
 * @param version 0 for a candidate not stored yet; then 1, 2, ... per stored change
 * @param ordinal the store's creation order, the tie-breaker of list order; 0 until inserted
 * @param eventSequence the sequence number of the customer's last event, 0 before any
 */
public record StoredCustomer(AccountId account, Customer customer, long version, long ordinal, long eventSequence) {
    /**
     * Throws {@link IllegalArgumentException} if a counter is negative.
     *
     * @param account the account it belongs to
     * @param customer the customer
     * @param version 0 for a candidate not stored yet; then 1, 2, ... per stored change
     * @param ordinal the store's creation order; 0 until inserted
     * @param eventSequence the sequence number of the customer's last event, 0 before any
     */
    public StoredCustomer {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(customer, "customer");
        if (version < 0 || ordinal < 0 || eventSequence < 0) {
            throw new IllegalArgumentException("negative version, ordinal or event sequence");
        }
    }

    /**
     * Returns a copy with another customer and event sequence, at the same version and ordinal: the
     * candidate of a change.
     *
     * @param changed the new customer
     * @param sequence the sequence number of its last event
     * @return the candidate
     */
    public StoredCustomer with(Customer changed, long sequence) {
        return new StoredCustomer(account, changed, version, ordinal, sequence);
    }

    /**
     * Returns a copy as stored: with this version and ordinal.
     *
     * @param newVersion the stored version
     * @param newOrdinal the stored ordinal
     * @return the stored customer
     */
    public StoredCustomer stored(long newVersion, long newOrdinal) {
        return new StoredCustomer(account, customer, newVersion, newOrdinal, eventSequence);
    }
}
