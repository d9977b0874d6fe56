package io.paystate.engine.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.engine.AcquirerLog;
import io.paystate.engine.CancelParams;
import io.paystate.engine.CaptureParams;
import io.paystate.engine.ConfirmParams;
import io.paystate.engine.CreateParams;
import io.paystate.engine.DeliveryOptions;
import io.paystate.engine.EngineFailureException;
import io.paystate.engine.EventListParams;
import io.paystate.engine.ListParams;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentEngineBuilder;
import io.paystate.engine.PaymentEngineException;
import io.paystate.engine.RecordingSink;
import io.paystate.engine.RequestOptions;
import io.paystate.engine.TestClock;
import io.paystate.engine.TestModeProcessor;
import io.paystate.model.CaptureMethod;
import io.paystate.model.EventType;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.spi.EventSink;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.ReleaseReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each case of the engine's boundary faults, written as its reproduction: the state, its events and
 * the money stay consistent whatever the store, the sink or the processor does.
 */
final class DurableEventsRegressionTest {
    private final TestClock clock = new TestClock();
    private final AcquirerLog acquirer = new AcquirerLog();
    private final TestModeProcessor testMode =
            TestModeProcessor.recording(IdGenerator.seeded(3), Duration.ofSeconds(180), acquirer);
    private final FaultyProcessor processor = new FaultyProcessor(testMode);
    private final FaultyStore store = new FaultyStore();
    private final RecordingSink sink = new RecordingSink();

    @AfterEach
    void openHungCalls() {
        processor.openGate();
    }

    private PaymentEngine engine(UnaryOperator<PaymentEngineBuilder> more) {
        return more.apply(PaymentEngine.builder().clock(clock).store(store).processor(processor)
                .idGenerator(IdGenerator.seeded(9))).build();
    }

    private PaymentEngine engine() {
        return engine(b -> b.eventSink(sink));
    }

    private static CreateParams card(CaptureMethod capture) {
        return CreateParams.builder(2000, "usd").paymentMethod("pm_card_visa").captureMethod(capture).build();
    }

    private static CreateParams confirmed(CaptureMethod capture) {
        return CreateParams.builder(2000, "usd").paymentMethod("pm_card_visa").captureMethod(capture).confirm(true)
                .build();
    }

    @Test
    void commit_storedButRaised_answersSuccessAndDeliversItsEvents() {
        PaymentEngine e = engine();
        store.failNextCommit(FaultyStore.Fault.AFTER_WRITE);
        PaymentIntent pi = e.create(confirmed(CaptureMethod.MANUAL));
        assertThat(pi.status()).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
        assertThat(sink.forIntent(pi.id())).extracting(PaymentEvent::type).contains(EventType.PAYMENT_INTENT_CREATED,
                EventType.PAYMENT_INTENT_AMOUNT_CAPTURABLE_UPDATED);
        assertThat(acquirer.entries(AcquirerLog.Kind.RELEASE)).isEmpty();
    }

    @Test
    void commit_failedBeforeTheWrite_changesNothingAndReleasesTheApproval() {
        PaymentEngine e = engine();
        PaymentIntent pi = e.create(card(CaptureMethod.MANUAL));
        int mark = sink.size();
        store.failNextCommit(FaultyStore.Fault.BEFORE_WRITE);
        assertThatThrownBy(() -> e.confirm(pi.id(), ConfirmParams.none())).isInstanceOf(EngineFailureException.class);
        assertThat(e.retrieve(pi.id())).isEqualTo(pi);
        assertThat(sink.size()).isEqualTo(mark);
        List<AcquirerLog.Entry> approvals = acquirer.entries(AcquirerLog.Kind.APPROVAL);
        assertThat(approvals).hasSize(1);
        assertThat(acquirer.ofAttempt(approvals.get(0).movement().attemptId())).extracting(AcquirerLog.Entry::reason)
                .containsExactly(null, ReleaseReason.ORPHANED);
    }

