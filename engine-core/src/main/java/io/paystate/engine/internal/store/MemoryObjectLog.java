package io.paystate.engine.internal.store;

import io.paystate.model.AccountId;
import io.paystate.model.EventId;
import io.paystate.model.StripeEvent;
import io.paystate.spi.ObjectEventPage;
import io.paystate.spi.ObjectEventQuery;
import java.time.Instant;
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
 * The event log of an in-memory customer, payment method or SetupIntent store: events by position,
 * by id, the events API's pages, retention of the oldest, and each subscriber's delivered position. These logs are small next to the intents' one: a page is a scan
 * from the newest event.
 *
 * <p>Thread safety: appends and reads need the owning store's lock, which also makes its commits
 * atomic; the delivered positions are safe for concurrent use on their own.
 *
 * @param <E> the kind of event
 */
public final class MemoryObjectLog<E extends StripeEvent> {
    /** The events not deleted yet; the one at index i has position {@code deleted + i + 1}. */
    private final List<E> events = new ArrayList<>();
    private final Map<EventId, Long> positionById = new HashMap<>();
    /** How many of the oldest events retention deleted: positions up to this one are gone. */
    private long deleted;
    private final Map<String, AtomicLong> delivered = new ConcurrentHashMap<>();

    /** Appends the events of one commit; they get the next positions. */
    public void append(List<E> committed) {
        for (E e : committed) {
            events.add(e);
            positionById.put(e.id(), deleted + events.size());
        }
    }

    /** Returns the event with this id in this account, or empty. */
    public Optional<E> find(AccountId account, EventId id) {
        int i = indexOf(account, id);
        return i < 0 ? Optional.empty() : Optional.of(events.get(i));
    }

    /** Deletes up to {@code limit} of the oldest events created before {@code cutoff}; returns how many. */
    public int deleteBefore(Instant cutoff, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        int n = 0;
        while (n < limit && n < events.size() && events.get(n).created().isBefore(cutoff)) {
            positionById.remove(events.get(n).id());
            n++;
        }
        events.subList(0, n).clear();
        deleted += n;
        return n;
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
        long last = deleted + events.size();
        for (long p = Math.max(afterPosition, deleted) + 1; p <= last && out.size() < limit; p++) {
            out.add(logged.apply(p, events.get((int) (p - deleted - 1))));
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
        @Nullable Long position = positionById.get(id);
        if (position == null) {
            return -1;
        }
        int i = (int) (position - deleted - 1);
        return events.get(i).account().equals(account) ? i : -1;
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
