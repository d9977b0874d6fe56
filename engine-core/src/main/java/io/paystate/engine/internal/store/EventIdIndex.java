package io.paystate.engine.internal.store;

import io.paystate.model.EventId;
import io.paystate.model.PaymentEvent;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Event id to log position, as an open-addressing table of positions: the id itself stays in the
 * event, so an entry costs a slot of a {@code long} array (about 16 bytes at the table's load)
 * instead of a hash-map node and a boxed position.
 *
 * <p>Writes happen under the log's lock; lookups take no lock and see every entry written before the
 * position they look for became visible.
 */
final class EventIdIndex {
    private static final long EMPTY = 0;
    private static final long DELETED = -1;

    private final LongFunction<@Nullable PaymentEvent> events;
    private volatile AtomicLongArray table = new AtomicLongArray(1 << 10);
    private int used; // live and deleted slots; guarded by the log's lock
    private int live;

    EventIdIndex(LongFunction<@Nullable PaymentEvent> events) {
        this.events = events;
    }

    /** Adds an entry; under the log's lock. */
    void put(EventId id, long position) {
        if ((used + 1) * 2 > table.length()) {
            rehash(live * 2 + 2 > table.length() ? table.length() * 2 : table.length());
        }
        insert(table, id, position);
        used++;
        live++;
    }

    private static void insert(AtomicLongArray t, EventId id, long position) {
        int mask = t.length() - 1;
        for (int i = spread(id) & mask; ; i = (i + 1) & mask) {
            if (t.get(i) == EMPTY) {
                t.set(i, position);
                return;
            }
        }
    }

    /** Returns the position of the event with this id, or -1. */
    long find(EventId id) {
        AtomicLongArray t = table;
        int mask = t.length() - 1;
        for (int i = spread(id) & mask, probes = 0; probes <= mask; i = (i + 1) & mask, probes++) {
            long p = t.get(i);
            if (p == EMPTY) {
                return -1;
            }
            if (p != DELETED) {
                PaymentEvent e = events.apply(p);
                if (e != null && e.id().equals(id)) {
                    return p;
                }
            }
        }
        return -1;
    }

    /** Removes an entry; under the log's lock, before the event itself is dropped. */
    void remove(EventId id, long position) {
        AtomicLongArray t = table;
        int mask = t.length() - 1;
        for (int i = spread(id) & mask; ; i = (i + 1) & mask) {
            long p = t.get(i);
            if (p == EMPTY) {
                return;
            }
            if (p == position) {
                t.set(i, DELETED);
                live--;
                return;
            }
        }
    }

    private void rehash(int capacity) {
        AtomicLongArray old = table;
        AtomicLongArray next = new AtomicLongArray(capacity);
        for (int i = 0; i < old.length(); i++) {
            long p = old.get(i);
            if (p > 0) {
                PaymentEvent e = events.apply(p);
                if (e != null) {
                    insert(next, e.id(), p);
                }
            }
        }
        table = next;
        used = live;
    }

    private static int spread(EventId id) {
        int h = id.value().hashCode();
        return h ^ (h >>> 16);
    }
}
