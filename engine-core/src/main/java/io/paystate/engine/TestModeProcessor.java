package io.paystate.engine;

import io.paystate.model.Charge;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentMethodId;
import io.paystate.spi.AuthorizationAttempt;
import io.paystate.spi.AuthorizationOutcome;
import io.paystate.spi.IncrementOutcome;
import io.paystate.spi.PaymentMethodData;
import io.paystate.spi.PaymentMethodDetails;
import io.paystate.spi.PaymentProcessor;
import io.paystate.spi.SettlementOutcome;
import io.paystate.spi.TokenizationResult;
import java.util.Optional;

/** (Skeleton: being written.) */
public final class TestModeProcessor implements PaymentProcessor {
    private TestModeProcessor() {}

    public static TestModeProcessor create() {
        return new TestModeProcessor();
    }

    @Override
    public Optional<PaymentMethodDetails> findPaymentMethod(PaymentMethodId id) {
        throw new UnsupportedOperationException("skeleton");
    }

    @Override
    public TokenizationResult createPaymentMethod(PaymentMethodData data) {
        throw new UnsupportedOperationException("skeleton");
    }

    @Override
    public AuthorizationOutcome authorize(AuthorizationAttempt attempt) {
        throw new UnsupportedOperationException("skeleton");
    }

    @Override
    public AuthorizationOutcome afterAuthentication(AuthorizationAttempt attempt) {
        throw new UnsupportedOperationException("skeleton");
    }

    @Override
    public SettlementOutcome settle(AuthorizationAttempt attempt) {
        throw new UnsupportedOperationException("skeleton");
    }

    @Override
    public IncrementOutcome incrementAuthorization(PaymentIntent intent, Charge charge, long newAmount) {
        throw new UnsupportedOperationException("skeleton");
    }
}
