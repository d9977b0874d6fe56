package io.paystate.spi;

import io.paystate.model.EventId;
import io.paystate.model.StripeEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One page request against an account's events in a customer, payment method or SetupIntent log,
 * newest first (by commit order), as {@link EventQuery} is for intents. Every condition is optional
 * and they combine with AND.
 *
 * <p>With {@code startingAfter}, the page holds the {@code limit} matching events immediately older
 * than that event; with {@code endingBefore}, those immediately newer (still listed newest first). A
 * cursor that is not an event of this account in this log gives an empty page.
 *
 * @param types the wire names of the event types to include, e.g. {@code customer.created}; empty for all
 * @param createdFrom only events created at or after this instant
 * @param createdTo only events created at or before this instant
 * @param objectId only the events of this object, e.g. {@code cus_...}
 * @param startingAfter exclusive cursor towards older events
 * @param endingBefore exclusive cursor towards newer events
 * @param limit the page size, 1 to 100
 */
public record ObjectEventQuery(Set<String> types, @Nullable Instant createdFrom, @Nullable Instant createdTo,
        @Nullable String objectId, @Nullable EventId startingAfter, @Nullable EventId endingBefore, int limit) {

    /**
     * Throws {@link IllegalArgumentException} for both cursors or a limit outside 1..100.
     *
     * @param types the wire names of the event types to include; empty for all
     * @param createdFrom only events created at or after this instant
     * @param createdTo only events created at or before this instant
     * @param objectId only the events of this object
     * @param startingAfter exclusive cursor towards older events
     * @param endingBefore exclusive cursor towards newer events
     * @param limit the page size, 1 to 100
     */
    public ObjectEventQuery {
        types = Set.copyOf(Objects.requireNonNull(types, "types"));
        if (startingAfter != null && endingBefore != null) {
            throw new IllegalArgumentException("startingAfter and endingBefore are exclusive");
        }
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be within 1..100: " + limit);
        }
    }

    /**
     * Returns whether an event meets the conditions (the cursors and the account aside).
     *
     * @param event the event
     * @return whether it matches
     */
    public boolean matches(StripeEvent event) {
        return (types.isEmpty() || types.contains(event.type().wireName()))
                && (createdFrom == null || !event.created().isBefore(createdFrom))
                && (createdTo == null || !event.created().isAfter(createdTo))
                && (objectId == null || objectId.equals(event.objectId()));
    }
}
