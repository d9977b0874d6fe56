package io.paystate.engine;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where one event subscriber stands: how far it has received the log, and whether it is failing.
 *
 * @param name the subscriber's name, as given to the builder
 * @param deliveredPosition the log position up to which every event reached it
 * @param failedAttempts consecutive failed attempts at its next event; 0 when healthy
 * @param nextAttemptAt when the next attempt is due by the engine clock (it runs from
 *     {@link PaymentEngine#processDue()}), or null when it is not waiting
 * @param parked whether delivery stopped after too many failures; events wait in the log until
 *     {@link PaymentEngine#resumeSubscriber(String)}
 * @param lastError the last failure's exception class and message, or null
 */
public record SubscriberStatus(String name, long deliveredPosition, int failedAttempts, @Nullable Instant nextAttemptAt,
        boolean parked, @Nullable String lastError) {
    /**
     * Throws {@link NullPointerException} if the name is null.
     *
     * @param name the subscriber's name, as given to the builder
     * @param deliveredPosition the log position up to which every event reached it
     * @param failedAttempts consecutive failed attempts at its next event; 0 when healthy
     * @param nextAttemptAt when the next attempt is due by the engine clock (it runs from {@link PaymentEngine#processDue()}), or null when it is not waiting
     * @param parked whether delivery stopped after too many failures; events wait in the log until {@link PaymentEngine#resumeSubscriber(String)}
     * @param lastError the last failure's exception class and message, or null
     */
    public SubscriberStatus {
        Objects.requireNonNull(name, "name");
    }

    /**
     * Returns whether the subscriber receives events normally.
     *
     * @return whether the subscriber receives events normally
     */
    public boolean healthy() {
        return failedAttempts == 0 && !parked;
    }
}
