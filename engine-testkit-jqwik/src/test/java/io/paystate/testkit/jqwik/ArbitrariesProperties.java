package io.paystate.testkit.jqwik;

import static io.paystate.testkit.assertj.PayStateAssertions.assertThatEngineError;
import static io.paystate.testkit.assertj.PayStateAssertions.assertThat;

import io.paystate.engine.ConfirmParams;
import io.paystate.engine.CreateParams;
import io.paystate.model.PaymentIntent;
import io.paystate.model.Currency;
import io.paystate.model.ErrorType;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.testkit.TestEngine;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;

/** The arbitraries mean what they say, checked against the engine. */
final class ArbitrariesProperties {
    private final TestEngine t = TestEngine.create();

    @Provide
    Arbitrary<CreateParams> valid() {
        return PayStateArbitraries.validCreateParams();
    }

    // tag::arbitraries[]
    @Provide
    Arbitrary<InvalidCreate> invalid() {
        return PayStateArbitraries.invalidCreateParams();
    }

    @Property(tries = 200)
    void validCreateParams_areAccepted(@ForAll("valid") CreateParams params) {
        assertThat(t.engine().create(params)).isRequiresPaymentMethod().hasAmount(params.amount());
    }

    @Property(tries = 200)
    void invalidCreateParams_areRejectedNamingTheirParam(@ForAll("invalid") InvalidCreate invalid) {
        assertThatEngineError(() -> t.engine().create(invalid.params())).hasHttpStatus(400)
                .hasParam(invalid.param()).hasCode(invalid.code());
    }
    // end::arbitraries[]

    @Provide
    Arbitrary<TestDecline> declines() {
        return PayStateArbitraries.declines();
    }

    @Property(tries = 30)
    void declines_getTheirCodeAndDeclineCode(@ForAll("declines") TestDecline decline) {
        PaymentIntent pi = t.engine().create(CreateParams.builder(1000, "usd").build());
        assertThatEngineError(() -> t.engine().confirm(pi.id(), ConfirmParams.withPaymentMethod(decline.paymentMethod())))
                .hasHttpStatus(402).hasType(ErrorType.CARD_ERROR).hasCode(decline.code())
                .hasDeclineCode(decline.declineCode()).carriesIntentWithStatus(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
        assertThat(t.engine().retrieve(pi.id())).isRequiresPaymentMethod().hasLastPaymentErrorCode(decline.code())
                .hasDeclineCode(decline.declineCode());
    }

    @Provide
    Arbitrary<String> succeeding() {
        return PayStateArbitraries.paymentMethods(PaymentMethodOutcome.SUCCEEDS);
    }

    @Property(tries = 20)
    void succeedingMethods_succeed(@ForAll("succeeding") String pm) {
        assertThat(t.engine().create(CreateParams.builder(1000, "usd").paymentMethod(pm).confirm(true).build()))
                .isSucceeded().hasAmountReceived(1000).hasNoLastPaymentError();
    }

    @Provide
    Arbitrary<String> authenticating() {
        return PayStateArbitraries.paymentMethods(PaymentMethodOutcome.NEEDS_AUTHENTICATION);
    }

    @Property(tries = 20)
    void authenticatingMethods_requireAction(@ForAll("authenticating") String pm) {
        assertThat(t.engine().create(CreateParams.builder(1000, "usd").paymentMethod(pm).confirm(true).build()))
                .isRequiresAction();
    }

    @Provide
    Arbitrary<String> async() {
        return PayStateArbitraries.paymentMethods(PaymentMethodOutcome.ASYNC);
    }

    @Property(tries = 20)
    void asyncMethods_processThenSettleOnTheClock(@ForAll("async") String pm) {
        PaymentIntent pi = t.engine().create(CreateParams.builder(1000, PaymentMethodOutcome.currencyFor(pm))
                .paymentMethodTypes(List.of(PaymentMethodOutcome.paymentMethodType(pm))).paymentMethod(pm)
                .confirm(true).build());
        assertThat(pi).isProcessing();
        t.clock().advance(Duration.ofSeconds(180));
        PaymentIntent settled = t.engine().retrieve(pi.id());
        Assertions.assertThat(settled.status()).isIn(PaymentIntentStatus.SUCCEEDED,
                PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
        Assertions.assertThat(settled.status() == PaymentIntentStatus.SUCCEEDED)
                .isEqualTo(pm.equals("pm_sepaDebit_success") || pm.equals("pm_usBankAccount"));
    }

    @Property(tries = 30)
    void zeroDecimalCurrencies_acceptWholeUnitAmounts(@ForAll("zeroDecimal") Currency currency) {
        Assertions.assertThat(currency.decimals()).isZero();
        assertThat(t.engine().create(CreateParams.builder(currency.minimumAmount(), currency.code()).build()))
                .hasAmount(currency.minimumAmount());
    }

    @Provide
    Arbitrary<Currency> zeroDecimal() {
        return PayStateArbitraries.zeroDecimalCurrencies();
    }

    // tag::lifecycle[]
    @Provide
    Arbitrary<ActionChain<LifecycleState>> lifecycles() {
        return LifecycleModel.chains(LifecycleState::fresh);
    }

    @Property(tries = 60)
    void randomLifecycles_keepTheEngineInvariants(@ForAll("lifecycles") ActionChain<LifecycleState> chain) {
        chain.withInvariant("engine invariants", LifecycleModel.engineInvariants()).run();
    }
    // end::lifecycle[]

    @Provide
    Arbitrary<List<LifecycleModel.Step>> steps() {
        return PayStateArbitraries.lifecycles();
    }

    @Property(tries = 60)
    void lifecycleSteps_applyWithoutUnexpectedErrors(@ForAll("steps") List<LifecycleModel.Step> steps) {
        LifecycleState state = LifecycleState.fresh();
        steps.forEach(step -> step.apply(state));
        LifecycleModel.engineInvariants().accept(state);
    }
}
