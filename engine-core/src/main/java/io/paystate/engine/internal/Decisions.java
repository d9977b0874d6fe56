package io.paystate.engine.internal;

import io.paystate.spi.FundsMovement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The processor's decisions within one request, and the approvals among them that no commit has
 * recorded yet. A command re-run after a lost compare-and-set race finds its decision here and
 * applies it again, so the processor is asked once per attempt; an approval is either recorded by a
 * commit ({@link #recorded()}) or handed back for release ({@link #takeUnrecorded()}).
 */
final class Decisions {
    /**
     * One decision: its kind, the attempt's id, what it was asked about (compared with
     * {@code equals}), and the answer.
     */
    record Decided<T>(String kind, String attemptId, Object terms, T outcome) {}

    // created on the first decision: most requests (reads, captures of the test processor's inline
    // path, updates) never ask the processor, and every request carries a Decisions. A request makes
    // one or two decisions and approvals, so lists searched in order are smaller and faster than maps
    private @Nullable List<Decided<?>> byKind;
    private @Nullable List<FundsMovement> unrecorded; // in the order approved
    private @Nullable List<FundsMovement> superseded;
    private boolean processorReached;

    /**
     * Returns the decision of this kind made earlier in the request for the same terms, or asks the
     * processor with a freshly minted attempt id. An earlier approval for other terms (the intent
     * changed under a concurrent writer) is superseded and released.
     */
    @SuppressWarnings("unchecked")
    <T> Decided<T> decide(String kind, Object terms, Supplier<String> mintAttemptId, Function<String, T> ask) {
        int knownAt = indexOfKind(kind);
        Decided<?> known = knownAt < 0 ? null : Objects.requireNonNull(byKind).get(knownAt);
        if (known != null && known.terms().equals(terms)) {
            return (Decided<T>) known;
        }
        if (known != null) {
            FundsMovement approval = removeUnrecorded(known.attemptId());
            if (approval != null) {
                if (superseded == null) {
                    superseded = new ArrayList<>(1);
                }
                superseded.add(approval);
            }
        }
        String attemptId = mintAttemptId.get();
        boolean reachedBefore = processorReached;
        processorReached = true;
        T outcome;
        try {
            outcome = ask.apply(attemptId);
        } catch (ProcessorGateway.NotReached e) {
            processorReached = reachedBefore;
            throw e;
        }
        Decided<T> decided = new Decided<>(kind, attemptId, terms, outcome);
        if (byKind == null) {
            byKind = new ArrayList<>(2);
        }
        int at = indexOfKind(kind); // looked up again: asking may have taken any time and path
        if (at < 0) {
            byKind.add(decided);
        } else {
            byKind.set(at, decided);
        }
        return decided;
    }

    private int indexOfKind(String kind) {
        return indexOf(byKind, Decided::kind, kind);
    }

    private int indexOfUnrecorded(String attemptId) {
        return indexOf(unrecorded, FundsMovement::attemptId, attemptId);
    }

    /** The index of the first element whose key is {@code key}, or -1 (also for no list). */
    private static <E> int indexOf(@Nullable List<E> list, Function<E, String> keyOf, String key) {
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                if (keyOf.apply(list.get(i)).equals(key)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private @Nullable FundsMovement removeUnrecorded(String attemptId) {
        int i = indexOfUnrecorded(attemptId);
        return i < 0 ? null : Objects.requireNonNull(unrecorded).remove(i);
    }

    /** Notes an approval that the next commit must record. */
    void approved(FundsMovement approval) {
        if (unrecorded == null) {
            unrecorded = new ArrayList<>(2);
        }
        // the same attempt approved again (a re-run) replaces its earlier approval in its place
        int earlier = indexOfUnrecorded(approval.attemptId());
        if (earlier < 0) {
            unrecorded.add(approval);
        } else {
            unrecorded.set(earlier, approval);
        }
    }

    /** The commit landed: every approval of this request is on a charge. */
    void recorded() {
        if (unrecorded != null) {
            unrecorded.clear();
        }
    }

    /** Returns and forgets the approvals no commit recorded, and those superseded. */
    List<FundsMovement> takeUnrecorded() {
        boolean noneSuperseded = superseded == null || superseded.isEmpty();
        boolean noneUnrecorded = unrecorded == null || unrecorded.isEmpty();
        if (noneSuperseded && noneUnrecorded) {
            return List.of();
        }
        List<FundsMovement> result = new ArrayList<>();
        if (superseded != null) {
            result.addAll(superseded);
            superseded.clear();
        }
        if (unrecorded != null) {
            result.addAll(unrecorded);
            unrecorded.clear();
        }
        return result;
    }

    /** Whether any processor call was made for this request: its key must then be remembered. */
    boolean processorReached() {
        return processorReached;
    }
}
