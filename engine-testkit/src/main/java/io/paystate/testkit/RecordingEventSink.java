package io.paystate.testkit;

import io.paystate.model.EventType;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.StripeEvent;
import io.paystate.spi.EventSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An {@link EventSink} that keeps every event in arrival order, with queries for tests, and can
 * forward each event to host code (a webhook handler under test).
 *
 * <p>Thread safety: safe for concurrent use.
 */
public final class RecordingEventSink implements EventSink {
    private final List<PaymentEvent> events = new ArrayList<>();
    private final List<Consumer<PaymentEvent>> forwards = new ArrayList<>();
    private final List<StripeEvent> objectEvents = new ArrayList<>();

    @Override
    public void accept(PaymentEvent event) {
        List<Consumer<PaymentEvent>> targets;
        synchronized (this) {
            events.add(event);
            targets = List.copyOf(forwards);
        }
        targets.forEach(t -> t.accept(event));
    }

    /**
     * Records an event of a customer, payment method or SetupIntent, apart from the intent events.
     *
     * @param event the event
     */
    @Override
    public synchronized void acceptAny(StripeEvent event) {
        objectEvents.add(event);
    }

    /**
     * Returns the recorded events of customers, payment methods and SetupIntents, in delivery order.
     *
     * @return the object events
     */
    public synchronized List<StripeEvent> objectEvents() {
        return List.copyOf(objectEvents);
    }

    /**
     * Returns the wire types of one customer's, payment method's or SetupIntent's recorded events, in
     * order, e.g. {@code [setup_intent.created, setup_intent.succeeded]}.
     *
     * @param objectId the object's id, e.g. {@code seti_...}
     * @return the types, in order
     */
    public synchronized List<String> typesOfObject(String objectId) {
        return objectEvents.stream().filter(e -> e.objectId().equals(objectId)).map(e -> e.type().wireName())
                .toList();
    }

    /**
     * Forwards every later event to {@code consumer}, after recording it.
     *
     * @param consumer the consumer
     * @return the recording event sink
     */
    public synchronized RecordingEventSink forwardTo(Consumer<PaymentEvent> consumer) {
        forwards.add(Objects.requireNonNull(consumer, "consumer"));
        return this;
    }

    /**
     * Returns every event, in arrival order.
     *
     * @return every event, in arrival order
     */
    public synchronized List<PaymentEvent> events() {
        return List.copyOf(events);
    }

    /**
     * Returns the events of one intent, in sequence order.
     *
     * @param id the intent's id
     * @return the events of one intent, in sequence order
     */
    public synchronized List<PaymentEvent> eventsOf(PaymentIntentId id) {
        return events.stream().filter(e -> e.paymentIntentId().equals(id)).toList();
    }

    /**
     * Returns the types of one intent's events, in order.
     *
     * @param id the intent's id
     * @return the types of one intent's events, in order
     */
    public List<EventType> typesOf(PaymentIntentId id) {
        return eventsOf(id).stream().map(PaymentEvent::type).toList();
    }

    /**
     * Returns the events of this type, in arrival order.
     *
     * @param type the type
     * @return the events of this type, in arrival order
     */
    public synchronized List<PaymentEvent> ofType(EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    /**
     * Returns a mark for {@link #since(int)}: the number of events recorded so far.
     *
     * @return a mark for {@link #since(int)}: the number of events recorded so far
     */
    public synchronized int mark() {
        return events.size();
    }

    /**
     * Returns the events recorded after {@code mark}, in arrival order.
     *
     * @param mark a mark returned by {@code mark()}
     * @return the events recorded after {@code mark}, in arrival order.  @throws IndexOutOfBoundsException if {@code mark} is negative or beyond the events recorded
     * @throws IndexOutOfBoundsException if {@code mark} is negative or beyond the events recorded
     */
    public synchronized List<PaymentEvent> since(int mark) {
        return List.copyOf(events.subList(mark, events.size()));
    }

    /**
     * Returns the types of the events recorded after {@code mark}, in arrival order.
     *
     * @param mark a mark returned by {@code mark()}
     * @return the types of the events recorded after {@code mark}, in arrival order
     */
    public synchronized List<EventType> typesSince(int mark) {
        return events.subList(mark, events.size()).stream().map(PaymentEvent::type).toList();
    }

    /**
     * Returns the ids of every intent that emitted an event, in order of first event.
     *
     * @return the ids of every intent that emitted an event, in order of first event
     */
    public synchronized List<PaymentIntentId> intents() {
        return events.stream().map(PaymentEvent::paymentIntentId).distinct().toList();
    }

    /** Forgets every recorded event; earlier marks become invalid. */
    public synchronized void clear() {
        events.clear();
    }

    /**
     * Returns a readable history of one intent: one line per event.
     *
     * @param id the intent's id
     * @return a readable history of one intent: one line per event
     */
    public String history(PaymentIntentId id) {
        StringBuilder sb = new StringBuilder(id.value()).append('\n');
        for (PaymentEvent e : eventsOf(id)) {
            sb.append("  #").append(e.sequence()).append(' ').append(e.created().getEpochSecond()).append(' ')
                    .append(e.type().wireName()).append(" -> ").append(e.paymentIntent().status().wireName())
                    .append(e.requestId() == null ? " (clock)" : " (" + e.requestId() + ")").append('\n');
        }
        return sb.toString();
    }

    @Override
    public synchronized String toString() {
        return "RecordingEventSink[" + events.size() + " events]";
    }
}
