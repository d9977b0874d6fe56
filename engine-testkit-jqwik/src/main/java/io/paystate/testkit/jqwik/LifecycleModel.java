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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;
import org.jspecify.annotations.Nullable;

/**
 * A reusable lifecycle model for jqwik's {@link ActionChain}: PayState drives random payment
 * lifecycles (creates with every test payment method and capture method, confirms, captures full,
 * partial and too large, cancels, 3-D Secure answers, clock advances that settle and expire), the
 * host plugs in its own code and checks its own invariants after every step.
 *
 * <p>A host plugs in at three places: the {@link LifecycleState} supplier (wire the host's objects
 * to the engine's events with {@code sink().forwardTo(...)} and {@link LifecycleState#attach}), its
 * own actions ({@link #onIntent}, or any jqwik {@link Action}) mixed into the chain by
 * {@link #chains(Supplier, List)}, and invariants ({@code chain.withInvariant(...)}, next to
 * {@link #engineInvariants()}).
 *
 * <p>Operations on intents are {@link Action.Dependent} actions: they run only once an intent
 * exists and pick one of the existing intents. Answers a real caller can get (wrong-state errors,
 * declines) are absorbed, since random lifecycles make them on purpose.
 *
 * <p>Thread safety: stateless; each chain runs on one thread.
 */
public final class LifecycleModel {
    private static final int MAX_TRANSFORMATIONS = 40;

    private LifecycleModel() {}

    /** One step of a lifecycle; {@code target} picks an existing intent, modulo their number. */
    public sealed interface Step {
        /**
         * Applies the step to the state; wrong-state errors and declines are absorbed.
         *
         * @param state state or region
         */
        void apply(LifecycleState state);

        /**
         * Creates an intent of 2000 minor units paid with a test payment method.
         *
         * @param paymentMethod a test payment-method id (its type and currency are chosen to match)
         * @param captureMethod the capture method
         * @param confirm whether to confirm at once
         */
        record Create(String paymentMethod, CaptureMethod captureMethod, boolean confirm) implements Step {
            /**
             * Throws {@link NullPointerException} if a component is null.
             *
             * @param paymentMethod a test payment-method id (its type and currency are chosen to match)
             * @param captureMethod the capture method
             * @param confirm whether to confirm at once
             */
            public Create {
                Objects.requireNonNull(paymentMethod, "paymentMethod");
                Objects.requireNonNull(captureMethod, "captureMethod");
            }

            @Override
            public void apply(LifecycleState state) {
                CreateParams params = CreateParams.builder(2000, PaymentMethodOutcome.currencyFor(paymentMethod))
                        .paymentMethodTypes(List.of(PaymentMethodOutcome.paymentMethodType(paymentMethod)))
                        .captureMethod(captureMethod).paymentMethod(paymentMethod).confirm(confirm).build();
                try {
                    state.add(state.testEngine().engine().create(params).id());
                } catch (CardException decline) {
                    state.add(decline.paymentIntent().orElseThrow().id());
                }
            }
        }

        /**
         * Confirms an intent with a payment method.
         *
         * @param target which intent
         * @param paymentMethod the test payment-method id
         */
        record Confirm(int target, String paymentMethod) implements Step {
            @Override
            public void apply(LifecycleState state) {
                onTarget(state, target, (e, id) -> e.confirm(id, ConfirmParams.withPaymentMethod(paymentMethod)));
            }
        }

        /**
         * Captures an intent.
         *
         * @param target which intent
         * @param amount the amount to capture, or null for everything capturable
         */
        record Capture(int target, @Nullable Long amount) implements Step {
            @Override
            public void apply(LifecycleState state) {
                onTarget(state, target, (e, id) -> e.capture(id, amount == null ? CaptureParams.full()
                        : CaptureParams.amount(amount)));
            }
        }

        /**
         * Cancels an intent.
         *
         * @param target which intent
         */
        record Cancel(int target) implements Step {
            @Override
            public void apply(LifecycleState state) {
                onTarget(state, target, (e, id) -> e.cancel(id, CancelParams.none()));
            }
        }

