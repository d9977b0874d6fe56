package io.paystate.testkit;

import static io.paystate.testkit.assertj.PayStateAssertions.assertThat;
import static io.paystate.testkit.assertj.PayStateAssertions.assertThatEngineError;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.engine.CaptureParams;
import io.paystate.engine.CreateParams;
import io.paystate.engine.PaymentEngine;
import io.paystate.model.CaptureMethod;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.EventType;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.testkit.junit.PayStateTest;
import io.paystate.model.PaymentEvent;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

@PayStateTest
final class TestkitTest {

    @Test
    void manualClock_movesOnlyForward() {
        ManualClock clock = new ManualClock();
        clock.advance(Duration.ofHours(1));
        Assertions.assertThat(clock.instant()).isEqualTo(ManualClock.DEFAULT_START.plusSeconds(3600));
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.advanceTo(ManualClock.DEFAULT_START)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void testEngine_movingTheClock_expiresHolds(PaymentEngine engine, ManualClock clock, RecordingEventSink sink) {
        // tag::quick[]
        PaymentIntent held = engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_card_visa")
                .captureMethod(CaptureMethod.MANUAL).confirm(true).build());
        assertThat(held).isRequiresCapture().hasAmountCapturable(1000);

        clock.advance(Duration.ofDays(7)); // the hold expires: no processDue() needed

        assertThat(engine.retrieve(held.id())).isCanceled().hasAmountCapturable(0);
        assertThat(sink).emitted(EventType.PAYMENT_INTENT_CANCELED).forIntent(held.id());
        // end::quick[]
        assertThat(sink).hasGapFreeSequences(held.id()).emittedIntentEventsExactly(held.id(),
                EventType.PAYMENT_INTENT_CREATED, EventType.PAYMENT_INTENT_AMOUNT_CAPTURABLE_UPDATED,
                EventType.PAYMENT_INTENT_CANCELED);
    }

    @Test
    void extension_injectsOneEnginePerTest(PaymentEngine engine, TestEngine testEngine, RecordingEventSink sink) {
        Assertions.assertThat(testEngine.engine()).isSameAs(engine);
        Assertions.assertThat(testEngine.sink()).isSameAs(sink);
        Assertions.assertThat(sink.events()).isEmpty();
    }

    @Test
    void engineErrorAssert_capturingTooMuch_namesTheParam(PaymentEngine engine) {
        PaymentIntent held = engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_card_visa")
                .captureMethod(CaptureMethod.MANUAL).confirm(true).build());
        // tag::errors[]
        assertThatEngineError(() -> engine.capture(held.id(), CaptureParams.amount(2000)))
                .hasHttpStatus(400).hasType(ErrorType.INVALID_REQUEST_ERROR).hasCode(ErrorCode.AMOUNT_TOO_LARGE)
                .hasParam("amount_to_capture").carriesIntentWithStatus(PaymentIntentStatus.REQUIRES_CAPTURE);
        // end::errors[]
    }

    @Test
    void engineErrorAssert_decline_carriesTheDeclineCode(PaymentEngine engine) {
        assertThatEngineError(() -> engine.create(CreateParams.builder(1000, "usd")
                .paymentMethod("pm_card_visa_chargeDeclinedInsufficientFunds").confirm(true).build()))
                .hasHttpStatus(402).hasCode(ErrorCode.CARD_DECLINED).hasDeclineCode("insufficient_funds")
                .carriesIntentWithStatus(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
    }

    @Test
    void assertions_onMismatch_failWithAClearMessage(PaymentEngine engine, RecordingEventSink sink) {
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").build());
        assertThatThrownBy(() -> assertThat(pi).isSucceeded()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("succeeded").hasMessageContaining("requires_payment_method");
        assertThatThrownBy(() -> assertThat(pi).hasAmount(5)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("amount");
        assertThatThrownBy(() -> assertThat(sink).emitted(EventType.PAYMENT_INTENT_SUCCEEDED).forIntent(pi.id()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("payment_intent.succeeded");
        assertThat(pi).isRequiresPaymentMethod().hasNoLastPaymentError().hasAmount(1000).hasAmountReceived(0);
    }

    @Test
    void clockAndSink_queriesByIntentTypeAndMark(TestEngine t) {
        // tag::clock-sink[]
        ManualClock clock = t.clock();
        RecordingEventSink sink = t.sink();
        PaymentIntent pi = t.engine().create(CreateParams.builder(1000, "eur").paymentMethod("pm_sepaDebit_success")
                .paymentMethodTypes(List.of("sepa_debit")).confirm(true).build());
        assertThat(pi).isProcessing();

        int mark = sink.mark();
        clock.advance(Duration.ofSeconds(179));          // not yet due
        Assertions.assertThat(sink.typesSince(mark)).isEmpty();
        clock.advanceTo(clock.instant().plusSeconds(1)); // 180 s: the debit settles

        assertThat(sink).emittedExactlySince(mark, EventType.CHARGE_SUCCEEDED, EventType.PAYMENT_INTENT_SUCCEEDED);
        Assertions.assertThat(sink.ofType(EventType.PAYMENT_INTENT_SUCCEEDED)).hasSize(1);
        Assertions.assertThat(sink.eventsOf(pi.id())).extracting(PaymentEvent::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        // end::clock-sink[]
        Assertions.assertThat(sink.typesOf(pi.id())).containsExactly(EventType.PAYMENT_INTENT_CREATED,
                EventType.CHARGE_PENDING, EventType.PAYMENT_INTENT_PROCESSING, EventType.CHARGE_SUCCEEDED,
                EventType.PAYMENT_INTENT_SUCCEEDED);
    }

    @Test
    void manualClock_listeners_runAfterEveryMove() {
        java.util.List<java.time.Instant> seen = new java.util.ArrayList<>();
        ManualClock clock = new ManualClock(java.time.Instant.ofEpochSecond(1000));
        clock.onAdvance(seen::add);
        clock.advanceSeconds(5).advanceTo(java.time.Instant.ofEpochSecond(2000));
        Assertions.assertThat(seen).containsExactly(java.time.Instant.ofEpochSecond(1005),
                java.time.Instant.ofEpochSecond(2000));
    }

    @Test
    void recordingSink_historyAndForwarding(TestEngine t) {
        java.util.List<EventType> forwarded = new java.util.ArrayList<>();
        t.sink().forwardTo(e -> forwarded.add(e.type()));
        PaymentIntent pi = t.engine().create(CreateParams.builder(1000, "usd").paymentMethod("pm_card_visa")
                .confirm(true).build());
        Assertions.assertThat(forwarded).contains(EventType.PAYMENT_INTENT_SUCCEEDED);
        Assertions.assertThat(t.sink().history(pi.id())).contains("payment_intent.created").contains("succeeded");
    }
}
