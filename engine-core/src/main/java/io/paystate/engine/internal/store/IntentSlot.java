package io.paystate.engine.internal.store;

import io.paystate.spi.IntentQuery.Position;
import java.util.Comparator;

/**
 * One stored intent's current version, replaced on every commit. The slot, not the version, is what
 * the in-memory store's id table and account order index hold: an intent's creation time and
 * ordinal never change between versions, so one 24-byte object per intent serves both, where a
 * hash-map node and a {@link Position} key were needed before; it also keeps its place in the
 * {@link DeadlineIndex}.
 *
 * <p>Thread safety: {@code current} is volatile; writers are serialized by the store, and while
 * the slot is in a deadline heap they also hold the heap's lock ({@link DeadlineIndex#publish}).
 */
public class IntentSlot {
    /** Newest first, as {@link Position#compareTo} orders: by creation second, then ordinal. */
    public static final Comparator<IntentSlot> NEWEST_FIRST = (a, b) -> {
        int byCreated = Long.compare(b.createdEpochSecond(), a.createdEpochSecond());
        return byCreated != 0 ? byCreated : Long.compare(b.ordinal(), a.ordinal());
    };

    private volatile PackedIntent current;
    // the id's hash, so that a probe of the id table reads only the slot until the hash matches
    // (the id is four references away); it fills the slot's padding up to 24 bytes
    final int idHash;
    // the slot's place in its DeadlineIndex heap, -1 when in none; written under that heap's lock.
    // The slot's last 4 bytes of padding: a deadline entry costs the heap's array slot and no node
    int heapIndex = -1;

    /** Creates a slot holding the first stored version. */
    public IntentSlot(PackedIntent first) {
        this.current = first;
        this.idHash = IntentTable.hash(first.intent().id());
    }

    @SuppressWarnings("NullAway") // a probe is only compared, never read
    private IntentSlot() {
        this.current = null;
        this.idHash = 0;
    }

    /** Returns the current version. */
    public PackedIntent current() {
        return current;
    }

    /** Replaces the current version with a later one of the same intent ({@link DeadlineIndex#publish}). */
    void set(PackedIntent next) {
        current = next;
    }

    long createdEpochSecond() {
        return current.intent().created().getEpochSecond();
    }

    long ordinal() {
        return current.ordinal();
    }

    /**
     * Returns a key that sorts where an intent at this position would, for range views of an
     * account's index; it holds no intent.
     */
    public static IntentSlot probe(Position position) {
        return new Probe(position);
    }

    private static final class Probe extends IntentSlot {
        private final Position position;

        Probe(Position position) {
            this.position = position;
        }

        @Override
        long createdEpochSecond() {
            return position.createdEpochSecond();
        }

        @Override
        long ordinal() {
            return position.ordinal();
        }
    }
}