        /**
         * Answers an intent's 3-D Secure challenge.
         *
         * @param target which intent
         * @param outcome the customer's answer
         */
        record CompleteAction(int target, ActionOutcome outcome) implements Step {
            /**
             * Throws {@link NullPointerException} if the outcome is null.
             *
             * @param target which intent
             * @param outcome the customer's answer
             */
            public CompleteAction {
                Objects.requireNonNull(outcome, "outcome");
            }

            @Override
            public void apply(LifecycleState state) {
                onTarget(state, target, (e, id) -> e.completeAction(id, outcome));
            }
        }

        /**
         * Moves the engine clock forward; what falls due (settlements, expiries) is applied.
         *
         * @param duration how far, not negative
         */
        record AdvanceClock(Duration duration) implements Step {
            /**
             * Throws {@link IllegalArgumentException} if the duration is negative.
             *
             * @param duration how far, not negative
             */
            public AdvanceClock {
                if (duration.isNegative()) {
                    throw new IllegalArgumentException("the clock only moves forward: " + duration);
                }
            }

            @Override
            public void apply(LifecycleState state) {
                state.testEngine().clock().advance(duration);
            }
        }
    }

    private static void onTarget(LifecycleState state, int target, BiConsumer<PaymentEngine, PaymentIntentId> call) {
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

    private static Arbitrary<Step> create() {
        return Combinators.combine(PayStateArbitraries.anyPaymentMethod(), Arbitraries.of(CaptureMethod.class),
                Arbitraries.of(true, false)).as(Step.Create::new);
    }

    private static Arbitrary<Step> advance() {
        // short moves reach settlements (180 s), long ones the 7-day authorization window
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.longs().between(1, 600)),
                Tuple.of(1, Arbitraries.longs().between(3600, 9L * 86_400)))
                .map(seconds -> new Step.AdvanceClock(Duration.ofSeconds(seconds)));
    }

    private static Arbitrary<Step> onExisting(Arbitrary<Integer> target) {
        return Arbitraries.oneOf(
                Combinators.combine(target, PayStateArbitraries.anyPaymentMethod()).as(Step.Confirm::new),
                Combinators.combine(target, Arbitraries.of(500L, 2000L, 2500L).injectNull(0.5)).as(Step.Capture::new),
                target.map(Step.Cancel::new),
                Combinators.combine(target, Arbitraries.of(ActionOutcome.class)).as(Step.CompleteAction::new));
    }

    /**
     * Returns every kind of step, targets unbounded (taken modulo the number of intents).
     *
     * @return every kind of step, targets unbounded (taken modulo the number of intents)
     */
    public static Arbitrary<Step> steps() {
        return Arbitraries.frequencyOf(Tuple.of(2, create()), Tuple.of(4, onExisting(Arbitraries.integers()
                .between(0, 20))), Tuple.of(1, advance()));
    }

    private static Transformer<LifecycleState> transformer(Step step) {
        return Transformer.mutate(step.toString(), step::apply);
    }

    /**
     * Returns the built-in actions: create (independent), operations on an existing intent
     * (dependent, only once an intent exists) and clock advances (independent).
     *
     * @return the built-in actions: create (independent), operations on an existing intent (dependent, only once an intent exists) and clock advances (independent)
     */
    public static List<Action<LifecycleState>> actions() {
        Action<LifecycleState> create = new Action.Independent<>() {
            @Override
            public Arbitrary<Transformer<LifecycleState>> transformer() {
                return create().map(LifecycleModel::transformer);
            }
        };
        Action<LifecycleState> operate = new Action.Dependent<>() {
            @Override
            public boolean precondition(LifecycleState state) {
                return !state.intents().isEmpty();
            }

            @Override
            public Arbitrary<Transformer<LifecycleState>> transformer(LifecycleState state) {
                return onExisting(Arbitraries.integers().between(0, state.intents().size() - 1))
                        .map(LifecycleModel::transformer);
            }
        };
        Action<LifecycleState> advance = new Action.Independent<>() {
            @Override
            public Arbitrary<Transformer<LifecycleState>> transformer() {
                return advance().map(LifecycleModel::transformer);
            }
        };
        return List.of(create, operate, advance);
    }

    /**
     * Returns a host action on one existing intent: it runs only while some intent satisfies
     * {@code when}, picks one of them, and calls {@code action} with the intent as of the engine
     * clock. When jqwik replays a shrunk chain in which the picked intent no longer satisfies
     * {@code when}, the step does nothing. Exceptions of {@code action} fail the chain.
     *
     * @param name how the step shows in reports, e.g. {@code fulfil}
     * @param when which intents the action applies to, e.g. {@code pi -> pi.status() == REQUIRES_CAPTURE}
     * @param action the host's code, e.g. {@code (state, pi) -> state.attachment(OrderService.class).fulfil(pi.id())}
     * @return a host action on one existing intent: it runs only while some intent satisfies {@code when}, picks one of them, and calls {@code action} with the intent as of the engine clock
     */
    public static Action.Dependent<LifecycleState> onIntent(String name, Predicate<PaymentIntent> when,
            BiConsumer<LifecycleState, PaymentIntent> action) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(action, "action");
        return new Action.Dependent<>() {
            @Override
            public boolean precondition(LifecycleState state) {
                return state.currentIntents().stream().anyMatch(when);
            }

            @Override
            public Arbitrary<Transformer<LifecycleState>> transformer(LifecycleState state) {
                List<PaymentIntentId> candidates = state.currentIntents().stream().filter(when)
                        .map(PaymentIntent::id).toList();
                return Arbitraries.of(candidates).map(id -> Transformer.mutate(name + " " + id, s -> {
                    if (s.intents().contains(id)) {
                        PaymentIntent now = s.testEngine().engine().retrieve(id);
                        if (when.test(now)) {
                            action.accept(s, now);
                        }
                    }
                }));
            }
        };
    }

    /**
     * Returns random lifecycles of up to 40 steps of the built-in actions over states from {@code initial}.
     *
     * @param initial the initial
     * @return random lifecycles of up to 40 steps of the built-in actions over states from {@code initial}
     */
    public static ActionChainArbitrary<LifecycleState> chains(Supplier<LifecycleState> initial) {
        return chains(initial, List.of());
    }

    /**
     * Returns random lifecycles of up to 40 steps mixing the built-in actions with the host's own
     * ({@code hostActions}, each as likely as a built-in one).
     *
     * @param initial the initial
     * @param hostActions the host actions
     * @return random lifecycles of up to 40 steps mixing the built-in actions with the host's own ({@code hostActions}, each as likely as a built-in one)
     */
    public static ActionChainArbitrary<LifecycleState> chains(Supplier<LifecycleState> initial,
            List<? extends Action<LifecycleState>> hostActions) {
        Objects.requireNonNull(initial, "initial");
        ActionChainArbitrary<LifecycleState> chain = ActionChain.<LifecycleState>startWith(initial);
        int[] weights = {3, 5, 2};
        List<Action<LifecycleState>> builtIn = actions();
        for (int i = 0; i < builtIn.size(); i++) {
            chain = chain.withAction(weights[i], builtIn.get(i));
        }
        for (Action<LifecycleState> host : new ArrayList<>(hostActions)) {
            chain = chain.withAction(2, host);
        }
        return chain.withMaxTransformations(MAX_TRANSFORMATIONS);
    }

    /**
     * Returns the engine's own invariants, to check after every step: {@code amount_received <= amount},
     * {@code amount_capturable} positive only in {@code requires_capture}, terminal statuses never
     * change, every intent's events carry gap-free sequence numbers 1, 2, 3, ... Each call returns a
     * fresh checker (it remembers which intents reached a terminal status): use one per chain.
     *
     * @return the engine's own invariants, to check after every step: {@code amount_received <= amount}, {@code amount_capturable} positive only in {@code requires_capture}, terminal statuses never change, every intent's events carry gap-free sequence numbers 1, 2, 3, ..
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
