package io.paystate.spi;

import io.paystate.model.StripeEvent;
import java.util.List;

/**
 * One page of an account's events from a customer, payment method or SetupIntent log, newest first.
 *
 * @param events the events of the page
 * @param hasMore whether more matching events exist beyond this page in the direction of travel
 * @param <E> the kind of event
 */
public record ObjectEventPage<E extends StripeEvent>(List<E> events, boolean hasMore) {
    /**
     * Copies the events.
     *
     * @param events the events of the page
     * @param hasMore whether more matching events exist beyond this page in the direction of travel
     */
    public ObjectEventPage {
        events = List.copyOf(events);
    }
}
