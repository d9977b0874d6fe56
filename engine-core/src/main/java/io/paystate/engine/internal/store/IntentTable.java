package io.paystate.engine.internal.store;

import io.paystate.model.PaymentIntentId;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory store's slots by intent id, as open-addressing tables of slot references: the id
 * is read from the slot's intent, so an entry costs one array slot (6 to 12 bytes at the table's
 * load) where a {@code ConcurrentHashMap} spends a 32-byte node and its table slot. Intents are never
 * removed, so the tables have no tombstones.
 *
 * <p>The ids are spread over {@value #SEGMENTS} segments by their hash, each a table with its own
 * lock, so that two inserts seldom wait for each other, and a table that grows copies a sixteenth of
 * the slots while only the inserts into its segment wait.
 *
 * <p>Thread safety: the reservations and inserts of a segment are serialized by its lock, held
 * only for the check and the write itself ({@link #reserve}, {@link #addReserved}); lookups take no
 * lock. Slots are read and written with volatile semantics, and a grown table is fully filled
 * before it is published, so a lookup sees every insert that completed before it began.
 */
public final class IntentTable {
    static final int SEGMENT_BITS = 4;
    static final int SEGMENTS = 1 << SEGMENT_BITS;

    private final Segment[] segments = new Segment[SEGMENTS];

    /** Creates an empty table. */
    public IntentTable() {
        for (int i = 0; i < SEGMENTS; i++) {
            segments[i] = new Segment();
        }
    }

    /** Returns the slot of the intent with this id, or null. */
    public @Nullable IntentSlot get(PaymentIntentId id) {
        int hash = hash(id);
        return segment(hash).get(id, hash);
    }

    /**
     * Reserves an id for an insert: returns false if the table holds it or another insert has
     * reserved it. A reservation ends with {@link #addReserved} or {@link #release}; while it lasts
     * the insert holds no lock of the table, so it may wait for other locks without holding up the
     * inserts into its segment.
     */
    public boolean reserve(PaymentIntentId id) {
        int hash = hash(id);
        Segment segment = segment(hash);
        synchronized (segment) {
            return segment.get(id, hash) == null && segment.reserved.add(id);
        }
    }

    /** Adds the slot of a reserved id, ending its reservation. */
    public void addReserved(IntentSlot slot) {
        Segment segment = segment(slot.idHash);
        PaymentIntentId id = slot.current().intent().id();
        synchronized (segment) {
            if (!segment.reserved.remove(id)) {
                throw new IllegalStateException("IntentTable.addReserved of an id not reserved: " + id);
            }
            segment.add(slot);
        }
    }

    /** Ends a reservation that added nothing. */
    public void release(PaymentIntentId id) {
        Segment segment = segment(hash(id));
        synchronized (segment) {
            segment.reserved.remove(id);
        }
    }

    /** Returns how many slots the table holds. */
    public int size() {
        int size = 0;
        for (Segment segment : segments) {
            synchronized (segment) {
                size += segment.size;
            }
        }
        return size;
    }

    private Segment segment(int hash) {
        return segments[segmentOf(hash)];
    }

    /** The segment of an id's {@link #hash}: its high bits (the low bits pick the place in the segment's table). */
    static int segmentOf(int hash) {
        return hash >>> (Integer.SIZE - SEGMENT_BITS);
    }

    static int hash(PaymentIntentId id) {
        // ids end in random characters; the spread mixes them into the low bits the mask keeps
        int h = id.value().hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static final class Segment {
        private volatile AtomicReferenceArray<IntentSlot> table = new AtomicReferenceArray<>(1 << 6);
        private int size; // guarded by this
        // ids of inserts under way, guarded by this: at most a few, one per inserting thread
        final Set<PaymentIntentId> reserved = new HashSet<>(4);

        @Nullable IntentSlot get(PaymentIntentId id, int hash) {
            AtomicReferenceArray<IntentSlot> t = table;
            int mask = t.length() - 1;
            for (int i = hash & mask; ; i = (i + 1) & mask) {
                IntentSlot slot = t.get(i);
                if (slot == null || (slot.idHash == hash && slot.current().intent().id().equals(id))) {
                    return slot;
                }
            }
        }

        void add(IntentSlot slot) {
            AtomicReferenceArray<IntentSlot> t = table;
            // grown at two thirds full: probes stay short, and the table costs at most 12 bytes per intent
            if ((size + 1) * 3L > t.length() * 2L) {
                t = grow(t);
            }
            insert(t, slot);
            size++;
        }

        private AtomicReferenceArray<IntentSlot> grow(AtomicReferenceArray<IntentSlot> old) {
            AtomicReferenceArray<IntentSlot> next = new AtomicReferenceArray<>(old.length() * 2);
            for (int i = 0; i < old.length(); i++) {
                IntentSlot slot = old.get(i);
                if (slot != null) {
                    insert(next, slot);
                }
            }
            table = next;
            return next;
        }

        private static void insert(AtomicReferenceArray<IntentSlot> t, IntentSlot slot) {
            int mask = t.length() - 1;
            int i = slot.idHash & mask;
            while (t.get(i) != null) {
                i = (i + 1) & mask;
            }
            t.set(i, slot);
        }
    }
}
