package io.paystate.spi;

import io.paystate.model.CustomerEvent;
import java.util.List;
import java.util.Objects;

/**
 * One atomic write of a customer: its new state and the events that produced it. A store applies it
 * as a whole or not at all. A candidate with version 0 is an insert; any other version is a
 * compare-and-set update of the stored version.
 *
 * @param customer the new state, carrying the version it was read at (0 for a new customer)
 * @param events the events of this change, in order; their sequence numbers continue the
 *     customer's, ending at {@link StoredCustomer#eventSequence()}; may be empty
 */
public record CustomerCommit(StoredCustomer customer, List<CustomerEvent> events) {
    /**
     * Throws {@link IllegalArgumentException} if an event belongs to another customer or is out of sequence.
     *
     * @param customer the new state, carrying the version it was read at (0 for a new customer)
     * @param events the events of this change, in order; may be empty
     */
    public CustomerCommit {
        Objects.requireNonNull(customer, "customer");
        events = List.copyOf(events);
        long expected = customer.eventSequence() - events.size() + 1;
        for (var event : events) {
            if (!event.customerId().equals(customer.customer().id()) || !event.account().equals(customer.account())) {
                throw new IllegalArgumentException("event " + event.id() + " does not belong to "
                        + customer.customer().id());
            }
            if (event.sequence() != expected++) {
                throw new IllegalArgumentException("event " + event.id() + " has sequence " + event.sequence()
                        + ", expected " + (expected - 1));
            }
        }
    }

    /**
     * Returns whether this commit inserts a new customer.
     *
     * @return true for an insert (candidate version 0)
     */
    public boolean isInsert() {
        return customer.version() == 0;
    }
}
