package io.paystate.engine.internal.store;

import io.paystate.model.EventId;
import io.paystate.model.PaymentEvent;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Event id to log position, as an open-addressing table of {@code long}s, each packing 24 bits of
 * the id's hash above a 40-bit position (a trillion events): the id itself stays in the event, so
 * an entry costs one slot (about 16 bytes at the table's load) instead of a hash-map node and a
 * boxed position, an insert touches one cache line, and growing the table never touches the events.
 *
 * <p>Writes and lookups happen under the log's lock: the log builds the index lazily, on the first
 * lookup after appends, so appending never pays for it.
 */
final class EventIdIndex {
    private static final long EMPTY = 0;
    private static final long DELETED = -1;
    private static final int POSITION_BITS = 40;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

    private final LongFunction<@Nullable PaymentEvent> events;
    private volatile long[] table = new long[1 << 10];
    private int used; // live and deleted slots; guarded by the log's lock
    private int live;

    EventIdIndex(LongFunction<@Nullable PaymentEvent> events) {
        this.events = events;
    }

    /** Adds an entry; under the log's lock. */
    void put(EventId id, long position) {
        if (position > POSITION_MASK) {
            throw new IllegalStateException("event log position beyond the index's range: " + position);
        }
        long[] t = table;
        if ((used + 1) * 2 > t.length) {
            t = rehash(live * 2 + 2 > t.length ? t.length * 2 : t.length);
        }
        insert(t, hash(id), position);
        used++;
        live++;
    }

    private static void insert(long[] t, int hash, long position) {
        int mask = t.length - 1;
        long slot = ((long) (hash & 0xFFFFFF) << POSITION_BITS) | position;
        for (int i = (hash & 0xFFFFFF) & mask; ; i = (i + 1) & mask) {
            if (t[i] == EMPTY) {
                t[i] = slot;
                return;
            }
        }
    }

    /** Returns the position of the event with this id, or -1. */
    long find(EventId id) {
        long[] t = table;
        int hash = hash(id);
        long fragment = hash & 0xFFFFFF;
        int mask = t.length - 1;
        for (int i = (int) fragment & mask, probes = 0; probes <= mask; i = (i + 1) & mask, probes++) {
            long slot = t[i];
            if (slot == EMPTY) {
                return -1;
            }
            if (slot != DELETED && (slot >>> POSITION_BITS) == fragment) {
                long p = slot & POSITION_MASK;
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
        long[] t = table;
        int mask = t.length - 1;
        for (int i = (hash(id) & 0xFFFFFF) & mask; ; i = (i + 1) & mask) {
            long slot = t[i];
            if (slot == EMPTY) {
                return;
            }
            if (slot != DELETED && (slot & POSITION_MASK) == position) {
                t[i] = DELETED;
                live--;
                return;
            }
        }
    }

    private long[] rehash(int capacity) {
        long[] old = table;
        long[] next = new long[capacity];
        int mask = capacity - 1;
        for (long slot : old) {
            if (slot != EMPTY && slot != DELETED) {
                // every probe starts from the stored 24-bit fragment, so it places the entry again
                // exactly as insert and find look for it (tables beyond 2^24 slots cluster more)
                int i = (int) (slot >>> POSITION_BITS) & mask;
                while (next[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                next[i] = slot;
            }
        }
        table = next;
        used = live;
        return next;
    }

    private static int hash(EventId id) {
        int h = id.value().hashCode();
        return h ^ (h >>> 16);
    }
}
