package io.paystate.testkit.jqwik;

import static io.paystate.testkit.assertj.PayStateAssertions.assertThat;
import static io.paystate.testkit.assertj.PayStateAssertions.assertThatEngineError;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.engine.ActionOutcome;
import io.paystate.engine.CardException;
import io.paystate.engine.CreateParams;
import io.paystate.engine.CustomerParams;
import io.paystate.engine.CustomerRequest;
import io.paystate.engine.PaymentMethodRequest;
import io.paystate.engine.SetupIntentCreateParams;
import io.paystate.engine.SetupIntentRequest;
import io.paystate.model.CustomerId;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.PaymentMethodUsage;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentStatus;
import io.paystate.testkit.TestEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;
import org.assertj.core.api.Assertions;

/**
 * A reusable model of saving payment methods and charging them later, for jqwik's
 * {@link ActionChain}: create customers, save a test card ({@link SavedTestCard}) for a customer with
 * a SetupIntent (passing or failing 3-D Secure), charge a card on and off session for its own or
 * another customer, detach it, and charge it again. Every action checks Stripe's answer against
 * the model of {@link SavedCardState}: a spent (detached or consumed) method is never charged, a
 * method attached to one customer is never charged for another, an off-session charge of a card
 * that needs authentication succeeds only once the method was set up for {@code off_session} (and
 * never for {@link SavedTestCard#ALWAYS_AUTHENTICATE}), and the stored method moves exactly as the
 * model says. {@link #invariants()} checks after every step that the engine's stored methods equal
 * the model and that every object's events carry gap-free sequence numbers.
 *
 * <p>A host plugs in as with {@link LifecycleModel}: the {@link SavedCardState} supplier (attach the
 * host's objects), its own actions mixed in by {@link #chains(Supplier, List)}, and its own
 * invariants next to {@link #invariants()}.
 *
 * <p>An on-session charge of a card that authenticates waits in {@code requires_action}; the
 * challenge action answers it (passed: {@code succeeded}; failed: {@code requires_payment_method}
 * with {@code payment_intent_authentication_failure}). A challenge passed after its method was
 * detached is refused ({@code 400} on {@code payment_method}) and charges nothing.
 *
 * <p>Actions remember the ids they picked; when jqwik replays a shrunk chain in which such an id no
 * longer exists, the step does nothing.
 *
 * <p>Thread safety: stateless; each chain runs on one thread.
 */
public final class SavedCardModel {
    private static final int MAX_TRANSFORMATIONS = 30;
    private static final long AMOUNT = 1200;

    private SavedCardModel() {}

    /**
     * Returns the built-in actions: create a customer (independent); save a card for a customer,
     * charge a card, detach a card, answer the 3-D Secure challenge of an on-session charge
     * (dependent: they run once a customer, a card, or a charge in {@code requires_action} exists).
     *
     * @return the built-in actions, in the order create customer, save, charge, detach, answer challenge
     */
    public static List<Action<SavedCardState>> actions() {
        return List.of(createCustomer(), saveCard(), charge(), detach(), answerChallenge());
    }

    /**
     * Returns random save-and-charge sequences of up to 30 steps of the built-in actions.
     *
     * @param initial the state each sequence starts from, e.g. {@code SavedCardState::fresh}
     * @return the sequences
     */
    public static ActionChainArbitrary<SavedCardState> chains(Supplier<SavedCardState> initial) {
        return chains(initial, List.of());
    }

    /**
     * Returns random save-and-charge sequences of up to 30 steps mixing the built-in actions with
     * the host's own ({@code hostActions}, each as likely as saving a card).
     *
     * @param initial the state each sequence starts from
     * @param hostActions the host's actions
     * @return the sequences
     */
    public static ActionChainArbitrary<SavedCardState> chains(Supplier<SavedCardState> initial,
            List<? extends Action<SavedCardState>> hostActions) {
        Objects.requireNonNull(initial, "initial");
        // charges are the point: most steps charge; customers and saves feed them, detaches end them
        int[] weights = {2, 4, 6, 2, 2};
        ActionChainArbitrary<SavedCardState> chain = ActionChain.startWith(initial);
        List<Action<SavedCardState>> builtIn = actions();
        for (int i = 0; i < builtIn.size(); i++) {
            chain = chain.withAction(weights[i], builtIn.get(i));
        }
        for (Action<SavedCardState> host : new ArrayList<>(hostActions)) {
            chain = chain.withAction(4, host);
        }
        return chain.withMaxTransformations(MAX_TRANSFORMATIONS);
    }

    /**
     * Returns the invariants to check after every step: every stored method the model knows has the
     * usage, customer and set-up state of the model, and the events of every customer, payment
     * method, SetupIntent (read from the stores' logs) and PaymentIntent (from the recording sink)
     * carry gap-free sequence numbers 1, 2, 3, ...
     *
     * @return the invariants, as one checker
     */
    public static Consumer<SavedCardState> invariants() {
        return state -> {
            for (SavedCardState.Method m : state.methods()) {
                PaymentMethod stored = state.testEngine().paymentMethod(m.id());
                assertThat(stored).as("stored %s of %s, model %s", m.id(), m.card(), m).hasUsage(m.usage())
                        .isSetUpFor(m.setUpFor());
                if (m.customer() != null) {
                    assertThat(stored).isAttachedTo(m.customer());
                }
            }
            EventSequences.check(state);
        };
    }

