package io.paystate.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.AcquirerLog;
import io.paystate.engine.CancelParams;
import io.paystate.engine.CaptureParams;
import io.paystate.engine.CreateParams;
import io.paystate.engine.ForwardingStore;
import io.paystate.engine.InMemoryPaymentIntentStore;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.RecordingSink;
import io.paystate.engine.SubscriberStatus;
import io.paystate.engine.TestClock;
import io.paystate.engine.TestModeProcessor;
import io.paystate.model.CaptureMethod;
import io.paystate.model.EventType;
import io.paystate.model.PaymentIntent;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.ReleaseReason;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The engine's own funds-movement subscriber is woken only by the commands whose events can move
 * funds; the others' events reach it later from the log, in order, within a bounded number of
 * commands, and a restarted engine neither loses nor repeats a movement.
 */
final class FundsMovementWakeTest {
    private final TestClock clock = new TestClock();
    private final AcquirerLog acquirer = new AcquirerLog();
    private final RecordingSink sink = new RecordingSink();

    private PaymentEngine engine(PaymentIntentStore store) {
        return engine(store, 4);
    }

    private PaymentEngine engine(PaymentIntentStore store, long seed) {
        return PaymentEngine.builder().clock(clock).store(store).eventSink(sink).idGenerator(IdGenerator.seeded(seed))
                .processor(TestModeProcessor.recording(IdGenerator.seeded(5), Duration.ofSeconds(180), acquirer))
                .build();
    }

    private static CreateParams held() {
        return CreateParams.builder(2000, "usd").paymentMethod("pm_card_visa").captureMethod(CaptureMethod.MANUAL)
                .confirm(true).build();
    }

    private static long delivered(PaymentEngine engine, String name) {
        return engine.subscribers().stream().filter(s -> s.name().equals(name)).findFirst()
                .map(SubscriberStatus::deliveredPosition).orElseThrow();
    }

    @Test
    void wakesFor_onlyTheTypesThatMoveFunds() {
        FundsMovements funds = new FundsMovements(TestModeProcessor.create());
        Set<EventType> waking = EnumSet.noneOf(EventType.class);
        for (EventType type : EventType.values()) {
            if (funds.wakesFor(type)) {
                waking.add(type);
            }
        }
        assertThat(waking).containsExactlyInAnyOrder(EventType.CHARGE_CAPTURED, EventType.CHARGE_EXPIRED,
                EventType.CHARGE_REFUNDED);
    }

    @Test
    void commands_withoutMovingEvents_leaveTheFundsSubscriberBehindTheHostsSink() {
        PaymentEngine engine = engine(new InMemoryPaymentIntentStore());
        engine.create(held());
        long logEnd = delivered(engine, "default");
        assertThat(logEnd).isPositive();
        assertThat(delivered(engine, FundsMovements.SUBSCRIBER)).isLessThan(logEnd);
    }

    @Test
    void capture_afterCommandsThatDidNotWakeIt_reachesTheProcessorBeforeItReturns() {
        PaymentEngine engine = engine(new InMemoryPaymentIntentStore());
        PaymentIntent first = engine.create(held());
        for (int i = 0; i < 5; i++) {
            engine.create(held());
        }
        engine.capture(first.id(), CaptureParams.amount(1500));
        // the capture and the partial capture's release, at once, and the subscriber caught up with the log
        assertThat(acquirer.entries(AcquirerLog.Kind.CAPTURE)).singleElement()
                .satisfies(e -> assertThat(e.movement().amount()).isEqualTo(1500));
        assertThat(acquirer.entries(AcquirerLog.Kind.RELEASE)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(ReleaseReason.PARTIAL_CAPTURE));
        assertThat(delivered(engine, FundsMovements.SUBSCRIBER)).isEqualTo(delivered(engine, "default"));
    }

    @Test
    void cancel_ofAHold_releasesItBeforeItReturns() {
        PaymentEngine engine = engine(new InMemoryPaymentIntentStore());
        PaymentIntent pi = engine.create(held());
        engine.cancel(pi.id(), CancelParams.none());
        assertThat(acquirer.entries(AcquirerLog.Kind.RELEASE)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(ReleaseReason.CANCELED));
    }

