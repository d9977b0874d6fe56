package io.paystate.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The envelope of a customer's event, the counterpart of {@link PaymentEvent} for customers. Events
 * of one customer carry gap-free, increasing {@link #sequence()} numbers, counted per customer.
 *
 * @param id the event id, {@code evt_...}
 * @param type the event type
 * @param created engine-clock time of the change
 * @param account the account the customer belongs to
 * @param customer the customer as of this event (deleted for {@code customer.deleted}: then the
 *     last state before the deletion, as Stripe shows it)
 * @param sequence the per-customer sequence number, starting at 1
 * @param requestId the id of the request that caused it
 * @param idempotencyKey the idempotency key of that request, if any
 */
public record CustomerEvent(
        EventId id,
        CustomerEventType type,
        Instant created,
        AccountId account,
        Customer customer,
        long sequence,
        @Nullable String requestId,
        @Nullable String idempotencyKey) implements StripeEvent {
    /**
     * Throws {@link IllegalArgumentException} if the sequence is not positive.
     *
     * @param id the event id, {@code evt_...}
     * @param type the event type
     * @param created engine-clock time of the change
     * @param account the account the customer belongs to
     * @param customer the customer as of this event
     * @param sequence the per-customer sequence number, starting at 1
     * @param requestId the id of the request that caused it
     * @param idempotencyKey the idempotency key of that request, if any
     */
    public CustomerEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(customer, "customer");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
    }

    /**
     * Returns the customer's id.
     *
     * @return the customer's id
     */
    public CustomerId customerId() {
        return customer.id();
    }

    /**
     * Returns the id of the object this event is about, the one its sequence counts.
     *
     * @return the object's id
     */
    @Override
    public String objectId() {
        return customer.id().value();
    }
}
