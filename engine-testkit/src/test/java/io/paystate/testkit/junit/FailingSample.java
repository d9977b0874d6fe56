package io.paystate.testkit.junit;

import io.paystate.engine.CreateParams;
import io.paystate.engine.PaymentEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test that fails on purpose, run only by {@link PayStateExtensionTest} through the JUnit
 * launcher with the configuration parameter {@value #RUN}; disabled anywhere else.
 */
@PayStateTest
@ExtendWith(FailingSample.OnlyWhenAsked.class)
final class FailingSample {
    static final String RUN = "paystate.run-failing-sample";

    static final class OnlyWhenAsked implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(RUN).isPresent()
                    ? ConditionEvaluationResult.enabled("run by PayStateExtensionTest")
                    : ConditionEvaluationResult.disabled("fails on purpose; run by PayStateExtensionTest only");
        }
    }

    @Test
    void failsAfterTouchingAnIntent(PaymentEngine engine) {
        engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_card_visa").confirm(true).build());
        throw new AssertionError("deliberate failure");
    }

    @Test
    void passes(PaymentEngine engine) {
        engine.create(CreateParams.builder(1000, "usd").build());
    }
}
