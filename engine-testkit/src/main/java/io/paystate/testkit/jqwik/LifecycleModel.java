package io.paystate.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.ActionOutcome;
import io.paystate.engine.CancelParams;
import io.paystate.engine.CaptureParams;
import io.paystate.engine.CardException;
import io.paystate.engine.ConfirmParams;
import io.paystate.engine.CreateParams;
import io.paystate.engine.InvalidRequestException;
import io.paystate.engine.PaymentEngine;
import io.paystate.model.CaptureMethod;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;

/**
 * Random payment lifecycles for jqwik's {@link ActionChain}: creates (with every test payment
 * method and capture method), confirms, captures (full, partial, too much), cancels, 3-D Secure
 * answers and clock advances. PayState drives; the host checks its own invariants.
 *
 * <pre>{@code
 * @Provide Arbitrary<ActionChain<LifecycleState>> lifecycles() {
 *     return LifecycleModel.chains(() -> {
 *         LifecycleState state = LifecycleState.fresh();
 *         state.testEngine().sink().forwardTo(myWebhookHandler);
 *         return state;
 *     });
 * }
 * @Property void myInvariants(@ForAll("lifecycles") ActionChain<LifecycleState> chain) {
 *     chain.withInvariant(LifecycleModel.engineInvariants()).withInvariant(s -> ...).run();
 * }
 * }</pre>
 */
public final class LifecycleModel {
    private LifecycleModel() {}

    /** One step of a lifecycle; {@code target} picks an existing intent (modulo their number). */
    public sealed interface Step {
        /** Applies the step; engine errors that a real caller could get are absorbed. */
        void apply(LifecycleState state);

        /** @param paymentMethod a test id, or null for none @param captureMethod @param confirm */
        record Create(String paymentMethod, CaptureMethod captureMethod, boolean confirm) implements Step {
            @Override
            public void apply(LifecycleState state) {
                CreateParams.Builder b = CreateParams.builder(2000, paymentMethod.startsWith("pm_sepa") ? "eur" : "usd")
                        .captureMethod(captureMethod);
                if (paymentMethod.startsWith("pm_sepa")) {
                    b.paymentMethodTypes(List.of("sepa_debit"));
                }
                b.paymentMethod(paymentMethod).confirm(confirm);
                try {
                    state.add(state.testEngine().engine().create(b.build()).id());
                } catch (CardException decline) {
                    state.add(decline.paymentIntent().orElseThrow().id());
                }
            }
        }

        /** @param target which intent @param paymentMethod the payment method to confirm with */
        record Confirm(int target, String paymentMethod) implements Step {
            @Override
            public void apply(LifecycleState state) {
                onIntent(state, target, (e, id) -> e.confirm(id, ConfirmParams.withPaymentMethod(paymentMethod)));
            }
        }

        /** @param target which intent @param amount the amount to capture, or null for everything */
        record Capture(int target, Long amount) implements Step {
            @Override
            public void apply(LifecycleState state) {
                onIntent(state, target, (e, id) -> e.capture(id, amount == null ? CaptureParams.full()
                        : CaptureParams.amount(amount)));
            }
        }

        /** @param target which intent */
        record Cancel(int target) implements Step {
            @Override
            public void apply(LifecycleState state) {
                onIntent(state, target, (e, id) -> e.cancel(id, CancelParams.none()));
            }
        }

        /** @param target which intent @param outcome the customer's answer */
        record CompleteAction(int target, ActionOutcome outcome) implements Step {
            @Override
            public void apply(LifecycleState state) {
                onIntent(state, target, (e, id) -> e.completeAction(id, outcome));
            }
        }

        /** @param duration how far the clock moves (what falls due is applied) */
        record AdvanceClock(Duration duration) implements Step {
            @Override
            public void apply(LifecycleState state) {
                state.testEngine().clock().advance(duration);
            }
        }
    }

    private static void onIntent(LifecycleState state, int target,
            java.util.function.BiConsumer<PaymentEngine, PaymentIntentId> call) {
        List<PaymentIntentId> ids = state.intents();
        if (ids.isEmpty()) {
            return;
        }
        try {
            call.accept(state.testEngine().engine(), ids.get(Math.floorMod(target, ids.size())));
        } catch (InvalidRequestException | CardException expected) {
            // wrong-state errors and declines are ordinary answers in a random lifecycle
        }
    }

    /** Every kind of step, for {@link PayStateArbitraries#lifecycles()}. */
    public static Arbitrary<Step> steps() {
        Arbitrary<String> methods = Arbitraries.oneOf(PayStateArbitraries.cards(),
                PayStateArbitraries.paymentMethods(PaymentMethodOutcome.ASYNC));
        Arbitrary<Integer> target = Arbitraries.integers().between(0, 20);
        return Arbitraries.oneOf(
                Combinators.combine(methods, Arbitraries.of(CaptureMethod.class), Arbitraries.of(true, false))
                        .as(Step.Create::new),
                Combinators.combine(target, PayStateArbitraries.cards()).as(Step.Confirm::new),
                Combinators.combine(target, Arbitraries.of(500L, 2000L, 2500L).injectNull(0.4)).as(Step.Capture::new),
                target.map(Step.Cancel::new),
                Combinators.combine(target, Arbitraries.of(ActionOutcome.class)).as(Step.CompleteAction::new),
                Arbitraries.longs().between(1, 9L * 86400).map(s -> new Step.AdvanceClock(Duration.ofSeconds(s))));
    }

    /** Returns an {@link ActionChain} arbitrary of random lifecycles over states from {@code initial}. */
    public static ActionChainArbitrary<LifecycleState> chains(Supplier<LifecycleState> initial) {
        return ActionChain.<LifecycleState>startWith(initial)
                .withAction(new Action.Independent<LifecycleState>() {
                    @Override
                    public Arbitrary<Transformer<LifecycleState>> transformer() {
                        return steps().map(step -> Transformer.mutate(step.toString(), step::apply));
                    }
                })
                .withMaxTransformations(40);
    }

    /**
     * The engine's own invariants, to check after every step: {@code amount_received <= amount},
     * {@code amount_capturable > 0} only in {@code requires_capture}, terminal statuses never change,
     * gap-free event sequences per intent.
     */
    public static Consumer<LifecycleState> engineInvariants() {
        Map<PaymentIntentId, PaymentIntentStatus> terminal = new HashMap<>();
        return state -> {
            for (PaymentIntent pi : state.currentIntents()) {
                assertThat(pi.amountReceived()).as("amount_received of " + pi.id()).isLessThanOrEqualTo(pi.amount());
                if (pi.amountCapturable() > 0) {
                    assertThat(pi.status()).as("status of " + pi.id() + " with a capturable amount")
                            .isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
                }
                PaymentIntentStatus was = terminal.get(pi.id());
                if (was != null) {
                    assertThat(pi.status()).as("terminal status of " + pi.id()).isEqualTo(was);
                } else if (pi.status().isTerminal()) {
                    terminal.put(pi.id(), pi.status());
                }
                List<PaymentEvent> events = state.testEngine().sink().eventsOf(pi.id());
                for (int i = 0; i < events.size(); i++) {
                    assertThat(events.get(i).sequence()).as("event sequence of " + pi.id()).isEqualTo(i + 1L);
                }
            }
        };
    }
}
