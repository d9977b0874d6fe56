package io.paystate.spi;

import io.paystate.model.EventId;
import io.paystate.model.EventType;
import io.paystate.model.PaymentIntentId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One page request against an account's event log, newest first (by commit order). Every condition
 * is optional and they combine with AND.
 *
 * <p>With {@code startingAfter}, the page holds the {@code limit} matching events immediately older
 * than that event; with {@code endingBefore}, those immediately newer (still listed newest first).
 *
 * @param types the event types to include; empty for all
 * @param createdFrom only events created at or after this instant
 * @param createdTo only events created at or before this instant
 * @param paymentIntent only this intent's events
 * @param startingAfter exclusive cursor towards older events
 * @param endingBefore exclusive cursor towards newer events
 * @param limit the page size, 1 to 100
 */
public record EventQuery(Set<EventType> types, @Nullable Instant createdFrom, @Nullable Instant createdTo,
        @Nullable PaymentIntentId paymentIntent, @Nullable EventId startingAfter, @Nullable EventId endingBefore,
        int limit) {

    /**
     * Throws {@link IllegalArgumentException} for both cursors or a limit outside 1..100.
     *
     * @param types the event types to include; empty for all
     * @param createdFrom only events created at or after this instant
     * @param createdTo only events created at or before this instant
     * @param paymentIntent only this intent's events
     * @param startingAfter exclusive cursor towards older events
     * @param endingBefore exclusive cursor towards newer events
     * @param limit the page size, 1 to 100
     */

    public EventQuery {
        types = Set.copyOf(Objects.requireNonNull(types, "types"));
        if (startingAfter != null && endingBefore != null) {
            throw new IllegalArgumentException("startingAfter and endingBefore are exclusive");
        }
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be within 1..100: " + limit);
        }
    }

    /**
     * Returns whether an event of the account matches every condition but the cursors.
     *
     * @param event the event
     * @return true if it matches
     */
    public boolean matches(io.paystate.model.PaymentEvent event) {
        return (types.isEmpty() || types.contains(event.type()))
                && (createdFrom == null || !event.created().isBefore(createdFrom))
                && (createdTo == null || !event.created().isAfter(createdTo))
                && (paymentIntent == null || paymentIntent.equals(event.paymentIntentId()));
    }
}
