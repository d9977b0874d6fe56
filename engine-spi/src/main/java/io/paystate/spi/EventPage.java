package io.paystate.spi;

import io.paystate.model.PaymentEvent;
import java.util.List;

/**
 * One page of an account's events, newest first.
 *
 * @param events the events of the page
 * @param hasMore whether more matching events exist beyond this page in the direction of travel
 */
public record EventPage(List<PaymentEvent> events, boolean hasMore) {
    /**
     * Copies the events.
     *
     * @param events the events of the page
     * @param hasMore whether more matching events exist beyond this page in the direction of travel
     */
    public EventPage {
        events = List.copyOf(events);
    }
}
