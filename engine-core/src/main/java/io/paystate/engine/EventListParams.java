package io.paystate.engine;

import io.paystate.engine.ListParams.CreatedRange;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of listing events ({@code GET /v1/events}), newest first. Events are kept for the
 * engine's event retention (30 days by default).
 *
 * @param limit page size 1..100, default 10
 * @param startingAfter an event id: list the events immediately older than it
 * @param endingBefore an event id: list the events immediately newer than it
 * @param type one event type, or a wildcard such as {@code charge.*}
 * @param types up to 20 event types (no wildcards); exclusive with {@code type}
 * @param created only events created in this range
 * @param paymentIntent only the events of this intent (an engine extension)
 */
public record EventListParams(
        @Nullable Integer limit,
        @Nullable String startingAfter,
        @Nullable String endingBefore,
        @Nullable String type,
        @Nullable List<String> types,
        @Nullable CreatedRange created,
        @Nullable String paymentIntent) {
    private static final EventListParams FIRST_PAGE = new EventListParams(null, null, null, null, null, null, null);

    /**
     * Copies the types.
     *
     * @param limit page size 1..100, default 10
     * @param startingAfter an event id: list the events immediately older than it
     * @param endingBefore an event id: list the events immediately newer than it
     * @param type one event type, or a wildcard such as {@code charge.*}
     * @param types up to 20 event types (no wildcards); exclusive with {@code type}
     * @param created only events created in this range
     * @param paymentIntent only the events of this intent (an engine extension)
     */

    public EventListParams {
        types = types == null ? null : List.copyOf(types);
    }

    /**
     * Returns parameters for the first page of every event, default size.
     *
     * @return parameters for the first page of every event, default size
     */
    public static EventListParams firstPage() {
        return FIRST_PAGE;
    }

    /**
     * Returns parameters for the first page of one intent's events, up to 100.
     *
     * @param id the id
     * @return parameters for the first page of one intent's events, up to 100
     */
    public static EventListParams ofIntent(io.paystate.model.PaymentIntentId id) {
        return new EventListParams(100, null, null, null, null, null, id.value());
    }
}
