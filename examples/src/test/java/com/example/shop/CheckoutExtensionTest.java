package com.example.shop;

import static io.paystate.testkit.assertj.PayStateAssertions.assertThat;
import static io.paystate.testkit.assertj.PayStateAssertions.assertThatEngineError;

import io.paystate.engine.PaymentEngine;
import io.paystate.model.EventType;
import io.paystate.model.PaymentIntent;
import io.paystate.testkit.RecordingEventSink;
import io.paystate.testkit.junit.PayStateTest;
import org.junit.jupiter.api.Test;

/** The JUnit 5 extension: a fresh engine for every test, injected as parameters. */
@PayStateTest(seed = 7)
class CheckoutExtensionTest {

    @Test
    void cancel_beforeShipping_releasesTheHold(PaymentEngine engine, RecordingEventSink sink) {
        Checkout checkout = new Checkout(engine);
        PaymentIntent held = checkout.placeOrder("order-9", 1200, "pm_card_visa").intent();

        assertThat(checkout.cancel(held.id())).isCanceled().hasAmountCapturable(0);
        assertThat(sink).emittedIntentEventsExactly(held.id(), EventType.PAYMENT_INTENT_CREATED,
                EventType.PAYMENT_INTENT_AMOUNT_CAPTURABLE_UPDATED, EventType.PAYMENT_INTENT_CANCELED);
    }

    @Test
    void ship_moreThanHeld_isRefusedAndChangesNothing(PaymentEngine engine) {
        Checkout checkout = new Checkout(engine);
        PaymentIntent held = checkout.placeOrder("order-10", 1200, "pm_card_visa").intent();

        assertThatEngineError(() -> checkout.ship(held.id(), 5000)).hasHttpStatus(400)
                .hasParam("amount_to_capture");
        assertThat(engine.retrieve(held.id())).isRequiresCapture().hasAmountCapturable(1200);
    }
}
