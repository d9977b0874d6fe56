package io.paystate.spi;

import io.paystate.model.AccountId;
import io.paystate.model.PaymentMethod;
import java.util.Objects;

/**
 * A payment method as a {@link PaymentMethodStore} keeps it: the method and the store's bookkeeping.
 *
 * @param account the account it belongs to
 * @param paymentMethod the method
 * @param version 0 for a candidate not stored yet; then 1, 2, ... per stored change
 * @param ordinal the store's creation order, the tie-breaker of list order; 0 until inserted
 * @param eventSequence the sequence number of the method's last event, 0 before any
 */
public record StoredPaymentMethod(AccountId account, PaymentMethod paymentMethod, long version, long ordinal,
        long eventSequence) {
    /**
     * Throws {@link IllegalArgumentException} if a counter is negative.
     *
     * @param account the account it belongs to
     * @param paymentMethod the method
     * @param version 0 for a candidate not stored yet; then 1, 2, ... per stored change
     * @param ordinal the store's creation order; 0 until inserted
     * @param eventSequence the sequence number of the method's last event, 0 before any
     */
    public StoredPaymentMethod {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        if (version < 0 || ordinal < 0 || eventSequence < 0) {
            throw new IllegalArgumentException("negative version, ordinal or event sequence");
        }
    }

    /**
     * Returns the candidate of a change: another method and event sequence, same version and ordinal.
     *
     * @param changed the new state
     * @param sequence the sequence number of its last event
     * @return the candidate
     */
    public StoredPaymentMethod with(PaymentMethod changed, long sequence) {
        return new StoredPaymentMethod(account, changed, version, ordinal, sequence);
    }

    /**
     * Returns a copy as stored, with this version and ordinal.
     *
     * @param newVersion the stored version
     * @param newOrdinal the stored ordinal
     * @return the stored method
     */
    public StoredPaymentMethod stored(long newVersion, long newOrdinal) {
        return new StoredPaymentMethod(account, paymentMethod, newVersion, newOrdinal, eventSequence);
    }
}
