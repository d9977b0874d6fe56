package io.paystate.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The envelope of an event the engine emits (spec B 3.3). Events of one intent carry gap-free,
 * increasing {@link #sequence()} numbers and reach the sink in that order.
 *
 * @param id the event id, {@code evt_...}
 * @param type the event type
 * @param created engine-clock time of the change
 * @param account the account the intent belongs to
 * @param paymentIntent the intent as of this event
 * @param charge for {@code charge.*} events, the charge as of this event
 * @param sequence the per-intent sequence number, starting at 1
 * @param requestId the id of the request that caused it; null for clock-driven changes
 * @param idempotencyKey the idempotency key of that request, if any
 */
public record PaymentEvent(
        EventId id,
        EventType type,
        Instant created,
        AccountId account,
        PaymentIntent paymentIntent,
        @Nullable Charge charge,
        long sequence,
        @Nullable String requestId,
        @Nullable String idempotencyKey) implements StripeEvent {
    /**
     * Throws {@link IllegalArgumentException} if the sequence is not positive.
     *
     * @param id the event id, {@code evt_...}
     * @param type the event type
     * @param created engine-clock time of the change
     * @param account the account the intent belongs to
     * @param paymentIntent the intent as of this event
     * @param charge for {@code charge.*} events, the charge as of this event
     * @param sequence the per-intent sequence number, starting at 1
     * @param requestId the id of the request that caused it; null for clock-driven changes
     * @param idempotencyKey the idempotency key of that request, if any
     */
    public PaymentEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(paymentIntent, "paymentIntent");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
        if (type.isPaymentIntentEvent() == false && charge == null) {
            throw new IllegalArgumentException(type.wireName() + " needs its charge");
        }
    }

    /**
     * Returns the intent's id.
     *
     * @return the intent's id
     */
    public PaymentIntentId paymentIntentId() {
        return paymentIntent.id();
    }

    /**
     * Returns the id of the object this event is about, the one its sequence counts.
     *
     * @return the object's id
     */
    @Override
    public String objectId() {
        return paymentIntent.id().value();
    }
}
