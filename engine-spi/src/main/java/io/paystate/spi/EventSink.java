package io.paystate.spi;

import io.paystate.model.PaymentEvent;

/**
 * A subscriber to the engine's events, fed from the store's event log after each commit.
 *
 * <p>Delivery is at least once and in log order, so in sequence order per intent: a sink may see an
 * event again (after its own failure, or after a restart before its position was saved) and should
 * deduplicate by {@link PaymentEvent#id()}, which never changes between deliveries. A sink that
 * throws gets the same event again later, with backoff on the engine clock; after the configured
 * number of failed attempts the subscriber is parked (reported by the engine, never dropped) until
 * the host resumes it.
 *
 * <p>Thread safety: events of one subscriber are delivered one at a time, never concurrently, from
 * the thread of the request that committed them or of {@code processDue()}, and never while an
 * intent's lock is held, so a sink may call the engine back (capture on an event, say).
 * Implementations should return quickly.
 *
 * <p>Exceptions: any exception means "not delivered"; it never undoes the committed change.
 */
@FunctionalInterface
public interface EventSink {

    /**
     * Receives one event.
     *
     * @param event the event
     */
    void accept(PaymentEvent event);

    /**
     * Returns a sink that drops every event.
     *
     * @return a sink that drops every event
     */
    static EventSink noop() {
        return NoopEventSink.INSTANCE;
    }
}
