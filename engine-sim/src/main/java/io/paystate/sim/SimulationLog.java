package io.paystate.sim;

import io.paystate.model.EventId;
import io.paystate.model.PaymentEvent;
import io.paystate.spi.EventPage;
import io.paystate.spi.EventQuery;
import io.paystate.spi.LoggedEvent;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The event log of one simulation partition: events in a queue, each dropped as soon as every
 * subscriber the engine has registered received it, so that a run of millions of intents holds only
 * the events not yet delivered. Not thread-safe: a partition is single-threaded.
 */
final class SimulationLog {
    private final ArrayDeque<LoggedEvent> events = new ArrayDeque<>();
    // each subscriber's delivered position in a cell of its own: a map of Longs would box one per delivery
    private final Map<String, long[]> positions = new HashMap<>();
    private long last;

    void append(List<PaymentEvent> committed) {
        for (PaymentEvent event : committed) {
            events.addLast(new LoggedEvent(++last, event));
        }
    }

    List<LoggedEvent> read(long after, int limit) {
        List<LoggedEvent> result = new ArrayList<>(Math.min(limit, events.size()));
        for (LoggedEvent e : events) {
            if (result.size() == limit) {
                break;
            }
            if (e.position() > after) {
                result.add(e);
            }
        }
        return result;
    }

    long position(String subscriber) {
        // a subscriber is known from its first question on: events wait for it from then on
        return positions.computeIfAbsent(subscriber, s -> new long[1])[0];
    }

    void delivered(String subscriber, long position) {
        long[] cell = positions.computeIfAbsent(subscriber, s -> new long[1]);
        cell[0] = Math.max(cell[0], position);
        long slowest = Long.MAX_VALUE;
        for (long[] delivered : positions.values()) {
            slowest = Math.min(slowest, delivered[0]);
        }
        while (!events.isEmpty() && events.peekFirst().position() <= slowest) {
            events.removeFirst();
        }
    }

    Optional<PaymentEvent> find(EventId id) {
        return events.stream().map(LoggedEvent::event).filter(e -> e.id().equals(id)).findFirst();
    }

    EventPage query(EventQuery query) {
        List<PaymentEvent> page = new ArrayList<>();
        Iterator<LoggedEvent> newestFirst = events.descendingIterator();
        while (newestFirst.hasNext() && page.size() <= query.limit()) {
            PaymentEvent e = newestFirst.next().event();
            if (query.matches(e)) {
                page.add(e);
            }
        }
        boolean more = page.size() > query.limit();
        return new EventPage(more ? page.subList(0, query.limit()) : page, more);
    }

    int deleteBefore(Instant cutoff, int limit) {
        int deleted = 0;
        while (deleted < limit && !events.isEmpty() && events.peekFirst().event().created().isBefore(cutoff)) {
            events.removeFirst();
            deleted++;
        }
        return deleted;
    }

    int size() {
        return events.size();
    }
}