    @Test
    void sink_throwingOnce_getsTheEventAgainAfterTheBackoff() {
        AtomicBoolean failed = new AtomicBoolean();
        List<PaymentEvent> received = new ArrayList<>();
        EventSink flaky = event -> {
            if (failed.compareAndSet(false, true)) {
                throw new IllegalStateException("sink down");
            }
            received.add(event);
        };
        PaymentEngine e = engine(b -> b.eventSink(flaky)
                .deliveryOptions(new DeliveryOptions(5, Duration.ofSeconds(10), Duration.ofMinutes(1))));
        PaymentIntent pi = e.create(confirmed(CaptureMethod.AUTOMATIC));
        assertThat(received).isEmpty();
        assertThat(e.subscribers()).filteredOn(s -> s.name().equals("default")).singleElement()
                .satisfies(s -> assertThat(s.failedAttempts()).isEqualTo(1));
        clock.advanceSeconds(10);
        e.processDue();
        assertThat(received).extracting(PaymentEvent::sequence).containsExactly(1L, 2L, 3L);
        assertThat(received).allMatch(ev -> ev.paymentIntentId().equals(pi.id()));
    }

    @Test
    void sink_failingEveryTime_isParkedNotDropped_andResumesFromItsEvent() {
        AtomicBoolean down = new AtomicBoolean(true);
        List<PaymentEvent> received = new ArrayList<>();
        PaymentEngine e = engine(b -> b.eventSink(event -> {
            if (down.get()) {
                throw new IllegalStateException("sink down");
            }
            received.add(event);
        }).deliveryOptions(new DeliveryOptions(2, Duration.ofSeconds(1), Duration.ofSeconds(1))));
        e.create(card(CaptureMethod.AUTOMATIC));
        clock.advanceSeconds(1);
        e.processDue();
        assertThat(e.subscribers()).filteredOn(s -> s.name().equals("default")).singleElement()
                .satisfies(s -> assertThat(s.parked()).isTrue());
        down.set(false);
        assertThat(e.resumeSubscriber("default")).isTrue();
        assertThat(received).extracting(PaymentEvent::type).containsExactly(EventType.PAYMENT_INTENT_CREATED);
    }

    @Test
    void confirm_approvedThenLostTheRace_keyedRetryAuthorizesOnce() {
        PaymentEngine e = engine();
        PaymentIntent pi = e.create(card(CaptureMethod.MANUAL));
        store.failNextCommit(FaultyStore.Fault.CONFLICT);
        RequestOptions key = RequestOptions.idempotencyKey("confirm-1");
        PaymentIntent first = e.confirm(pi.id(), ConfirmParams.none(), key);
        PaymentIntent again = e.confirm(pi.id(), ConfirmParams.none(), key);
        assertThat(again).isEqualTo(first);
        assertThat(first.status()).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
        assertThat(acquirer.entries(AcquirerLog.Kind.APPROVAL)).hasSize(1);
        assertThat(acquirer.entries(AcquirerLog.Kind.APPROVAL).get(0).movement().attemptId())
                .isEqualTo(first.latestCharge().value());
    }

    @Test
    void sink_errorAfterTheCommit_keyStaysCompleted_retryReplaysTheSameIntent() {
        AtomicInteger calls = new AtomicInteger();
        PaymentEngine e = engine(b -> b.eventSink(event -> {
            if (calls.getAndIncrement() == 0) {
                throw new StackOverflowError("sink blew its stack");
            }
        }));
        RequestOptions key = RequestOptions.idempotencyKey("create-1");
        CreateParams params = confirmed(CaptureMethod.AUTOMATIC);
        assertThatThrownBy(() -> e.create(params, key)).isInstanceOf(StackOverflowError.class);
        PaymentIntent replayed = e.create(params, key);
        assertThat(e.list(ListParams.firstPage()).data()).containsExactly(replayed);
        assertThat(acquirer.entries(AcquirerLog.Kind.APPROVAL)).hasSize(1);
    }