    private static Action<SavedCardState> createCustomer() {
        return new Action.Independent<>() {
            @Override
            public Arbitrary<Transformer<SavedCardState>> transformer() {
                return PayStateArbitraries.customerParams().map(params -> Transformer.mutate("create customer",
                        state -> createCustomer(state, params)));
            }
        };
    }

    private static void createCustomer(SavedCardState state, CustomerParams params) {
        state.addCustomer(state.testEngine().execute(new CustomerRequest.Create(params)).id());
    }

    private static Action<SavedCardState> saveCard() {
        return new Action.Dependent<>() {
            @Override
            public boolean precondition(SavedCardState state) {
                return !state.customers().isEmpty();
            }

            @Override
            public Arbitrary<Transformer<SavedCardState>> transformer(SavedCardState state) {
                return Combinators.combine(PayStateArbitraries.savedCards(), Arbitraries.of(state.customers()),
                        Arbitraries.of(ActionOutcome.class)).as((card, customer, outcome) -> Transformer.mutate(
                                "save " + card + " for " + customer + (card.authenticatesToSetUp() ? ", 3-D Secure "
                                        + outcome : ""), s -> {
                                    if (s.customers().contains(customer)) {
                                        save(s, card, customer, outcome);
                                    }
                                }));
            }
        };
    }

    private static void save(SavedCardState state, SavedTestCard card, CustomerId customer, ActionOutcome outcome) {
        TestEngine t = state.testEngine();
        PaymentMethod created = t.createCard(card.number());
        assertThat(created).isNew().isNotSetUp();
        state.expect(new SavedCardState.Method(created.id(), card, null, PaymentMethodUsage.NEW, null));
        SetupIntent si = t.execute(new SetupIntentRequest.Create(
                SetupIntentCreateParams.builder().customer(customer.value())
                        .paymentMethod(created.id().value()).confirm(true).build()));
        state.addSetupIntent(si.id());
        assertThat(si).hasCustomer(customer).hasPaymentMethod(created.id());
        if (card.authenticatesToSetUp()) {
            assertThat(si).isRequiresAction().hasNextActionType("use_stripe_sdk");
            si = t.execute(new SetupIntentRequest.CompleteAction(si.id(), outcome));
        }
        if (card.authenticatesToSetUp() && outcome == ActionOutcome.FAILURE) {
            assertThat(si).isRequiresPaymentMethod().hasNoNextAction()
                    .hasLastSetupErrorCode(ErrorCode.SETUP_INTENT_AUTHENTICATION_FAILURE);
            return; // the method stays new and never set up: the model already says so
        }
        assertThat(si).isSucceeded().hasNoLastSetupError().hasNoNextAction();
        state.expect(new SavedCardState.Method(created.id(), card, customer, PaymentMethodUsage.ATTACHED,
                SetupFutureUsage.OFF_SESSION));
    }

    private static Action<SavedCardState> charge() {
        return new Action.Dependent<>() {
            @Override
            public boolean precondition(SavedCardState state) {
                return !state.methods().isEmpty();
            }

            @Override
            public Arbitrary<Transformer<SavedCardState>> transformer(SavedCardState state) {
                // mostly the card's own customer (the reuse that works), sometimes any other one
                Arbitrary<SavedCardState.Method> methods = Arbitraries.of(state.methods());
                Arbitrary<CustomerId> others = Arbitraries.of(state.customers());
                return Combinators.combine(methods, others, Arbitraries.integers().between(0, 3),
                        Arbitraries.of(true, false)).as((m, other, pick, offSession) -> {
                            CustomerId customer = m.customer() != null && pick > 0 ? m.customer() : other;
                            return Transformer.<SavedCardState>mutate("charge " + m.id() + " (" + m.card() + ") for "
                                    + customer + (offSession ? " off session" : " on session"), s -> {
                                        if (knows(s, m.id())) {
                                            charge(s, s.method(m.id()), customer, offSession);
                                        }
                                    });
                        });
            }
        };
    }

