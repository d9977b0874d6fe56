package io.paystate.engine.internal.store;

import io.paystate.spi.IntentQuery.Position;
import java.util.Comparator;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One account's intent slots in position order, oldest first, in one array: an entry costs one
 * array slot (4 to 8 bytes while the array grows by doubling) where a skip-list spends a node and
 * its index levels (about 36 bytes). Inserts land at the end unless a clock read before a
 * concurrent insert put an intent's creation second behind the newest one; those few are copied
 * into a new array at their place.
 *
 * <p>Thread safety: inserts are serialized by this index's lock (a caller that numbers the slots it
 * adds does so under it too, so that they arrive in order); readers take no lock. A reader
 * takes one published view (array and size): slots below a published size are never rewritten, an
 * insert either writes the slot after the end and publishes a larger size, or publishes a new
 * array.
 */
public final class AccountIndex {
    private static final Comparator<IntentSlot> OLDEST_FIRST = IntentSlot.NEWEST_FIRST.reversed();

    // a class, not a record: the array is shared between views on purpose, never compared
    private static final class View {
        private final IntentSlot[] slots;
        private final int size;

        View(IntentSlot[] slots, int size) {
            this.slots = slots;
            this.size = size;
        }

        IntentSlot[] slots() {
            return slots;
        }

        int size() {
            return size;
        }
    }

    private volatile View view = new View(new IntentSlot[8], 0);
    // the newest slot's position, under the lock: an insert compares with it instead of reading
    // the newest slot, which another thread's insert wrote (its slot, version, intent and
    // creation instant: four cache misses on another core's lines)
    private long newestSecond = Long.MIN_VALUE;
    private long newestOrdinal = Long.MIN_VALUE;

    /** Adds the slot of a newly stored intent. */
    public synchronized void add(IntentSlot slot) {
        View v = view;
        IntentSlot[] a = v.slots();
        int n = v.size();
        // one comparison in the usual case, the newest intent: a binary search would read a slot's
        // intent at every step, each a cache miss in a large account
        long second = slot.createdEpochSecond();
        long ordinal = slot.ordinal();
        boolean newest = second > newestSecond || (second == newestSecond && ordinal >= newestOrdinal);
        int at = newest ? n : firstAfter(a, n, slot);
        if (newest) {
            newestSecond = second;
            newestOrdinal = ordinal;
        }
        if (at == n && n < a.length) {
            a[n] = slot;
            view = new View(a, n + 1);
            return;
        }
        IntentSlot[] next = new IntentSlot[n < a.length ? a.length : a.length * 2];
        System.arraycopy(a, 0, next, 0, at);
        next[at] = slot;
        System.arraycopy(a, at, next, at + 1, n - at);
        view = new View(next, n + 1);
    }

    /**
     * Visits the slots in a list query's order: newest first, older than {@code startingAfter} if
     * set; else, if {@code endingBefore} is set, the slots newer than it, oldest of them first. Stops
     * when the visitor returns false.
     */
    public void visit(@Nullable Position startingAfter, @Nullable Position endingBefore,
            Predicate<IntentSlot> visitor) {
        View v = view;
        IntentSlot[] a = v.slots();
        int n = v.size();
        if (startingAfter == null && endingBefore != null) {
            for (int i = firstAfter(a, n, IntentSlot.probe(endingBefore)); i < n; i++) {
                if (!visitor.test(a[i])) {
                    return;
                }
            }
            return;
        }
        int from = startingAfter == null ? n - 1 : firstAtOrAfter(a, n, IntentSlot.probe(startingAfter)) - 1;
        for (int i = from; i >= 0; i--) {
            if (!visitor.test(a[i])) {
                return;
            }
        }
    }

    /** The first index whose slot sorts after {@code key}, oldest first; {@code n} if none. */
    private static int firstAfter(IntentSlot[] a, int n, IntentSlot key) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (OLDEST_FIRST.compare(a[mid], key) > 0) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The first index whose slot sorts at or after {@code key}, oldest first; {@code n} if none. */
    private static int firstAtOrAfter(IntentSlot[] a, int n, IntentSlot key) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (OLDEST_FIRST.compare(a[mid], key) >= 0) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
