package io.paystate.store.postgres.internal;

import io.paystate.model.PaymentEvent;

/** How an event is laid out in its row: id, type, time and owner as columns, the event as JSON. */
final class EventRows {
    private EventRows() {}

    static String body(PaymentEvent event) {
        return RecordCodec.toJson(event, java.util.Set.of());
    }

    static PaymentEvent read(String body) {
        return RecordCodec.decode(Json.read(body), PaymentEvent.class);
    }
}
