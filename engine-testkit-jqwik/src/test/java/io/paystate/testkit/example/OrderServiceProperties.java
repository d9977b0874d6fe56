package io.paystate.testkit.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.testkit.jqwik.LifecycleModel;
import io.paystate.testkit.jqwik.LifecycleState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;

/** The order service's invariants hold whatever lifecycle PayState drives. */
final class OrderServiceProperties {
    // tag::example-property[]
    @Provide
    Arbitrary<ActionChain<LifecycleState>> lifecycles() {
        return LifecycleModel.chains(() -> {
            LifecycleState state = LifecycleState.fresh();
            OrderService service = new OrderService(state.testEngine().engine());
            state.testEngine().sink().forwardTo(service); // PayState's events drive the service
            return state.attach(OrderService.class, service);
        }, List.of(
                // the host's own operations, interleaved with PayState's random ones
                LifecycleModel.onIntent("fulfil", OrderServiceProperties::held,
                        (state, pi) -> state.attachment(OrderService.class).fulfil(pi.id())),
                LifecycleModel.onIntent("release", OrderServiceProperties::held,
                        (state, pi) -> state.attachment(OrderService.class).release(pi.id())),
                LifecycleModel.onIntent("start processing", OrderServiceProperties::paid,
                        (state, pi) -> state.attachment(OrderService.class).startProcessing(pi.id())),
                LifecycleModel.onIntent("ship", OrderServiceProperties::paid,
                        (state, pi) -> state.attachment(OrderService.class).ship(pi.id()))));
    }

    @Property(tries = 100)
    void orders_matchSucceededPayments_reservationsMatchHolds(
            @ForAll("lifecycles") ActionChain<LifecycleState> chain) {
        Map<PaymentIntentId, OrderService.OrderStatus> lastSeen = new HashMap<>();
        chain.withInvariant("engine", LifecycleModel.engineInvariants())
                .withInvariant("orders", state -> {
                    OrderService service = state.attachment(OrderService.class);
                    for (PaymentIntent pi : state.currentIntents()) {
                        assertThat(service.order(pi.id()).isPresent()).as("order for " + pi.id()).isEqualTo(paid(pi));
                        service.order(pi.id()).ifPresent(order -> {
                            assertThat(order.amount()).isEqualTo(pi.amountReceived());
                            OrderService.OrderStatus before = lastSeen.put(pi.id(), order.status());
                            assertThat(order.status()).as("order status of " + pi.id() + " never goes back")
                                    .isGreaterThanOrEqualTo(before == null ? order.status() : before);
                        });
                        assertThat(service.reservation(pi.id()).map(OrderService.Reservation::amount))
                                .as("reservation for " + pi.id())
                                .isEqualTo(held(pi) ? java.util.Optional.of(pi.amountCapturable())
                                        : java.util.Optional.empty());
                    }
                })
                .run();
    }

    static boolean held(PaymentIntent pi) {
        return pi.status() == PaymentIntentStatus.REQUIRES_CAPTURE;
    }

    static boolean paid(PaymentIntent pi) {
        return pi.status() == PaymentIntentStatus.SUCCEEDED;
    }
    // end::example-property[]
}
