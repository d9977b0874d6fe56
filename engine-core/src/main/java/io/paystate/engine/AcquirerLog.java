package io.paystate.engine;

import io.paystate.spi.FundsMovement;
import io.paystate.spi.ReleaseReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;

/**
 * What reached the "acquirer" behind a {@link TestModeProcessor}: every approval it gave and every
 * capture and release the engine asked for, in the order they arrived. Tests use it to
 * check that each approval ends on exactly one charge or is released, and that held funds move as
 * the intent's lifecycle says.
 *
 * <p>Thread safety: safe for concurrent use.
 */
public final class AcquirerLog {
    /** The kinds of entries. */
    public enum Kind {
        /** The processor approved an authorization (its amount). */
        APPROVAL,
        /** Held funds were captured. */
        CAPTURE,
        /** Held funds were released. */
        RELEASE
    }

    /**
     * One entry.
     *
     * @param kind what happened
     * @param movement the attempt, amount and currency
     * @param reason why funds were released, for {@link Kind#RELEASE}
     */
    public record Entry(Kind kind, FundsMovement movement, @Nullable ReleaseReason reason) {
        /**
         * Throws {@link NullPointerException} if kind or movement is null.
         *
         * @param kind what happened
         * @param movement the attempt, amount and currency
         * @param reason why funds were released, for {@link Kind#RELEASE}
         */
        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(movement, "movement");
        }
    }

    private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();

    /** Creates an empty log. */
    public AcquirerLog() {}

    void add(Kind kind, FundsMovement movement, @Nullable ReleaseReason reason) {
        entries.add(new Entry(kind, movement, reason));
    }

    /**
     * Returns every entry so far, oldest first.
     *
     * @return every entry so far, oldest first
     */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /**
     * Returns the entries of one kind, oldest first.
     *
     * @param kind the kind
     * @return the entries of one kind, oldest first
     */
    public List<Entry> entries(Kind kind) {
        List<Entry> result = new ArrayList<>();
        for (Entry e : entries) {
            if (e.kind() == kind) {
                result.add(e);
            }
        }
        return result;
    }

    /**
     * Returns the entries of one attempt, oldest first.
     *
     * @param attemptId the attempt id
     * @return the entries of one attempt, oldest first
     */
    public List<Entry> ofAttempt(String attemptId) {
        List<Entry> result = new ArrayList<>();
        for (Entry e : entries) {
            if (e.movement().attemptId().equals(attemptId)) {
                result.add(e);
            }
        }
        return result;
    }
}
