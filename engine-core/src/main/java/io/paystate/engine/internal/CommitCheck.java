package io.paystate.engine.internal;

import io.paystate.model.PaymentEvent;
import io.paystate.spi.Commit;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.StoredIntent;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Learns from the store whether a commit whose call failed was applied after all. */
final class CommitCheck {
    private CommitCheck() {}

    /**
     * Returns the intent as the commit stored it if the commit landed (later writers may have moved it
     * on since), or null if it did not.
     *
     * @throws RuntimeException if the store cannot be read either: the outcome is still in doubt
     */
    static @Nullable StoredIntent landed(PaymentIntentStore store, Commit commit) {
        StoredIntent candidate = commit.intent();
        Optional<StoredIntent> found = store.find(candidate.account(), candidate.intent().id());
        if (found.isEmpty()) {
            return null;
        }
        StoredIntent stored = found.get();
        List<PaymentEvent> events = commit.events();
        if (!events.isEmpty()) {
            // event ids are unique: the last event of this commit in the log proves it landed (and a
            // store applies a commit as a whole)
            PaymentEvent last = events.get(events.size() - 1);
            return store.findEvent(candidate.account(), last.id()).isPresent() ? asCommitted(candidate, stored) : null;
        }
        // no events: the stored state must be this very candidate at the next version
        boolean same = stored.version() == candidate.version() + 1
                && stored.withVersion(candidate.version(), candidate.ordinal()).equals(candidate);
        return same ? stored : null;
    }

    private static StoredIntent asCommitted(StoredIntent candidate, StoredIntent stored) {
        return candidate.withVersion(candidate.version() + 1, stored.ordinal());
    }
}
