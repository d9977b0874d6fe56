package io.paystate.engine.internal;

import io.paystate.model.EventType;
import io.paystate.model.PaymentIntentStatus;
import java.util.List;

/**
 * One legal edge of the lifecycle: from a status, on a trigger with a decided outcome, to a status,
 * emitting exactly these events in this order.
 */
public record Transition(
        PaymentIntentStatus from, Trigger trigger, Outcome outcome, PaymentIntentStatus to, List<EventType> events) {
    /** Copies the events. */
    public Transition {
        events = List.copyOf(events);
    }

    /** Returns true when the status does not change. */
    public boolean isSelfLoop() {
        return from == to;
    }
}
