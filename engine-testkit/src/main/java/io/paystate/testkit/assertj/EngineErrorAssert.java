package io.paystate.testkit.assertj;

import io.paystate.engine.PaymentEngineException;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.model.SetupIntentStatus;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link PaymentEngineException}: Stripe's HTTP status, type, code, param and
 * decline code, and the intent the error carries; start with
 * {@link PayStateAssertions#assertThatEngineError} or {@link PayStateAssertions#assertThat(PaymentEngineException)}.
 *
 * <p>Thread safety: not thread-safe, as AssertJ assertions are not.
 */
public final class EngineErrorAssert extends AbstractObjectAssert<EngineErrorAssert, PaymentEngineException> {
    EngineErrorAssert(PaymentEngineException actual) {
        super(actual, EngineErrorAssert.class);
    }

    /**
     * Verifies the HTTP status.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public EngineErrorAssert hasHttpStatus(int expected) {
        isNotNull();
        if (actual.httpStatus() != expected) {
            failWithMessage("Expected HTTP %s but was %s (%s)", expected, actual.httpStatus(), actual);
        }
        return this;
    }

    /**
     * Verifies the error type.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public EngineErrorAssert hasType(ErrorType expected) {
        isNotNull();
        if (actual.type() != expected) {
            failWithMessage("Expected type %s but was %s (%s)", expected.wireName(), actual.type().wireName(), actual);
        }
        return this;
    }

    /**
     * Verifies the error code.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public EngineErrorAssert hasCode(@Nullable ErrorCode expected) {
        isNotNull();
        if (!Objects.equals(actual.code().orElse(null), expected)) {
            failWithMessage("Expected code %s but was %s (%s)", expected, actual.code().orElse(null), actual);
        }
        return this;
    }

    /**
     * Verifies the offending parameter.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public EngineErrorAssert hasParam(@Nullable String expected) {
        isNotNull();
        if (!Objects.equals(actual.param().orElse(null), expected)) {
            failWithMessage("Expected param %s but was %s (%s)", expected, actual.param().orElse(null), actual);
        }
        return this;
    }

    /**
     * Verifies the decline code.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public EngineErrorAssert hasDeclineCode(@Nullable String expected) {
        isNotNull();
        if (!Objects.equals(actual.declineCode().orElse(null), expected)) {
            failWithMessage("Expected decline_code %s but was %s", expected, actual.declineCode().orElse(null));
        }
        return this;
    }

    /**
     * Verifies the status of the intent the error carries.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public EngineErrorAssert carriesIntentWithStatus(PaymentIntentStatus expected) {
        isNotNull();
        PaymentIntentStatus status = actual.paymentIntent().map(pi -> pi.status()).orElse(null);
        if (status != expected) {
            failWithMessage("Expected the error to carry an intent in %s but it carried %s", expected.wireName(),
                    status == null ? "none" : status.wireName());
        }
        return this;
    }

    /**
     * Verifies the status of the SetupIntent the error carries (a declined setup carries it in
     * {@code requires_payment_method}).
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public EngineErrorAssert carriesSetupIntentWithStatus(SetupIntentStatus expected) {
        isNotNull();
        SetupIntentStatus status = actual.setupIntent().map(si -> si.status()).orElse(null);
        if (status != expected) {
            failWithMessage("Expected the error to carry a SetupIntent in %s but it carried %s (%s)",
                    expected.wireName(), status == null ? "none" : status.wireName(), actual);
        }
        return this;
    }
}
