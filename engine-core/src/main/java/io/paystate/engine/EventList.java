package io.paystate.engine;

import io.paystate.model.PaymentEvent;
import io.paystate.model.StripeEvent;
import java.util.List;

/**
 * One page of events, newest first. A list holds the events of one kind of object: intents and
 * their charges ({@link PaymentEvent}, also when no type was asked for), or customers, payment
 * methods or SetupIntents, as its {@code type} or {@code types} filter names them.
 *
 * @param data the events
 * @param hasMore whether more events exist beyond this page in the direction of travel
 */
public record EventList(List<StripeEvent> data, boolean hasMore) {
    /**
     * Copies the data.
     *
     * @param data the events
     * @param hasMore whether more events exist beyond this page in the direction of travel
     */
    public EventList {
        data = List.copyOf(data);
    }

    /**
     * Returns the page's events of intents and charges, in page order; all of them for a list of
     * that kind, none for a list of another kind.
     *
     * @return the intent and charge events
     */
    public List<PaymentEvent> paymentEvents() {
        return data.stream().filter(PaymentEvent.class::isInstance).map(PaymentEvent.class::cast).toList();
    }
}
