package io.paystate.spi;

import io.paystate.model.PaymentMethodEvent;
import java.util.List;
import java.util.Objects;

/**
 * One atomic write of a payment method: its new state and its events, as a whole or not at all.
 * A candidate with version 0 is an insert; any other version is a compare-and-set update.
 *
 * @param paymentMethod the new state, carrying the version it was read at (0 for a new method)
 * @param events the events of this change, in order, their sequence numbers ending at
 *     {@link StoredPaymentMethod#eventSequence()}; may be empty
 */
public record PaymentMethodCommit(StoredPaymentMethod paymentMethod, List<PaymentMethodEvent> events) {
    /**
     * Throws {@link IllegalArgumentException} if an event belongs to another method or is out of sequence.
     *
     * @param paymentMethod the new state, carrying the version it was read at (0 for a new method)
     * @param events the events of this change, in order; may be empty
     */
    public PaymentMethodCommit {
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        events = List.copyOf(events);
        long expected = paymentMethod.eventSequence() - events.size() + 1;
        for (PaymentMethodEvent event : events) {
            if (!event.paymentMethod().id().equals(paymentMethod.paymentMethod().id())
                    || !event.account().equals(paymentMethod.account())) {
                throw new IllegalArgumentException("event " + event.id() + " does not belong to "
                        + paymentMethod.paymentMethod().id());
            }
            if (event.sequence() != expected++) {
                throw new IllegalArgumentException("event " + event.id() + " is out of sequence");
            }
        }
    }

    /**
     * Returns whether this commit inserts a new method.
     *
     * @return true for an insert (candidate version 0)
     */
    public boolean isInsert() {
        return paymentMethod.version() == 0;
    }
}
