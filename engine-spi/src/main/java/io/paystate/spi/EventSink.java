package io.paystate.spi;

import io.paystate.model.CustomerEvent;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentMethodEvent;
import io.paystate.model.SetupIntentEvent;
import io.paystate.model.StripeEvent;

/**
 * A subscriber to the engine's events, fed from the stores' event logs after each commit.
 *
 * <p>{@link #accept(PaymentEvent)} receives the events of intents and their charges, the only
 * method a lambda implements. The events of customers, payment methods and SetupIntents come from
 * their own stores' logs to the {@code accept...Event} methods, which ignore them unless
 * overridden; {@link #acceptAny} is the one place to override to receive every kind.
 *
 * <p>Delivery is at least once and in log order, so in sequence order per object: a sink may see an
 * event again (after its own failure, or after a restart before its position was saved) and should
 * deduplicate by {@link StripeEvent#id()}, which never changes between deliveries. Events of
 * different objects, above all of different kinds, have no order between them. A sink that
 * throws gets the same event again later, with backoff on the engine clock; after the configured
 * number of failed attempts the subscriber is parked (reported by the engine, never dropped) until
 * the host resumes it.
 *
 * <p>Thread safety: events of one subscriber are delivered one at a time, whatever their kind,
 * never concurrently, from the thread of the request that committed them or of
 * {@code processDue()}, and never while an object's lock is held, so a sink may call the engine back (capture on an event, say).
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
     * Receives one event of a customer; hands it to {@link #acceptAny}, which ignores it unless
     * overridden.
     *
     * @param event the event
     */
    default void acceptCustomerEvent(CustomerEvent event) {
        acceptAny(event);
    }

    /**
     * Receives one event of a payment method; hands it to {@link #acceptAny}, which ignores it unless
     * overridden.
     *
     * @param event the event
     */
    default void acceptPaymentMethodEvent(PaymentMethodEvent event) {
        acceptAny(event);
    }

    /**
     * Receives one event of a SetupIntent; hands it to {@link #acceptAny}, which ignores it unless
     * overridden.
     *
     * @param event the event
     */
    default void acceptSetupIntentEvent(SetupIntentEvent event) {
        acceptAny(event);
    }

    /**
     * Receives one event of any kind, for a sink that treats them alike (a webhook relay, an audit
     * log). The engine calls the typed methods, never this one: override this one instead of the
     * three {@code accept...Event} methods, and {@link #accept(PaymentEvent)} to call it too if
     * intent events should take the same path.
     *
     * @param event the event
     */
    default void acceptAny(StripeEvent event) {
        // ignored unless overridden
    }

    /**
     * Returns a sink that drops every event.
     *
     * @return a sink that drops every event
     */
    static EventSink noop() {
        return NoopEventSink.INSTANCE;
    }
}