    private static void charge(SavedCardState state, SavedCardState.Method m, CustomerId customer, boolean offSession) {
        CreateParams params = CreateParams.builder(AMOUNT, "usd").customer(customer.value())
                .paymentMethod(m.id().value()).confirm(true).offSession(offSession).build();
        if (m.usage().spent() || (m.customer() != null && !m.customer().equals(customer))) {
            // a detached or consumed method, or another customer's, is refused before any attempt
            assertThatEngineError(() -> state.testEngine().engine().create(params)).hasHttpStatus(400)
                    .hasParam("payment_method");
            return;
        }
        PaymentIntentStatus expected = m.card().chargeStatus(offSession, m.setUpForOffSession());
        PaymentIntent pi;
        try {
            pi = state.testEngine().engine().create(params);
        } catch (CardException declined) {
            pi = declined.paymentIntent().orElseThrow();
            Assertions.assertThat(declined.code()).as("decline of %s", m).contains(Objects.requireNonNull(
                    m.card().declineCode(offSession, m.setUpForOffSession()), "an unexpected decline"));
        }
        state.addIntent(pi.id());
        assertThat(pi).as("charge of %s", m).hasStatus(expected);
        if (offSession && pi.status() == PaymentIntentStatus.SUCCEEDED && m.card() != SavedTestCard.PLAIN) {
            // the rule itself, stated apart from the table: no off-session success without a setup
            Assertions.assertThat(m.setUpForOffSession())
                    .as("off-session success of %s, never set up", m).isTrue();
        }
        if (m.usage() == PaymentMethodUsage.NEW) {
            state.expect(m.with(null, PaymentMethodUsage.CONSUMED)); // used once unattached: spent
        }
    }

    private static Action<SavedCardState> detach() {
        return new Action.Dependent<>() {
            @Override
            public boolean precondition(SavedCardState state) {
                return !state.methods().isEmpty();
            }

            @Override
            public Arbitrary<Transformer<SavedCardState>> transformer(SavedCardState state) {
                return Arbitraries.of(state.methods()).map(m -> Transformer.mutate("detach " + m.id(), s -> {
                    if (knows(s, m.id())) {
                        detach(s, s.method(m.id()));
                    }
                }));
            }
        };
    }

    private static void detach(SavedCardState state, SavedCardState.Method m) {
        PaymentMethodRequest.Detach request = new PaymentMethodRequest.Detach(m.id());
        if (m.usage() != PaymentMethodUsage.ATTACHED) {
            assertThatEngineError(() -> state.testEngine().execute(request)).hasHttpStatus(400);
            return;
        }
        PaymentMethod detached = state.testEngine().execute(request);
        assertThat(detached).isDetached().isSpent();
        state.expect(m.with(null, PaymentMethodUsage.DETACHED));
    }

    private static Action<SavedCardState> answerChallenge() {
        return new Action.Dependent<>() {
            @Override
            public boolean precondition(SavedCardState state) {
                return !challenged(state).isEmpty();
            }

            @Override
            public Arbitrary<Transformer<SavedCardState>> transformer(SavedCardState state) {
                return Combinators.combine(Arbitraries.of(challenged(state)), Arbitraries.of(ActionOutcome.class))
                        .as((id, outcome) -> Transformer.mutate("3-D Secure " + outcome + " on " + id, s -> {
                            if (challenged(s).contains(id)) {
                                PaymentIntent now = s.testEngine().engine().retrieve(id);
                                answer(s, now, outcome);
                            }
                        }));
            }
        };
    }

    private static List<PaymentIntentId> challenged(SavedCardState state) {
        return state.intents().stream().map(id -> state.testEngine().engine().retrieve(id))
                .filter(pi -> pi.status() == PaymentIntentStatus.REQUIRES_ACTION && pi.paymentMethod() != null)
                .map(PaymentIntent::id).toList();
    }

    private static void answer(SavedCardState state, PaymentIntent challenged, ActionOutcome outcome) {
        PaymentMethodId used = Objects.requireNonNull(challenged.paymentMethod(), "a challenge without a method");
        SavedCardState.Method m = state.method(used);
        if (outcome == ActionOutcome.SUCCESS && m.usage() == PaymentMethodUsage.DETACHED) {
            // detached while the customer authenticated: never charged, the intent waits as it was
            assertThatThrownBy(() -> state.testEngine().engine().completeAction(challenged.id(), outcome))
                    .as("challenge passed on detached %s", m)
                    .isInstanceOfSatisfying(io.paystate.engine.InvalidRequestException.class, e ->
                            org.assertj.core.api.Assertions.assertThat(e.param()).contains("payment_method"));
            assertThat(state.testEngine().engine().retrieve(challenged.id())).isRequiresAction().hasAmountReceived(0);
            return;
        }
        PaymentIntent answered;
        try {
            answered = state.testEngine().engine().completeAction(challenged.id(), outcome);
        } catch (CardException declined) {
            answered = declined.paymentIntent().orElseThrow();
        }
        if (outcome == ActionOutcome.FAILURE) {
            assertThat(answered).as("challenge failed on %s", m).isRequiresPaymentMethod()
                    .hasLastPaymentErrorCode(ErrorCode.PAYMENT_INTENT_AUTHENTICATION_FAILURE);
        } else {
            // the authenticating cards go through once the customer passed the challenge
            assertThat(answered).as("challenge passed on %s", m).isSucceeded().hasAmountReceived(AMOUNT);
        }
    }

    // a shrunk replay may no longer have made the method this step picked
    private static boolean knows(SavedCardState state, PaymentMethodId id) {
        return state.methods().stream().anyMatch(m -> m.id().equals(id));
    }
}
