package io.paystate.testkit;

import static io.paystate.testkit.assertj.PayStateAssertions.assertThatEngineError;
import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.CardException;
import io.paystate.engine.ConfirmParams;
import io.paystate.engine.CreateParams;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.testkit.jqwik.InvalidCreate;
import io.paystate.testkit.jqwik.LifecycleModel;
import io.paystate.testkit.jqwik.LifecycleState;
import io.paystate.testkit.jqwik.PayStateArbitraries;
import io.paystate.testkit.jqwik.PaymentMethodOutcome;
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

    @Provide
    Arbitrary<InvalidCreate> invalid() {
        return PayStateArbitraries.invalidCreateParams();
    }

    @Property(tries = 200)
    void validCreateParams_areAccepted(@ForAll("valid") CreateParams params) {
        assertThat(t.engine().create(params).status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
    }

    @Property(tries = 200)
    void invalidCreateParams_areRejectedNamingTheirParam(@ForAll("invalid") InvalidCreate invalid) {
        assertThatEngineError(() -> t.engine().create(invalid.params())).hasHttpStatus(400)
                .hasParam(invalid.param()).hasCode(invalid.code());
    }

    @Provide
    Arbitrary<String> declining() {
        return PayStateArbitraries.paymentMethods(PaymentMethodOutcome.DECLINES);
    }

    @Property(tries = 30)
    void decliningMethods_decline(@ForAll("declining") String pm) {
        PaymentIntent pi = t.engine().create(CreateParams.builder(1000, "usd").build());
        try {
            t.engine().confirm(pi.id(), ConfirmParams.withPaymentMethod(pm));
            throw new AssertionError(pm + " did not decline");
        } catch (CardException expected) {
            assertThat(expected.httpStatus()).isEqualTo(402);
        }
    }

    @Provide
    Arbitrary<ActionChain<LifecycleState>> lifecycles() {
        return LifecycleModel.chains(LifecycleState::fresh);
    }

    @Property(tries = 60)
    void randomLifecycles_keepTheEngineInvariants(@ForAll("lifecycles") ActionChain<LifecycleState> chain) {
        chain.withInvariant("engine invariants", LifecycleModel.engineInvariants()).run();
    }

    @Provide
    Arbitrary<List<LifecycleModel.Step>> steps() {
        return PayStateArbitraries.lifecycles();
    }

    @Property(tries = 60)
    void lifecycleSteps_applyWithoutUnexpectedErrors(@ForAll("steps") List<LifecycleModel.Step> steps) {
        LifecycleState state = LifecycleState.fresh();
        steps.forEach(step -> step.apply(state));
        state.currentIntents().forEach(pi -> assertThat(pi.amountReceived()).isLessThanOrEqualTo(pi.amount()));
    }
}
