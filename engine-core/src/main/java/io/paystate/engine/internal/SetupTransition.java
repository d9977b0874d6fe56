package io.paystate.engine.internal;

import io.paystate.model.SetupIntentEventType;
import io.paystate.model.SetupIntentStatus;
import java.util.List;

/**
 * One legal edge of the SetupIntent lifecycle: from a status, on a trigger with a decided outcome, to
 * a status, emitting exactly these events in this order.
 */
public record SetupTransition(SetupIntentStatus from, SetupTrigger trigger, Outcome outcome, SetupIntentStatus to,
        List<SetupIntentEventType> events) {
    /** Copies the events. */
    public SetupTransition {
        events = List.copyOf(events);
    }

    /** Returns true when the status does not change. */
    public boolean isSelfLoop() {
        return from == to;
    }
}
