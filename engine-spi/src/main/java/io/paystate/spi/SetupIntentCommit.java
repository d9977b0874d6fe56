package io.paystate.spi;

import io.paystate.model.SetupIntentEvent;
import java.util.List;
import java.util.Objects;

/**
 * One atomic write of a SetupIntent: its new state and the events that produced it. A store applies
 * it as a whole or not at all. A candidate with version 0 is an insert; any other version is a
 * compare-and-set update of the stored version.
 *
 * @param setupIntent the new state, carrying the version it was read at (0 for a new SetupIntent)
 * @param events the events of this change, in order; their sequence numbers continue the
 *     SetupIntent's, ending at {@link StoredSetupIntent#eventSequence()}; may be empty
 */
public record SetupIntentCommit(StoredSetupIntent setupIntent, List<SetupIntentEvent> events) {
    /**
     * Throws {@link IllegalArgumentException} if an event belongs to another SetupIntent or account,
     * or is out of sequence.
     *
     * @param setupIntent the new state, carrying the version it was read at
     * @param events the events of this change, in order; may be empty
     */
    public SetupIntentCommit {
        Objects.requireNonNull(setupIntent, "setupIntent");
        events = List.copyOf(events);
        long expected = setupIntent.eventSequence() - events.size() + 1;
        for (SetupIntentEvent event : events) {
            if (!event.setupIntentId().equals(setupIntent.setupIntent().id())
                    || !event.account().equals(setupIntent.account())) {
                throw new IllegalArgumentException("event " + event.id() + " does not belong to "
                        + setupIntent.setupIntent().id());
            }
            if (event.sequence() != expected++) {
                throw new IllegalArgumentException("event " + event.id() + " has sequence " + event.sequence()
                        + ", expected " + (expected - 1));
            }
        }
    }

    /**
     * Returns whether this commit inserts a new SetupIntent.
     *
     * @return true for an insert (candidate version 0)
     */
    public boolean isInsert() {
        return setupIntent.version() == 0;
    }
}
