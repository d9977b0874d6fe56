package io.paystate.engine.internal.store;

import io.paystate.spi.StoredIntent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory store's stored versions that have a deadline, by (deadline, ordinal), in one
 * skip-list set per id segment of the {@link IntentTable}: the record is its own key, so an entry is
 * one skip-list node. Deadlines grow with the clock, so every insert lands at the end of the order;
 * in one set, two threads committing intents of their own contend on its last nodes, in
 * {@value IntentTable#SEGMENTS} sets they seldom meet. Reading due entries merges the sets.
 *
 * <p>Thread safety: safe for concurrent use; the store adds and removes an intent's entries under
 * that intent's write lock.
 */
public final class DeadlineIndex {
    private static final Comparator<StoredIntent> ORDER =
            Comparator.comparing(DeadlineIndex::deadlineOf).thenComparingLong(StoredIntent::ordinal);

    private final List<ConcurrentSkipListSet<StoredIntent>> sets;

    /** Creates an empty index. */
    public DeadlineIndex() {
        List<ConcurrentSkipListSet<StoredIntent>> made = new ArrayList<>();
        for (int i = 0; i < IntentTable.SEGMENTS; i++) {
            made.add(new ConcurrentSkipListSet<>(ORDER));
        }
        this.sets = List.copyOf(made);
    }

    /** Replaces an intent's entry: {@code before}'s, if it had a deadline, by {@code after}'s, if it has one. */
    public void replace(@Nullable StoredIntent before, StoredIntent after) {
        if (before != null && before.deadline() != null) {
            setOf(before).remove(before);
        }
        if (after.deadline() != null) {
            setOf(after).add(after);
        }
    }

    /**
     * Returns, in (deadline, ordinal) order of the entries, what {@code current} maps up to
     * {@code limit} entries due at {@code now} to (the store's current version of the entry's intent,
     * if its deadline is unchanged); entries it maps to null are skipped.
     */
    public List<StoredIntent> due(Instant now, int limit, Function<StoredIntent, @Nullable StoredIntent> current) {
        // a k-way merge: each set's next entry in a queue, the earliest first
        PriorityQueue<Head> heads = new PriorityQueue<>();
        for (ConcurrentSkipListSet<StoredIntent> set : sets) {
            Iterator<StoredIntent> it = set.iterator();
            if (it.hasNext()) {
                heads.add(new Head(it.next(), it));
            }
        }
        List<StoredIntent> due = new ArrayList<>();
        while (due.size() < limit && !heads.isEmpty()) {
            Head head = heads.poll();
            StoredIntent entry = head.entry;
            if (deadlineOf(entry).isAfter(now)) {
                break;
            }
            StoredIntent stored = current.apply(entry);
            if (stored != null) {
                due.add(stored);
            }
            if (head.rest.hasNext()) {
                heads.add(new Head(head.rest.next(), head.rest));
            }
        }
        return due;
    }

    private ConcurrentSkipListSet<StoredIntent> setOf(StoredIntent stored) {
        return sets.get(IntentTable.segmentOf(IntentTable.hash(stored.intent().id())));
    }

    private static Instant deadlineOf(StoredIntent stored) {
        Instant deadline = stored.deadline();
        // the index holds only versions with a deadline, and a stored version never changes
        return deadline != null ? deadline : Instant.MAX;
    }

    private static final class Head implements Comparable<Head> {
        final StoredIntent entry;
        final Iterator<StoredIntent> rest;

        Head(StoredIntent entry, Iterator<StoredIntent> rest) {
            this.entry = entry;
            this.rest = rest;
        }

        @Override
        public int compareTo(Head other) {
            return ORDER.compare(entry, other.entry);
        }
    }
}
