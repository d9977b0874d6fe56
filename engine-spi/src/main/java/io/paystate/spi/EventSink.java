package io.paystate.spi;

import io.paystate.model.PaymentEvent;

/**
 * Receives every event the engine emits, after the new state is stored, in sequence order per intent.
 *
 * <p>Thread safety: called from the thread that ran the operation, while the intent's lock is held,
 * so events of one intent never arrive concurrently; events of different intents may. Implementations
 * must be thread-safe and should return quickly.
 *
 * <p>Exceptions: a sink that throws is logged and ignored; it never undoes a committed transition.
 * A host that needs durable events stores them itself (outbox).
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