    @Test
    void createWithConfirm_sinkCapturingOnCreated_seesOneIntentsEventsInSequence() {
        List<Long> sequences = new ArrayList<>();
        PaymentEngine[] engine = new PaymentEngine[1];
        engine[0] = engine(b -> b.eventSink(event -> {
            sequences.add(event.sequence());
            if (event.type() == EventType.PAYMENT_INTENT_CREATED) {
                engine[0].capture(event.paymentIntentId(), CaptureParams.full());
            }
        }));
        PaymentIntent pi = engine[0].create(confirmed(CaptureMethod.MANUAL));
        assertThat(engine[0].retrieve(pi.id()).status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(sequences).isSorted().doesNotHaveDuplicates();
        assertThat(sequences.get(sequences.size() - 1)).isEqualTo((long) sequences.size());
    }

    @Test
    void captureCancelAndExpiry_reachTheProcessor() {
        PaymentEngine e = engine();
        PaymentIntent partial = e.create(confirmed(CaptureMethod.MANUAL));
        e.capture(partial.id(), CaptureParams.amount(1500));
        PaymentIntent canceled = e.create(confirmed(CaptureMethod.MANUAL));
        e.cancel(canceled.id(), CancelParams.none());
        PaymentIntent expired = e.create(confirmed(CaptureMethod.MANUAL));
        clock.advance(Duration.ofDays(7));
        e.processDue();
        assertThat(acquirer.ofAttempt(partial.latestCharge().value()))
                .extracting(x -> x.kind() + " " + x.movement().amount() + " " + x.reason())
                .containsExactly("APPROVAL 2000 null", "CAPTURE 1500 null", "RELEASE 500 PARTIAL_CAPTURE");
        assertThat(acquirer.ofAttempt(canceled.latestCharge().value())).extracting(AcquirerLog.Entry::reason)
                .containsExactly(null, ReleaseReason.CANCELED);
        assertThat(acquirer.ofAttempt(expired.latestCharge().value())).extracting(AcquirerLog.Entry::reason)
                .containsExactly(null, ReleaseReason.EXPIRED);
    }

    @Test
    void processor_hanging_isBoundedByTheTimeout_releasedAndRememberedUnderItsKey() {
        PaymentEngine e = engine(b -> b.eventSink(sink).processorTimeout(Duration.ofMillis(200)));
        PaymentIntent pi = e.create(card(CaptureMethod.MANUAL));
        processor.failNext(FaultyProcessor.Fault.HANG);
        RequestOptions key = RequestOptions.idempotencyKey("confirm-hung");
        assertThatThrownBy(() -> e.confirm(pi.id(), ConfirmParams.none(), key))
                .isInstanceOfSatisfying(EngineFailureException.class, x -> assertThat(x.httpStatus()).isEqualTo(500));
        assertThat(e.retrieve(pi.id())).isEqualTo(pi);
        assertThat(acquirer.entries(AcquirerLog.Kind.RELEASE)).extracting(AcquirerLog.Entry::reason)
                .containsExactly(ReleaseReason.ORPHANED);
        assertThatThrownBy(() -> e.confirm(pi.id(), ConfirmParams.none(), key))
                .isInstanceOfSatisfying(PaymentEngineException.class, x -> assertThat(x.isReplayed()).isTrue());
        assertThat(processor.hung.get()).isEqualTo(1);
    }

    @Test
    void list_whileASettlementHangs_answersWithoutWaiting() throws Exception {
        PaymentEngine e = engine();
        e.create(CreateParams.builder(2000, "eur").paymentMethod("pm_sepaDebit_success")
                .paymentMethodTypes(List.of("sepa_debit")).confirm(true).build());
        clock.advance(Duration.ofMinutes(5));
        processor.failAlways(FaultyProcessor.Fault.HANG);
        CompletableFuture<Integer> due = CompletableFuture.supplyAsync(e::processDue);
        while (processor.hung.get() == 0) {
            Thread.onSpinWait();
        }
        assertThat(e.list(ListParams.firstPage()).data()).singleElement()
                .satisfies(pi -> assertThat(pi.status()).isEqualTo(PaymentIntentStatus.PROCESSING));
        processor.failAlways(null);
        processor.openGate();
        assertThat(due.get(30, TimeUnit.SECONDS)).isEqualTo(1);
    }

    @Test
    void retrieve_whileTheProcessorIsDown_answersTheStateAsItStands() {
        PaymentEngine e = engine();
        PaymentIntent pi = e.create(CreateParams.builder(2000, "eur").paymentMethod("pm_sepaDebit_success")
                .paymentMethodTypes(List.of("sepa_debit")).confirm(true).build());
        clock.advance(Duration.ofMinutes(5));
        processor.failAlways(FaultyProcessor.Fault.THROW);
        assertThat(e.retrieve(pi.id()).status()).isEqualTo(PaymentIntentStatus.PROCESSING);
        processor.failAlways(null);
        assertThat(e.retrieve(pi.id()).status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
    }

    @Test
    void processDue_storeFailing_raisesTheEnginesOwnError() {
        PaymentEngine e = engine();
        store.failFindDue(true);
        assertThatThrownBy(e::processDue).isInstanceOfSatisfying(EngineFailureException.class,
                x -> assertThat(x.httpStatus()).isEqualTo(500));
    }

    @Test
    void commit_ofAKeyedRequest_carriesItsIdempotencyRecord_andAClockDrivenOneNone() {
        List<io.paystate.spi.Commit> commits = new ArrayList<>();
        io.paystate.engine.ForwardingStore recording = new io.paystate.engine.ForwardingStore() {
            @Override
            public io.paystate.spi.StoredIntent commit(io.paystate.spi.Commit commit) {
                commits.add(commit);
                return super.commit(commit);
            }
        };
        PaymentEngine e = PaymentEngine.builder().clock(clock).store(recording).processor(processor)
                .idGenerator(IdGenerator.seeded(9)).build();
        PaymentIntent pi = e.create(card(CaptureMethod.MANUAL), RequestOptions.idempotencyKey("c-1"));
        assertThat(commits.get(0).idempotency()).satisfies(c -> {
            assertThat(c.key()).isEqualTo("c-1");
            assertThat(c.response().httpStatus()).isEqualTo(200);
            assertThat(c.response().body()).isEqualTo(pi);
        });
        PaymentIntent declined = e.create(CreateParams.builder(2000, "usd").paymentMethod("pm_card_chargeDeclined")
                .build());
        assertThatThrownBy(() -> e.confirm(declined.id(), ConfirmParams.none(), RequestOptions.idempotencyKey("d-1")))
                .isInstanceOf(PaymentEngineException.class);
        assertThat(commits.get(commits.size() - 1).idempotency().response().httpStatus()).isEqualTo(402);
        e.confirm(pi.id(), ConfirmParams.none());
        clock.advance(Duration.ofDays(7));
        e.processDue();
        assertThat(commits.get(commits.size() - 1).idempotency()).as("the expiry is clock-driven").isNull();
        assertThat(commits.get(commits.size() - 2).idempotency()).as("no key").isNull();
    }

    @Test
    void events_areListedNewestFirstAndRetrievedById_withStableIds() {
        PaymentEngine e = engine();
        PaymentIntent pi = e.create(confirmed(CaptureMethod.AUTOMATIC));
        List<PaymentEvent> events = e.listEvents(EventListParams.ofIntent(pi.id())).paymentEvents();
        assertThat(events).extracting(PaymentEvent::sequence).containsExactly(3L, 2L, 1L);
        assertThat(e.retrieveEvent(events.get(2).id())).isEqualTo(sink.forIntent(pi.id()).get(0));
    }
}
