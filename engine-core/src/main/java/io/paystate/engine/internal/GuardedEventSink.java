package io.paystate.engine.internal;

import io.paystate.model.PaymentEvent;
import io.paystate.spi.EventSink;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/** Calls the host's sink; a throwing sink is logged and never undoes a committed transition. */
final class GuardedEventSink {
    private static final Logger LOG = System.getLogger(GuardedEventSink.class.getName());

    private final EventSink delegate;

    GuardedEventSink(EventSink delegate) {
        this.delegate = delegate;
    }

    void emit(PaymentEvent event) {
        try {
            delegate.accept(event);
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError vme) {
                throw vme;
            }
            LOG.log(Level.WARNING, "event sink failed on " + event.type().wireName() + " " + event.id()
                    + " of " + event.paymentIntentId(), e);
        }
    }
}
