package io.paystate.engine.internal;

import io.paystate.spi.FundsMovement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /** One decision: the attempt's id, what it was asked about, and the answer. */
    record Decided<T>(String attemptId, String terms, T outcome) {}

    // created on the first decision: most requests (reads, captures of the test processor's inline
    // path, updates) never ask the processor, and every request carries a Decisions
    private @Nullable Map<String, Decided<?>> byKind;
    private @Nullable Map<String, FundsMovement> unrecorded;
    private @Nullable List<FundsMovement> superseded;
    private boolean processorReached;

    /**
     * Returns the decision of this kind made earlier in the request for the same terms, or asks the
     * processor with a freshly minted attempt id. An earlier approval for other terms (the intent
     * changed under a concurrent writer) is superseded and released.
     */
    @SuppressWarnings("unchecked")
    <T> Decided<T> decide(String kind, String terms, Supplier<String> mintAttemptId, Function<String, T> ask) {
        Decided<?> known = byKind == null ? null : byKind.get(kind);
        if (known != null && known.terms().equals(terms)) {
            return (Decided<T>) known;
        }
        if (known != null && unrecorded != null) {
            FundsMovement approval = unrecorded.remove(known.attemptId());
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
        Decided<T> decided = new Decided<>(attemptId, terms, outcome);
        if (byKind == null) {
            byKind = new HashMap<>(2);
        }
        byKind.put(kind, decided);
        return decided;
    }

    /** Notes an approval that the next commit must record. */
    void approved(FundsMovement approval) {
        if (unrecorded == null) {
            unrecorded = new LinkedHashMap<>(2);
        }
        unrecorded.put(approval.attemptId(), approval);
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
            result.addAll(unrecorded.values());
            unrecorded.clear();
        }
        return result;
    }

    /** Whether any processor call was made for this request: its key must then be remembered. */
    boolean processorReached() {
        return processorReached;
    }
}
