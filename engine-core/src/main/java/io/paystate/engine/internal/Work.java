package io.paystate.engine.internal;

import io.paystate.model.Charge;
import io.paystate.model.EventId;
import io.paystate.model.EventType;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntent;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.IdKind;
import java.time.Instant;
import java.util.ArrayList;
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
    // a command emits one to three events: room for four, not the default ten
    final List<PaymentEvent> events = new ArrayList<>(4);
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
        events.add(new PaymentEvent(new EventId(ids.next(IdKind.EVENT)), type, at, draft.account, snapshot,
                type.isPaymentIntentEvent() ? null : charge, draft.eventSequence, call.requestId,
                call.idempotencyKey));
    }
}
