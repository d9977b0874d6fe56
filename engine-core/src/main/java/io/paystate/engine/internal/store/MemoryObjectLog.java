package io.paystate.engine.internal.store;

import io.paystate.model.AccountId;
import io.paystate.model.EventId;
import io.paystate.model.StripeEvent;
import io.paystate.spi.ObjectEventPage;
import io.paystate.spi.ObjectEventQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The event log of an in-memory customer, payment method or SetupIntent store: events by position
 * (an event's position is its index plus one), by id, the events API's pages, and each
 * subscriber's delivered position. These logs are small next to the intents' one: a page is a scan
 * from the newest event.
 *
 * <p>Thread safety: appends and reads need the owning store's lock, which also makes its commits
 * atomic; the delivered positions are safe for concurrent use on their own.
 *
 * @param <E> the kind of event
 */
public final class MemoryObjectLog<E extends StripeEvent> {
    private final List<E> events = new ArrayList<>();
    private final Map<EventId, Integer> indexById = new HashMap<>();
    private final Map<String, AtomicLong> delivered = new ConcurrentHashMap<>();

    /** Appends the events of one commit; they get the next positions. */
    public void append(List<E> committed) {
        for (E e : committed) {
            indexById.put(e.id(), events.size());
            events.add(e);
        }
    }

    /** Returns the event with this id in this account, or empty. */
    public Optional<E> find(AccountId account, EventId id) {
        Integer i = indexById.get(id);
        return i != null && events.get(i).account().equals(account) ? Optional.of(events.get(i)) : Optional.empty();
    }

    /**
     * Returns up to {@code limit} events after {@code afterPosition}, each wrapped with its position.
     *
     * @throws IllegalArgumentException if {@code afterPosition} is negative or {@code limit} not positive
     */
    public <L> List<L> read(long afterPosition, int limit, BiFunction<Long, E, L> logged) {
        if (afterPosition < 0 || limit < 1) {
            throw new IllegalArgumentException("afterPosition must not be negative and limit must be positive");
        }
        List<L> out = new ArrayList<>();
        for (long p = afterPosition + 1; p <= events.size() && out.size() < limit; p++) {
            out.add(logged.apply(p, events.get((int) (p - 1))));
        }
        return out;
    }

    /** Returns one page of the account's matching events, newest first. */
    public ObjectEventPage<E> page(AccountId account, ObjectEventQuery query) {
        boolean towardsNewer = query.endingBefore() != null;
        EventId cursor = towardsNewer ? query.endingBefore() : query.startingAfter();
        int from = events.size() - 1;
        if (cursor != null) {
            int at = indexOf(account, cursor);
            if (at < 0) {
                return new ObjectEventPage<>(List.of(), false);
            }
            from = towardsNewer ? at + 1 : at - 1;
        }
        int step = towardsNewer ? 1 : -1;
        List<E> page = new ArrayList<>();
        boolean hasMore = false;
        for (int i = from; i >= 0 && i < events.size(); i += step) {
            E e = events.get(i);
            if (!e.account().equals(account) || !query.matches(e)) {
                continue;
            }
            if (page.size() == query.limit()) {
                hasMore = true;
                break;
            }
            page.add(e);
        }
        if (towardsNewer) {
            Collections.reverse(page);
        }
        return new ObjectEventPage<>(page, hasMore);
    }

    private int indexOf(AccountId account, EventId id) {
        @Nullable Integer i = indexById.get(id);
        return i != null && events.get(i).account().equals(account) ? i : -1;
    }

    /** Returns the subscriber's delivered position, 0 if it never saved one. */
    public long deliveredPosition(String subscriber) {
        AtomicLong p = delivered.get(Objects.requireNonNull(subscriber, "subscriber"));
        return p == null ? 0 : p.get();
    }

    /** Raises the subscriber's delivered position; a smaller one is ignored. */
    public void saveDeliveredPosition(String subscriber, long position) {
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative: " + position);
        }
        delivered.computeIfAbsent(Objects.requireNonNull(subscriber, "subscriber"), s -> new AtomicLong())
                .accumulateAndGet(position, Math::max);
    }
}