    @Test
    void expiry_onARead_releasesTheHoldBeforeTheReadReturns() {
        PaymentEngine engine = engine(new InMemoryPaymentIntentStore());
        PaymentIntent pi = engine.create(held());
        clock.advance(Duration.ofDays(8));
        engine.retrieve(pi.id());
        assertThat(acquirer.entries(AcquirerLog.Kind.RELEASE)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(ReleaseReason.EXPIRED));
    }

    @Test
    void commands_withoutMovingEvents_lagAtMostTheBound() {
        PaymentEngine engine = engine(new InMemoryPaymentIntentStore());
        engine.create(held());
        long perCreate = delivered(engine, "default");
        long behind = 0;
        for (int i = 0; i < 3 * EventRelay.MAX_SKIPS; i++) {
            engine.create(held());
            long lag = delivered(engine, "default") - delivered(engine, FundsMovements.SUBSCRIBER);
            behind = Math.max(behind, lag);
        }
        // at most the events of the commands that skipped it: one in MAX_SKIPS drains it
        assertThat(behind).isEqualTo(perCreate * (EventRelay.MAX_SKIPS - 1));
    }

    @Test
    void storeKeepingEventsUntilDelivered_holdsABoundedNumberOfEvents() {
        InMemoryPaymentIntentStore store = InMemoryPaymentIntentStore.keepingEventsUntilDelivered();
        PaymentEngine engine = engine(store);
        engine.create(held());
        int perCreate = store.eventCount();
        int most = 0;
        for (int i = 0; i < 3 * EventRelay.MAX_SKIPS; i++) {
            engine.create(held());
            most = Math.max(most, store.eventCount());
        }
        assertThat(perCreate).isPositive();
        assertThat(most).isLessThanOrEqualTo(perCreate * EventRelay.MAX_SKIPS);
        engine.processDue();
        assertThat(store.eventCount()).isZero();
    }

    @Test
    void restartedEngine_afterEventsItHadNotWokenFor_movesNothingTwiceAndLosesNothing() {
        InMemoryPaymentIntentStore store = new InMemoryPaymentIntentStore();
        PaymentEngine before = engine(store);
        PaymentIntent captured = before.create(held());
        before.capture(captured.id(), CaptureParams.full());
        PaymentIntent stillHeld = before.create(held());
        for (int i = 0; i < 3; i++) {
            before.create(held());
        }
        assertThat(delivered(before, FundsMovements.SUBSCRIBER)).isLessThan(delivered(before, "default"));

        // a new engine on the same store resumes the subscriber where the last one saved it
        PaymentEngine after = engine(store);
        after.cancel(stillHeld.id(), CancelParams.none());
        assertThat(acquirer.entries(AcquirerLog.Kind.CAPTURE)).hasSize(1);
        assertThat(acquirer.entries(AcquirerLog.Kind.RELEASE)).singleElement()
                .satisfies(e -> assertThat(e.movement().paymentIntent()).isEqualTo(stillHeld.id()));
        assertThat(delivered(after, FundsMovements.SUBSCRIBER)).isEqualTo(delivered(after, "default"));
    }

    /** A store two engines share: each subscriber's lease goes to the first engine that claims it, for good. */
    private static final class FirstClaimerStore extends ForwardingStore {
        private final Map<String, String> holders = new ConcurrentHashMap<>();

        @Override
        public boolean claimDelivery(String subscriber, String holder, Instant now, Instant until) {
            return holders.computeIfAbsent(subscriber, s -> holder).equals(holder);
        }
    }

    @Test
    void storeSharedByEngines_anotherEnginesCapture_movesAtTheHoldersNextCommand() {
        FirstClaimerStore store = new FirstClaimerStore();
        PaymentEngine holder = engine(store);
        holder.create(CreateParams.builder(500, "usd").build()); // claims every subscriber's lease
        PaymentEngine other = engine(store, 40);
        PaymentIntent pi = other.create(held());
        other.capture(pi.id(), CaptureParams.full());
        assertThat(acquirer.entries(AcquirerLog.Kind.CAPTURE)).as("the other engine delivers nothing").isEmpty();

        // a command that moves no funds: on a shared store the holder reads the log after each one
        holder.create(CreateParams.builder(700, "usd").build());
        assertThat(acquirer.entries(AcquirerLog.Kind.CAPTURE)).singleElement()
                .satisfies(e -> assertThat(e.movement().paymentIntent()).isEqualTo(pi.id()));
    }
}
