package io.paystate.engine.internal.store;

import io.paystate.spi.StoredIntent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The in-memory store's intents that have a deadline, by (deadline, ordinal) of their current
 * version, in one binary heap of slots per id segment of the {@link IntentTable}. A slot knows its
 * place in its heap (its {@code heapIndex}, in the slot's padding), so an entry costs one
 * array slot: about 5 bytes per intent, where a skip-list node and its index levels took about 36.
 * In {@value IntentTable#SEGMENTS} heaps, each with its own lock, two threads committing intents of
 * their own seldom meet. Reading due entries merges the heaps' earliest.
 *
 * <p>The order of a heap is the order of its slots' current versions, so a slot's version changes
 * only under its heap's lock while the slot is in a heap, or enters one: {@link #publish} sets the
 * version and moves the entry as one step.
 *
 * <p>Thread safety: safe for concurrent use; the store serializes the writes to one slot (a new slot
 * is added before it is published, an update holds the slot's monitor).
 */
public final class DeadlineIndex {
    static final Comparator<PackedIntent> ORDER = (a, b) -> {
        int byDeadline = deadlineOf(a).compareTo(deadlineOf(b));
        return byDeadline != 0 ? byDeadline : Long.compare(a.ordinal(), b.ordinal());
    };

    // the heaps' order: their slots' current versions in ORDER
    private static final Comparator<IntentSlot> BY_CURRENT = (a, b) -> ORDER.compare(a.current(), b.current());

    private final Heap[] heaps = new Heap[IntentTable.SEGMENTS];

    /** Creates an empty index. */
    public DeadlineIndex() {
        for (int i = 0; i < heaps.length; i++) {
            heaps[i] = new Heap();
        }
    }

    /**
     * Adds a new slot if its version has a deadline, before the slot is published: until then no
     * other writer can {@link #publish} to it.
     */
    public void add(IntentSlot slot) {
        if (slot.current().deadline() != null) {
            Heap heap = heapOf(slot);
            synchronized (heap) {
                heap.push(slot);
            }
        }
    }

    /**
     * Makes {@code next} the slot's current version and moves the slot's entry to its deadline:
     * out of the index if it has none, in if it gained one. The caller serializes writes to the slot.
     */
    public void publish(IntentSlot slot, PackedIntent next) {
        // only the slot's own writer moves it into or out of a heap, so its writer reads -1 here
        // exactly when the slot is in none (another thread's sift only moves it within its heap)
        if (slot.heapIndex < 0 && next.deadline() == null) {
            slot.set(next);
            return;
        }
        Heap heap = heapOf(slot);
        synchronized (heap) {
            slot.set(next);
            if (slot.heapIndex < 0) {
                heap.push(slot);
            } else if (next.deadline() == null) {
                heap.remove(slot);
            } else {
                heap.reposition(slot);
            }
        }
    }

    /**
     * Returns the current versions of up to {@code limit} intents due at {@code now}, in
     * (deadline, ordinal) order.
     */
    public List<StoredIntent> due(Instant now, int limit) {
        List<PackedIntent> due = new ArrayList<>();
        for (Heap heap : heaps) {
            synchronized (heap) {
                heap.collectDue(now, limit, due);
            }
        }
        // each heap gave its earliest up to the limit: the earliest of all are among them
        due.sort(ORDER);
        int taken = Math.min(limit, due.size());
        List<StoredIntent> stored = new ArrayList<>(taken);
        for (int i = 0; i < taken; i++) {
            stored.add(due.get(i).unpack());
        }
        return stored;
    }

    private Heap heapOf(IntentSlot slot) {
        return heaps[IntentTable.segmentOf(slot.idHash)];
    }

    private static Instant deadlineOf(PackedIntent stored) {
        Instant deadline = stored.deadline();
        if (deadline == null) {
            // a heap holds only slots whose version has a deadline, and changes them only under its lock
            throw new IllegalStateException("intent without a deadline in the deadline index: " + stored.intent().id());
        }
        return deadline;
    }

    /** A binary min-heap of slots; every method runs under the heap's monitor. */
    private static final class Heap {
        private static final int INITIAL = 16;

        private IntentSlot[] slots = new IntentSlot[INITIAL];
        private int size;

        void push(IntentSlot slot) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size + (size >> 1));
            }
            place(slot, size++);
            siftUp(slot.heapIndex);
        }

        void remove(IntentSlot slot) {
            int at = slot.heapIndex;
            slot.heapIndex = -1;
            IntentSlot last = slots[--size];
            slots[size] = null;
            if (at != size) {
                place(last, at);
                reposition(last);
            }
            // a heap that emptied out gives its memory back, keeping room to grow by half again
            if (slots.length > INITIAL && size < slots.length / 4) {
                slots = Arrays.copyOf(slots, Math.max(INITIAL, slots.length / 2));
            }
        }

        /** Restores the order around a slot whose version changed. */
        void reposition(IntentSlot slot) {
            int at = slot.heapIndex;
            siftUp(at);
            if (slot.heapIndex == at) {
                siftDown(at);
            }
        }

        void collectDue(Instant now, int limit, List<PackedIntent> into) {
            PackedIntent earliest = size == 0 ? null : slots[0].current();
            if (earliest == null || deadlineOf(earliest).isAfter(now)) {
                return;
            }
            into.add(earliest);
            if (limit == 1) {
                return; // the due work's usual question: the one earliest entry
            }
            // best first from the root: the children of a taken entry are the only new candidates
            PriorityQueue<IntentSlot> candidates = new PriorityQueue<>(BY_CURRENT);
            addChildren(0, candidates);
            int taken = 1;
            while (taken < limit && !candidates.isEmpty()) {
                IntentSlot next = candidates.poll();
                PackedIntent current = next.current();
                if (deadlineOf(current).isAfter(now)) {
                    return;
                }
                into.add(current);
                taken++;
                addChildren(next.heapIndex, candidates);
            }
        }

        private void addChildren(int parent, PriorityQueue<IntentSlot> candidates) {
            int child = 2 * parent + 1;
            if (child < size) {
                candidates.add(slots[child]);
            }
            if (child + 1 < size) {
                candidates.add(slots[child + 1]);
            }
        }

        private void siftUp(int from) {
            IntentSlot slot = slots[from];
            int at = from;
            while (at > 0) {
                int parent = (at - 1) >>> 1;
                if (less(slots[parent], slot)) {
                    break;
                }
                place(slots[parent], at);
                at = parent;
            }
            place(slot, at);
        }

        private void siftDown(int from) {
            IntentSlot slot = slots[from];
            int at = from;
            while (true) {
                int child = 2 * at + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && less(slots[child + 1], slots[child])) {
                    child++;
                }
                if (!less(slots[child], slot)) {
                    break;
                }
                place(slots[child], at);
                at = child;
            }
            place(slot, at);
        }

        private void place(IntentSlot slot, int at) {
            slots[at] = slot;
            slot.heapIndex = at;
        }

        private static boolean less(IntentSlot a, IntentSlot b) {
            return BY_CURRENT.compare(a, b) < 0;
        }
    }
}
