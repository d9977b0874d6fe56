package io.paystate.engine.internal;

import io.paystate.model.CustomerEvent;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentMethodEvent;
import io.paystate.model.SetupIntentEvent;
import io.paystate.model.StripeEvent;
import io.paystate.spi.EventSink;

/**
 * Which kinds of events a sink takes, and the call that hands it one. A sink that overrides none of
 * {@link EventSink}'s methods for an object kind (a lambda, say) would ignore that kind's events, so
 * the relay does not read that kind's log for it at all: an engine whose sinks all take intent events
 * only reads no other log.
 */
final class SinkKinds {
    private SinkKinds() {}

    /** The feed bits of the logs this sink wants; the intents' log always. */
    static int of(EventSink sink) {
        int bits = 1 << EventFeed.INTENTS;
        boolean any = overrides(sink, "acceptAny", StripeEvent.class);
        if (any || overrides(sink, "acceptCustomerEvent", CustomerEvent.class)) {
            bits |= 1 << EventFeed.CUSTOMERS;
        }
        if (any || overrides(sink, "acceptPaymentMethodEvent", PaymentMethodEvent.class)) {
            bits |= 1 << EventFeed.PAYMENT_METHODS;
        }
        if (any || overrides(sink, "acceptSetupIntentEvent", SetupIntentEvent.class)) {
            bits |= 1 << EventFeed.SETUP_INTENTS;
        }
        return bits;
    }

    // when it cannot tell, it delivers: an ignored event costs less than a lost one
    private static boolean overrides(EventSink sink, String method, Class<?> parameter) {
        return Overrides.method(sink, EventSink.class, method, parameter);
    }

    /** Hands the event to the sink's method for its kind. */
    static void dispatch(EventSink sink, StripeEvent event) {
        if (event instanceof PaymentEvent e) {
            sink.accept(e);
        } else if (event instanceof CustomerEvent e) {
            sink.acceptCustomerEvent(e);
        } else if (event instanceof PaymentMethodEvent e) {
            sink.acceptPaymentMethodEvent(e);
        } else if (event instanceof SetupIntentEvent e) {
            sink.acceptSetupIntentEvent(e);
        } else {
            throw new IllegalStateException("unknown event kind " + event.getClass().getName());
        }
    }
}
