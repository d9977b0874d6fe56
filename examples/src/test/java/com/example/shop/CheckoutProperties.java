package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.testkit.TestEngine;
import io.paystate.testkit.jqwik.LifecycleModel;
import io.paystate.testkit.jqwik.LifecycleState;
import io.paystate.testkit.jqwik.PayStateArbitraries;
import io.paystate.testkit.jqwik.PaymentMethodOutcome;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.state.ActionChain;

/** Properties with the jqwik testkit: any successful card, any amount, and random lifecycles. */
class CheckoutProperties {

    @Provide
    Arbitrary<String> succeedingCards() {
        return PayStateArbitraries.paymentMethods(PaymentMethodOutcome.SUCCEEDS)
                .filter(pm -> PaymentMethodOutcome.paymentMethodType(pm).equals("card"));
    }

    @Property(tries = 50)
    void shipping_neverChargesMoreThanShipped(@ForAll("succeedingCards") String card,
            @ForAll @LongRange(min = 50, max = 99_999_999) long amount, @ForAll("shares") int sharePercent) {
        Checkout checkout = new Checkout(TestEngine.create().engine());
        Checkout.Placed placed = checkout.placeOrder("order", amount, card);
        long shipped = Math.max(1, amount * sharePercent / 100);

        PaymentIntent after = checkout.ship(placed.intent().id(), shipped);

        assertThat(after.status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(after.amountReceived()).isEqualTo(shipped);
    }

    @Provide
    Arbitrary<Integer> shares() {
        return Arbitraries.integers().between(1, 100);
    }

    @Provide
    Arbitrary<ActionChain<LifecycleState>> lifecycles() {
        return LifecycleModel.chains(LifecycleState::fresh, List.of(
                LifecycleModel.onIntent("shop ships half", pi -> pi.status() == PaymentIntentStatus.REQUIRES_CAPTURE,
                        (state, pi) -> new Checkout(state.testEngine().engine())
                                .ship(pi.id(), Math.max(1, pi.amountCapturable() / 2)))));
    }

    @Property(tries = 30)
    void randomLifecycles_withTheShopsShipping_keepTheEngineInvariants(
            @ForAll("lifecycles") ActionChain<LifecycleState> chain) {
        chain.withInvariant("engine invariants", LifecycleModel.engineInvariants()).run();
    }
}
