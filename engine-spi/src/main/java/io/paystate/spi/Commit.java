package io.paystate.spi;

import io.paystate.model.PaymentEvent;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One atomic write of the engine: the new state of an intent, the events that produced it, and,
 * for a keyed request, the idempotency record it completes. A store applies a commit as a whole or
 * not at all: either the intent is stored at the next version and every event is in the log, or
 * nothing changed.
 *
 * <p>A candidate with version 0 is an insert; any other version is a compare-and-set update of the
 * stored version.
 *
 * @param intent the new state, carrying the version it was read at (0 for a new intent)
 * @param events the events of this change, in order; their sequence numbers continue the intent's,
 *     ending at {@link StoredIntent#eventSequence()}; may be empty
 * @param idempotency the key this commit completes, or null (no key, or a clock-driven change)
 */
public record Commit(StoredIntent intent, List<PaymentEvent> events, @Nullable IdempotencyCompletion idempotency) {

    /**
     * Throws {@link IllegalArgumentException} if an event belongs to another intent or is out of sequence.
     *
     * @param intent the new state, carrying the version it was read at (0 for a new intent)
     * @param events the events of this change, in order; their sequence numbers continue the intent's, ending at {@link StoredIntent#eventSequence()}; may be empty
     * @param idempotency the key this commit completes, or null (no key, or a clock-driven change)
     */
    public Commit {
        Objects.requireNonNull(intent, "intent");
        events = List.copyOf(events);
        long expected = intent.eventSequence() - events.size() + 1;
        for (PaymentEvent event : events) {
            if (!event.paymentIntentId().equals(intent.intent().id()) || !event.account().equals(intent.account())) {
                throw new IllegalArgumentException("event " + event.id() + " does not belong to " + intent.intent().id());
            }
            if (event.sequence() != expected++) {
                throw new IllegalArgumentException("event " + event.id() + " has sequence " + event.sequence()
                        + ", expected " + (expected - 1));
            }
        }
    }

    /**
     * A commit without idempotency record.
     *
     * @param intent the new state
     * @param events the events of this change
     */
    public Commit(StoredIntent intent, List<PaymentEvent> events) {
        this(intent, events, null);
    }

    /**
     * Returns whether this commit inserts a new intent.
     *
     * @return true for an insert (candidate version 0)
     */
    public boolean isInsert() {
        return intent.version() == 0;
    }
}
