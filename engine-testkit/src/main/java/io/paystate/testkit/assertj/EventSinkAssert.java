package io.paystate.testkit.assertj;

import io.paystate.model.EventType;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntentId;
import io.paystate.testkit.RecordingEventSink;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on the events a {@link RecordingEventSink} recorded; start with
 * {@link PayStateAssertions#assertThat(RecordingEventSink)}. Failure messages list what was
 * recorded instead.
 *
 * <p>Thread safety: not thread-safe, as AssertJ assertions are not.
 */
public final class EventSinkAssert extends AbstractObjectAssert<EventSinkAssert, RecordingEventSink> {
    EventSinkAssert(RecordingEventSink actual) {
        super(actual, EventSinkAssert.class);
    }

    /**
     * Starts an assertion that an event of this type was emitted; finish it with {@link Emitted#forIntent}.
     *
     * @param type the type
     * @return the emitted
     */
    public Emitted emitted(EventType type) {
        isNotNull();
        return new Emitted(type);
    }

    /**
     * Verifies the exact sequence of event types one intent emitted ({@code payment_intent.*} and {@code charge.*}).
     *
     * @param id the intent's id
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public EventSinkAssert emittedExactly(PaymentIntentId id, EventType... expected) {
        isNotNull();
        List<EventType> types = actual.typesOf(id);
        if (!types.equals(Arrays.asList(expected))) {
            failWithMessage("Expected %s to have emitted %s but it emitted %s", id, Arrays.asList(expected), types);
        }
        return this;
    }

    /**
     * Verifies the exact sequence of {@code payment_intent.*} event types one intent emitted.
     *
     * @param id the intent's id
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public EventSinkAssert emittedIntentEventsExactly(PaymentIntentId id, EventType... expected) {
        isNotNull();
        List<EventType> types = actual.typesOf(id).stream().filter(EventType::isPaymentIntentEvent).toList();
        if (!types.equals(Arrays.asList(expected))) {
            failWithMessage("Expected %s to have emitted %s but it emitted %s", id, Arrays.asList(expected), types);
        }
        return this;
    }

    /**
     * Verifies the exact sequence of event types recorded, for every intent, after {@code mark}
     * (from {@link RecordingEventSink#mark()}).
     *
     * @param mark a mark returned by {@code mark()}
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public EventSinkAssert emittedExactlySince(int mark, EventType... expected) {
        isNotNull();
        List<EventType> types = actual.typesSince(mark);
        if (!types.equals(Arrays.asList(expected))) {
            failWithMessage("Expected %s since mark %s but the sink recorded %s", Arrays.asList(expected), mark, types);
        }
        return this;
    }

    /**
     * Verifies one intent's events carry gap-free sequence numbers 1, 2, 3, ...
     *
     * @param id the intent's id
     * @return this assertion, for chaining
     */
    public EventSinkAssert hasGapFreeSequences(PaymentIntentId id) {
        isNotNull();
        List<PaymentEvent> events = actual.eventsOf(id);
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).sequence() != i + 1) {
                failWithMessage("Expected event %s of %s to have sequence %s but had %s", i, id, i + 1,
                        events.get(i).sequence());
            }
        }
        return this;
    }

    /** The second half of {@link #emitted(EventType)}. */
    public final class Emitted {
        private final EventType type;

        Emitted(EventType type) {
            this.type = type;
        }

        /**
         * Verifies that this intent emitted the event.
         *
         * @param id the intent's id
         * @return this assertion, for chaining
         */
        public EventSinkAssert forIntent(PaymentIntentId id) {
            if (!actual.typesOf(id).contains(type)) {
                failWithMessage("Expected %s to have emitted %s but it emitted %s", id, type.wireName(),
                        actual.typesOf(id));
            }
            return EventSinkAssert.this;
        }

        /**
         * Verifies that this intent never emitted the event.
         *
         * @param id the intent's id
         * @return this assertion, for chaining
         */
        public EventSinkAssert neverForIntent(PaymentIntentId id) {
            if (actual.typesOf(id).contains(type)) {
                failWithMessage("Expected %s never to have emitted %s but it emitted %s", id, type.wireName(),
                        actual.typesOf(id));
            }
            return EventSinkAssert.this;
        }

        /**
         * Verifies that some intent emitted the event exactly {@code times} times in all.
         *
         * @param times the times
         * @return this assertion, for chaining
         */
        public EventSinkAssert times(int times) {
            int count = actual.ofType(type).size();
            if (count != times) {
                failWithMessage("Expected %s to have been emitted %s times but it was emitted %s times",
                        type.wireName(), times, count);
            }
            return EventSinkAssert.this;
        }
    }
}
