package io.paystate.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.paystate.engine.CardException;
import io.paystate.engine.CreateParams;
import io.paystate.engine.PaymentEngine;
import io.paystate.model.CaptureMethod;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import java.time.InstantSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class SimulationStoreTest {
    private final SimulationStore store = new SimulationStore(pi -> { });
    private final PaymentEngine engine = PaymentEngine.builder()
            .clock(InstantSource.fixed(Simulator.START)).store(store).build();

    @Test
    void setAside_heldIntentWithADeadline_refusedAndStillHeld() {
        // a hold expires: the sweep must still find it, so it cannot be set aside
        PaymentIntent held = engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_card_visa")
                .captureMethod(CaptureMethod.MANUAL).confirm(true).build());
        assertThat(held.status()).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
        assertThatThrownBy(() -> store.setAside(held.id())).isInstanceOf(IllegalStateException.class);
        assertThat(store.isHeld(held.id())).isTrue();
        assertThat(store.liveByStatus()).containsExactly(Map.entry("requires_capture", 1L));
    }

    @Test
    void setAside_declinedIntent_droppedButCountedOpen() {
        CardException decline = catchThrowableOfType(CardException.class, () -> engine.create(
                CreateParams.builder(1000, "usd").paymentMethod("pm_card_visa_chargeDeclined").confirm(true).build()));
        PaymentIntent declined = decline.paymentIntent().orElseThrow();
        assertThat(declined.status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
        store.setAside(declined.id());
        assertThat(store.isHeld(declined.id())).isFalse();
        assertThat(store.heldCount()).isZero();
        assertThat(store.liveCount()).isEqualTo(1);
        assertThat(store.liveByStatus()).containsExactly(Map.entry("requires_payment_method", 1L));
    }
    @Test
    void setAside_intentNotHeld_refusedAndNothingCounted() {
        PaymentIntentId unknown = PaymentIntentId.of("pi_unknown");
        assertThatThrownBy(() -> store.setAside(unknown)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pi_unknown");
        assertThat(store.liveCount()).isZero();
        assertThat(store.liveByStatus()).isEmpty();
        assertThat(store.isHeld(unknown)).isFalse();
    }
}
