package io.paystate.testkit.example;

import static io.paystate.testkit.assertj.PayStateAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.ActionOutcome;
import io.paystate.engine.CreateParams;
import io.paystate.model.CaptureMethod;
import io.paystate.model.PaymentIntent;
import io.paystate.testkit.TestEngine;
import io.paystate.testkit.junit.PayStateTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@PayStateTest
final class OrderServiceTest {

    // tag::example-test[]
    @Test
    void cardPayment_succeeds_createsAReceivedOrder(TestEngine t) {
        OrderService service = new OrderService(t.engine());
        t.sink().forwardTo(service);

        PaymentIntent pi = t.engine().create(CreateParams.builder(2500, "usd")
                .paymentMethod("pm_card_visa").confirm(true).build());

        assertThat(pi).isSucceeded();
        assertThat(service.order(pi.id())).hasValueSatisfying(order -> {
            assertThat(order.status()).isEqualTo(OrderService.OrderStatus.RECEIVED);
            assertThat(order.amount()).isEqualTo(2500);
        });
    }

    @Test
    void waitlistHold_expiresAfterSevenDays_releasesTheReservation(TestEngine t) {
        OrderService service = new OrderService(t.engine());
        t.sink().forwardTo(service);
        PaymentIntent held = t.engine().create(CreateParams.builder(4000, "usd").metadata("item", "bike")
                .paymentMethod("pm_card_visa").captureMethod(CaptureMethod.MANUAL).confirm(true).build());
        assertThat(service.reservation(held.id())).hasValueSatisfying(r -> assertThat(r.item()).isEqualTo("bike"));

        t.clock().advance(Duration.ofDays(7));

        assertThat(service.reservation(held.id())).isEmpty();
        assertThat(service.order(held.id())).isEmpty();
    }
    // end::example-test[]

    @Test
    void waitlistHold_fulfilled_becomesAnOrderThatShips(TestEngine t) {
        OrderService service = new OrderService(t.engine());
        t.sink().forwardTo(service);
        PaymentIntent held = t.engine().create(CreateParams.builder(4000, "usd").paymentMethod("pm_card_mastercard")
                .captureMethod(CaptureMethod.MANUAL).confirm(true).build());
        service.fulfil(held.id());
        service.startProcessing(held.id());
        service.ship(held.id());
        assertThat(service.reservation(held.id())).isEmpty();
        assertThat(service.order(held.id())).hasValueSatisfying(
                o -> assertThat(o.status()).isEqualTo(OrderService.OrderStatus.SHIPPED));
    }

    @Test
    void threeDSecureAbandoned_createsNoOrder(TestEngine t) {
        OrderService service = new OrderService(t.engine());
        t.sink().forwardTo(service);
        PaymentIntent pi = t.engine().create(CreateParams.builder(1000, "usd")
                .paymentMethod("pm_card_threeDSecure2Required").confirm(true).build());
        assertThat(t.engine().completeAction(pi.id(), ActionOutcome.FAILURE)).isRequiresPaymentMethod();
        assertThat(service.orders()).isEmpty();
    }
}
