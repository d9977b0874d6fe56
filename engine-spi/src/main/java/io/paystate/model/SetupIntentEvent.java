package io.paystate.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The envelope of a SetupIntent's event, the counterpart of {@link CustomerEvent} for SetupIntents.
 * Events of one SetupIntent carry gap-free, increasing {@link #sequence()} numbers, counted per
 * SetupIntent.
 *
 * @param id the event id, {@code evt_...}
 * @param type the event type
 * @param created engine-clock time of the change
 * @param account the account the SetupIntent belongs to
 * @param setupIntent the SetupIntent as of this event
 * @param sequence the per-SetupIntent sequence number, starting at 1
 * @param requestId the id of the request that caused it, or null for clock-driven changes
 * @param idempotencyKey the idempotency key of that request, if any
 */
public record SetupIntentEvent(
        EventId id,
        SetupIntentEventType type,
        Instant created,
        AccountId account,
        SetupIntent setupIntent,
        long sequence,
        @Nullable String requestId,
        @Nullable String idempotencyKey) implements StripeEvent {
    /**
     * Throws {@link IllegalArgumentException} if the sequence is not positive.
     *
     * @param id the event id, {@code evt_...}
     * @param type the event type
     * @param created engine-clock time of the change
     * @param account the account the SetupIntent belongs to
     * @param setupIntent the SetupIntent as of this event
     * @param sequence the per-SetupIntent sequence number, starting at 1
     * @param requestId the id of the request that caused it, or null
     * @param idempotencyKey the idempotency key of that request, if any
     */
    public SetupIntentEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(setupIntent, "setupIntent");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
    }

    /**
     * Returns the SetupIntent's id.
     *
     * @return the SetupIntent's id
     */
    public SetupIntentId setupIntentId() {
        return setupIntent.id();
    }

    /**
     * Returns the id of the object this event is about, the one its sequence counts.
     *
     * @return the object's id
     */
    @Override
    public String objectId() {
        return setupIntent.id().value();
    }
}
