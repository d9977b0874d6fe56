package io.paystate.engine;

import io.paystate.model.PaymentEvent;
import java.util.List;

/**
 * One page of events, newest first.
 *
 * @param data the events
 * @param hasMore whether more events exist beyond this page in the direction of travel
 */
public record EventList(List<PaymentEvent> data, boolean hasMore) {
    /**
     * Copies the data.
     *
     * @param data the events
     * @param hasMore whether more events exist beyond this page in the direction of travel
     */
    public EventList {
        data = List.copyOf(data);
    }
}
