package io.paystate.engine.internal;

import io.paystate.engine.ExpiryPolicy;
import io.paystate.model.CancellationReason;
import io.paystate.model.RefundReason;
import io.paystate.spi.PaymentMethodDetails;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The authorization window of held payments and what its end does (the configured expiry policy). */
final class Holds {
    private final EngineConfig config;
    private final Transitions transitions;
    /**
     * The deadline computed last. The engine's clock counts whole seconds, so intents created in the
     * same second share their deadline instant instead of each holding an equal copy (24 bytes per
     * held intent and per confirmation). A plain field: the entry is immutable, and a thread that
     * misses another's entry only computes the instant again.
     */
    private @Nullable Deadline last;

    /** A deadline and what it was computed from. */
    private record Deadline(Instant created, Duration window, Instant at) {}

    Holds(EngineConfig config, Transitions transitions) {
        this.config = config;
        this.transitions = transitions;
    }

    /** The authorization window counts from the intent's creation; brand and extended windows override it. */
    Instant deadline(IntentDraft d, PaymentMethodDetails pm, boolean extended) {
        Duration window = config.authorizationWindow();
        if (pm.brand() != null) {
            window = config.brandWindows().getOrDefault(pm.brand().toLowerCase(Locale.ROOT), window);
        }
        if (extended && config.extendedAuthorizationWindow().compareTo(window) > 0) {
            window = config.extendedAuthorizationWindow();
        }
        Deadline cached = last;
        if (cached != null && cached.created.equals(d.created) && cached.window.equals(window)) {
            return cached.at;
        }
        Instant at = d.created.plus(window);
        last = new Deadline(d.created, window, at);
        return at;
    }

    /** Ends a held authorization at its deadline: canceled, or back to requires_payment_method (legacy). */
    void expire(Work work, Instant deadline) {
        boolean cancel = config.expiryPolicy() == ExpiryPolicy.CANCEL;
        transitions.fire(work, Trigger.EXPIRE, cancel ? Outcome.DONE : Outcome.REVERTED, deadline, d -> {
            Charges.releaseHold(d, RefundReason.EXPIRED_UNCAPTURED_CHARGE);
            if (cancel) {
                d.cancellationReason = CancellationReason.AUTOMATIC;
                d.canceledAt = deadline;
            } else {
                d.paymentMethod = null;
            }
        });
    }
}
