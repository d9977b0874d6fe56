package io.paystate.engine.internal.store;

import io.paystate.model.PaymentIntentId;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory store's slots by intent id, as an open-addressing table of slot references: the id
 * is read from the slot's intent, so an entry costs one array slot (6 to 12 bytes at the table's
 * load) where a {@code ConcurrentHashMap} spends a 32-byte node and its table slot. Intents are never
 * removed, so the table has no tombstones.
 *
 * <p>Thread safety: inserts are serialized by this table's lock; lookups take no lock. Slots are
 * read and written with volatile semantics, and a grown table is fully filled before it is
 * published, so a lookup sees every insert that completed before it began.
 */
public final class IntentTable {
    private volatile AtomicReferenceArray<IntentSlot> table = new AtomicReferenceArray<>(1 << 10);
    private int size; // guarded by this

    /** Returns the slot of the intent with this id, or null. */
    public @Nullable IntentSlot get(PaymentIntentId id) {
        AtomicReferenceArray<IntentSlot> t = table;
        int mask = t.length() - 1;
        int hash = hash(id);
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            IntentSlot slot = t.get(i);
            if (slot == null || (slot.idHash == hash && slot.current().intent().id().equals(id))) {
                return slot;
            }
        }
    }

    /**
     * Adds a slot whose id is not in the table; the caller holds this table's lock (so that it can
     * check for the id and insert in one step).
     */
    public void add(IntentSlot slot) {
        if (!Thread.holdsLock(this)) {
            throw new IllegalStateException("IntentTable.add outside the table's lock");
        }
        AtomicReferenceArray<IntentSlot> t = table;
        // grown at two thirds full: probes stay short, and the table costs at most 12 bytes per intent
        if ((size + 1) * 3L > t.length() * 2L) {
            t = grow(t);
        }
        insert(t, slot);
        size++;
    }

    /** Returns how many slots the table holds. */
    public synchronized int size() {
        return size;
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

    static int hash(PaymentIntentId id) {
        // ids end in random characters; the spread mixes them into the low bits the mask keeps
        int h = id.value().hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
