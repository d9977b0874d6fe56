package com.example.shop;

import static io.paystate.testkit.assertj.PayStateAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.EventType;
import io.paystate.model.PaymentIntent;
import io.paystate.testkit.TestEngine;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Example-based tests with the testkit's {@link TestEngine}: a test-mode engine on a manual clock. */
class CheckoutTest {
    private final TestEngine payments = TestEngine.create(42);
    private final Checkout checkout = new Checkout(payments.engine());

    @Test
    void placeOrder_thenShipPart_chargesWhatShipped() {
        Checkout.Placed placed = checkout.placeOrder("order-1", 5000, "pm_card_visa");
        assertThat(placed.declined()).isFalse();
        assertThat(placed.intent()).isRequiresCapture().hasAmountCapturable(5000);

        PaymentIntent shipped = checkout.ship(placed.intent().id(), 4200);

        assertThat(shipped).isSucceeded().hasAmountReceived(4200);
        assertThat(payments.sink()).emitted(EventType.PAYMENT_INTENT_SUCCEEDED).forIntent(shipped.id());
    }

    @Test
    void placeOrder_declinedCard_isAnAnswerNotAnError() {
        Checkout.Placed placed = checkout.placeOrder("order-2", 5000, "pm_card_chargeDeclinedInsufficientFunds");

        assertThat(placed.declined()).isTrue();
        assertThat(placed.declineCode()).isEqualTo("insufficient_funds");
        assertThat(placed.intent()).isRequiresPaymentMethod();
    }

    @Test
    void unshippedOrder_afterSevenDays_holdIsReleased() {
        Checkout.Placed placed = checkout.placeOrder("order-3", 5000, "pm_card_visa");

        payments.clock().advance(Duration.ofDays(7));

        assertThat(payments.engine().retrieve(placed.intent().id())).isCanceled().hasAmountCapturable(0);
    }
}
