package io.paystate.testkit.jqwik;

import static io.paystate.testkit.assertj.PayStateAssertions.assertThat;

import io.paystate.engine.ActionOutcome;
import io.paystate.engine.CardException;
import io.paystate.engine.CreateParams;
import io.paystate.engine.CustomerParams;
import io.paystate.engine.PaymentMethodRequest;
import io.paystate.engine.SetupIntentCreateParams;
import io.paystate.engine.SetupIntentRequest;
import io.paystate.model.Customer;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodUsage;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentStatus;
import io.paystate.testkit.TestEngine;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import org.assertj.core.api.Assertions;

/** The saved-card arbitraries and {@link SavedCardModel} mean what they say, checked against the engine. */
final class SavedCardProperties {
    private final TestEngine t = TestEngine.create();

    // tag::saved-card-model[]
    @Provide
    Arbitrary<ActionChain<SavedCardState>> savedCardSequences() {
        return SavedCardModel.chains(SavedCardState::fresh);
    }

    @Property(tries = 80)
    void randomSaveAndChargeSequences_keepStripesSavedMethodRules(
            @ForAll("savedCardSequences") ActionChain<SavedCardState> chain) {
        chain.withInvariant("saved-card model", SavedCardModel.invariants()).run();
    }
    // end::saved-card-model[]

    @Provide
    Arbitrary<CustomerParams> customerParams() {
        return PayStateArbitraries.customerParams();
    }

    @Property(tries = 100)
    void customerParams_areAccepted_keepTheirDetails(@ForAll("customerParams") CustomerParams params) {
        Customer c = t.createCustomer(params);
        assertThat(c).isNotDeleted().hasEmail(params.email()).hasName(params.name())
                .hasDescription(params.description());
        Assertions.assertThat(c.metadata()).isEqualTo(params.metadata());
    }

    @Provide
    Arbitrary<SetupIntentCreateParams> setupParams() {
        return PayStateArbitraries.setupIntentCreateParams();
    }

    @Property(tries = 100)
    void setupIntentCreateParams_areAccepted_requirePaymentMethod(
            @ForAll("setupParams") SetupIntentCreateParams params) {
        SetupIntent si = t.execute(new SetupIntentRequest.Create(params));
        assertThat(si).isRequiresPaymentMethod().hasNoNextAction().hasNoLastSetupError().hasCustomer(null);
        Assertions.assertThat(si.usage()).isEqualTo(params.usage() == null ? SetupFutureUsage.OFF_SESSION
                : params.usage());
        Assertions.assertThat(si.metadata()).isEqualTo(params.metadata());
    }

    @Provide
    Arbitrary<SavedTestCard> cards() {
        return PayStateArbitraries.savedCards();
    }

    /** Ids are drawn from the engine's seed in request order: a fresh engine with this seed names them alike. */
    private static final long SEED = 7;

    private static TestEngine engineWithCustomerAndCard(SavedTestCard card) {
        TestEngine e = TestEngine.create(SEED);
        e.createCustomer();
        e.createCard(card.number());
        return e;
    }

    @Provide
    Arbitrary<SetupIntentCreateParams> confirming() {
        TestEngine probe = TestEngine.create(SEED);
        String customer = probe.createCustomer().id().value();
        String card = probe.createCard(SavedTestCard.PLAIN.number()).id().value();
        return PayStateArbitraries.setupIntentCreateParams(customer, card);
    }

    @Property(tries = 40)
    void confirmingSetupIntentCreateParams_setUpForTheirUsage(@ForAll("cards") SavedTestCard card,
            @ForAll("confirming") SetupIntentCreateParams params) {
        TestEngine e = engineWithCustomerAndCard(card);
        SetupIntent si = e.execute(new SetupIntentRequest.Create(params));
        if (si.status() == SetupIntentStatus.REQUIRES_ACTION) {
            si = e.execute(new SetupIntentRequest.CompleteAction(si.id(), ActionOutcome.SUCCESS));
        }
        PaymentMethod pm = e.paymentMethod(io.paystate.model.PaymentMethodId.of(params.paymentMethod()));
        assertThat(si).isSucceeded().hasPaymentMethod(pm.id());
        assertThat(pm).isAttachedTo(java.util.Objects.requireNonNull(si.customer())).isSetUpFor(si.usage());
    }

    @Property(tries = 40)
    void savedCards_chargeOffSessionAsTheirTableSays(@ForAll("cards") SavedTestCard card, @ForAll boolean saved) {
        Customer jenny = t.createCustomer();
        PaymentMethod pm = saved ? t.saveCard(jenny.id(), card.number()) : t.createCard(card.number());
        PaymentIntent pi;
        try {
            pi = t.engine().create(CreateParams.builder(1000, "usd").customer(jenny.id().value())
                    .paymentMethod(pm.id().value()).confirm(true).offSession(true).build());
        } catch (CardException declined) {
            pi = declined.paymentIntent().orElseThrow();
            Assertions.assertThat(declined.code()).contains(card.declineCode(true, saved));
        }
        assertThat(pi).hasStatus(card.chargeStatus(true, saved));
        if (!saved && card.authenticatesToSetUp()) {
            assertThat(pi).isRequiresPaymentMethod(); // never without authentication when not set up
        }
        assertThat(t.paymentMethod(pm.id())).hasUsage(saved ? PaymentMethodUsage.ATTACHED : PaymentMethodUsage.CONSUMED);
    }

    @Example
    void invariants_engineDisagreesWithTheModel_fail() {
        SavedCardState state = SavedCardState.fresh();
        Customer jenny = state.testEngine().createCustomer();
        PaymentMethod card = state.testEngine().saveCard(jenny.id(), SavedTestCard.PLAIN.number());
        state.expect(new SavedCardState.Method(card.id(), SavedTestCard.PLAIN, jenny.id(), PaymentMethodUsage.ATTACHED,
                SetupFutureUsage.OFF_SESSION));
        SavedCardModel.invariants().accept(state);

        // detached behind the model's back: the invariant names the method and both states
        state.testEngine().execute(new PaymentMethodRequest.Detach(card.id()));
        Assertions.assertThatThrownBy(() -> SavedCardModel.invariants().accept(state))
                .isInstanceOf(AssertionError.class).hasMessageContaining(card.id().value())
                .hasMessageContaining("to be attached but was detached");
    }

    @Example
    void savedTestCards_expectations_matchTheDocumentedTable() {
        Assertions.assertThat(SavedTestCard.AUTHENTICATE_UNLESS_SET_UP.chargeStatus(true, true))
                .isEqualTo(PaymentIntentStatus.SUCCEEDED);
        Assertions.assertThat(SavedTestCard.AUTHENTICATE_UNLESS_SET_UP.chargeStatus(true, false))
                .isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
        Assertions.assertThat(SavedTestCard.ALWAYS_AUTHENTICATE.chargeStatus(true, true))
                .isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
        Assertions.assertThat(SavedTestCard.ATTACH_THEN_DECLINE.authenticatesToSetUp()).isFalse();
        Assertions.assertThat(SavedTestCard.PLAIN.declineCode(true, false)).isNull();
    }
}
