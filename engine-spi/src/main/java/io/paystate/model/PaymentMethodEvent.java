package io.paystate.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The envelope of a stored payment method's event. Events of one method carry gap-free,
 * increasing {@link #sequence()} numbers, counted per method.
 *
 * @param id the event id, {@code evt_...}
 * @param type the event type
 * @param created engine-clock time of the change
 * @param account the account the method belongs to
 * @param paymentMethod the method as of this event
 * @param sequence the per-method sequence number, starting at 1
 * @param requestId the id of the request that caused it, or null
 * @param idempotencyKey the idempotency key of that request, if any
 */
public record PaymentMethodEvent(
        EventId id,
        PaymentMethodEventType type,
        Instant created,
        AccountId account,
        PaymentMethod paymentMethod,
        long sequence,
        @Nullable String requestId,
        @Nullable String idempotencyKey) implements StripeEvent {
    /**
     * Throws {@link IllegalArgumentException} if the sequence is not positive.
     *
     * @param id the event id, {@code evt_...}
     * @param type the event type
     * @param created engine-clock time of the change
     * @param account the account the method belongs to
     * @param paymentMethod the method as of this event
     * @param sequence the per-method sequence number, starting at 1
     * @param requestId the id of the request that caused it, or null
     * @param idempotencyKey the idempotency key of that request, if any
     */
    public PaymentMethodEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
    }

    /**
     * Returns the id of the object this event is about, the one its sequence counts.
     *
     * @return the object's id
     */
    @Override
    public String objectId() {
        return paymentMethod.id().value();
    }
}
