package io.paystate.engine;

import io.paystate.model.EventType;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.EventSink;
import java.util.ArrayList;
import java.util.List;

/** Records events for engine-core's own tests. */
public final class RecordingSink implements EventSink {
    private final List<PaymentEvent> events = new ArrayList<>();

    @Override
    public synchronized void accept(PaymentEvent event) {
        events.add(event);
    }

    public synchronized List<PaymentEvent> all() {
        return List.copyOf(events);
    }

    public synchronized int size() {
        return events.size();
    }

    /** Returns the types recorded since {@code from} (an index from {@link #size()}). */
    public synchronized List<EventType> typesSince(int from) {
        return events.subList(from, events.size()).stream().map(PaymentEvent::type).toList();
    }

    /** Returns the payment_intent.* types recorded since {@code from}. */
    public synchronized List<EventType> intentTypesSince(int from) {
        return typesSince(from).stream().filter(EventType::isPaymentIntentEvent).toList();
    }

    public synchronized List<PaymentEvent> forIntent(PaymentIntentId id) {
        return events.stream().filter(e -> e.paymentIntentId().equals(id)).toList();
    }
}
