package io.paystate.engine.internal;

import io.paystate.model.Charge;
import io.paystate.model.EventId;
import io.paystate.model.EventType;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntent;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.IdKind;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A command's working state under the intent's lock: the draft, the time, the call, and the events
 * produced so far. Nothing in it is visible to anyone until the unit of work commits it.
 */
final class Work {
    final IntentDraft draft;
    final Instant now;
    final Call call;
    // a command emits one to three events: kept as an unmodifiable list, grown by one per event, which
    // the commit takes as it is (a list that grows in place would be copied again by the commit)
    private List<PaymentEvent> events = List.of();
    private final IdGenerator ids;
    /** Whether the draft differs from what is stored, so that there is something to commit. */
    boolean changed;

    Work(IntentDraft draft, Instant now, Call call, IdGenerator ids) {
        this.draft = draft;
        this.now = now;
        this.call = call;
        this.ids = ids;
    }

    /** Records one event with the next sequence number of the intent. */
    void emit(EventType type, PaymentIntent snapshot, @Nullable Charge charge, Instant at) {
        draft.eventSequence++;
        PaymentEvent event = new PaymentEvent(new EventId(ids.next(IdKind.EVENT)), type, at, draft.account, snapshot,
                type.isPaymentIntentEvent() ? null : charge, draft.eventSequence, call.requestId,
                call.idempotencyKey);
        events = switch (events.size()) {
            case 0 -> List.of(event);
            case 1 -> List.of(events.get(0), event);
            default -> {
                PaymentEvent[] all = events.toArray(new PaymentEvent[events.size() + 1]);
                all[all.length - 1] = event;
                yield List.of(all);
            }
        };
    }

    /** The events produced so far, in order; unmodifiable. */
    List<PaymentEvent> events() {
        return events;
    }
}
