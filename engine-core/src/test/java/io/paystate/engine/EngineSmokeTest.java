package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.CaptureMethod;
import io.paystate.model.EventType;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.spi.IdGenerator;
import org.junit.jupiter.api.Test;

final class EngineSmokeTest {
    private final TestClock clock = new TestClock();
    private final RecordingSink sink = new RecordingSink();
    private final PaymentEngine engine = PaymentEngine.builder().clock(clock).eventSink(sink)
            .processor(new ScriptedProcessor()).idGenerator(IdGenerator.seeded(1)).build();

    @Test
    void manualCapture_fullLifecycle_succeeds() {
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_ok")
                .captureMethod(CaptureMethod.MANUAL).confirm(true).build());
        assertThat(pi.status()).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
        assertThat(pi.amountCapturable()).isEqualTo(1000);
        PaymentIntent captured = engine.capture(pi.id(), CaptureParams.amount(600));
        assertThat(captured.status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(captured.amountReceived()).isEqualTo(600);
        assertThat(sink.intentTypesSince(0)).containsExactly(EventType.PAYMENT_INTENT_CREATED,
                EventType.PAYMENT_INTENT_AMOUNT_CAPTURABLE_UPDATED, EventType.PAYMENT_INTENT_SUCCEEDED);
    }

    @Test
    void confirm_decline_throwsCardExceptionWithIntent() {
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").build());
        assertThatThrownBy(() -> engine.confirm(pi.id(), ConfirmParams.withPaymentMethod("pm_decline")))
                .isInstanceOfSatisfying(CardException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(402);
                    assertThat(e.paymentIntent()).get().extracting(PaymentIntent::status)
                            .isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
                });
        assertThat(engine.retrieve(pi.id()).lastPaymentError()).isNotNull();
    }

    @Test
    void processDue_afterSevenDays_expiresHold() {
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_ok")
                .captureMethod(CaptureMethod.MANUAL).confirm(true).build());
        clock.advanceSeconds(7 * 86400);
        assertThat(engine.processDue()).isEqualTo(1);
        PaymentIntent expired = engine.retrieve(pi.id());
        assertThat(expired.status()).isEqualTo(PaymentIntentStatus.CANCELED);
        assertThat(expired.canceledAt()).isEqualTo(TestClock.START.plusSeconds(7 * 86400));
    }
}
