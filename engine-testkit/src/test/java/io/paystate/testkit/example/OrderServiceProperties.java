package io.paystate.testkit.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.testkit.jqwik.LifecycleModel;
import io.paystate.testkit.jqwik.LifecycleState;
import java.util.Map;
import java.util.WeakHashMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;

/** The order service's invariants hold whatever lifecycle PayState drives. */
final class OrderServiceProperties {
    // tag::example-property[]
    private final Map<LifecycleState, OrderService> services = new WeakHashMap<>();

    @Provide
    Arbitrary<ActionChain<LifecycleState>> lifecycles() {
        return LifecycleModel.chains(() -> {
            LifecycleState state = LifecycleState.fresh();
            OrderService service = new OrderService(state.testEngine().engine());
            state.testEngine().sink().forwardTo(service);
            services.put(state, service);
            return state;
        });
    }

    @Property(tries = 100)
    void orders_matchSucceededPayments_reservationsMatchHolds(
            @ForAll("lifecycles") ActionChain<LifecycleState> chain) {
        chain.withInvariant("engine", LifecycleModel.engineInvariants())
                .withInvariant("orders", state -> {
                    OrderService service = services.get(state);
                    for (PaymentIntent pi : state.currentIntents()) {
                        boolean succeeded = pi.status() == PaymentIntentStatus.SUCCEEDED;
                        assertThat(service.order(pi.id()).isPresent()).as("order for " + pi.id()).isEqualTo(succeeded);
                        boolean held = pi.status() == PaymentIntentStatus.REQUIRES_CAPTURE;
                        assertThat(service.reservation(pi.id()).isPresent()).as("reservation for " + pi.id())
                                .isEqualTo(held);
                    }
                })
                .run();
    }
    // end::example-property[]
}
