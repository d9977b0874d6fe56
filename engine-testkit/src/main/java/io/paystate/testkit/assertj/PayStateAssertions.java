package io.paystate.testkit.assertj;

import io.paystate.engine.PaymentEngineException;
import io.paystate.model.Customer;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentMethod;
import io.paystate.model.SetupIntent;
import io.paystate.testkit.RecordingEventSink;
import org.assertj.core.api.Assertions;

/**
 * Entry points: {@code assertThat(intent).isRequiresCapture().hasAmountCapturable(1000)},
 * {@code assertThat(sink).emitted(PAYMENT_INTENT_SUCCEEDED).forIntent(id)},
 * {@code assertThatEngineError(() -> engine.capture(...)).hasCode(AMOUNT_TOO_LARGE).hasParam("amount_to_capture")};
 * for saved payment methods {@code assertThat(setupIntent).isSucceeded().hasCustomer(id)},
 * {@code assertThat(paymentMethod).isAttachedTo(customer).isSetUpForOffSession()},
 * {@code assertThat(customer).isNotDeleted().hasEmail("jenny@example.com")}.
 */
public final class PayStateAssertions {
    private PayStateAssertions() {}

    /**
     * Starts assertions on an intent.
     *
     * @param actual the value under test
     * @return this assertion, for chaining
     */
    public static PaymentIntentAssert assertThat(PaymentIntent actual) {
        return new PaymentIntentAssert(actual);
    }

    /**
     * Starts assertions on a customer.
     *
     * @param actual the value under test
     * @return this assertion, for chaining
     */
    public static CustomerAssert assertThat(Customer actual) {
        return new CustomerAssert(actual);
    }

    /**
     * Starts assertions on a stored payment method: reuse state and set-up state.
     *
     * @param actual the value under test
     * @return this assertion, for chaining
     */
    public static PaymentMethodAssert assertThat(PaymentMethod actual) {
        return new PaymentMethodAssert(actual);
    }

    /**
     * Starts assertions on a SetupIntent.
     *
     * @param actual the value under test
     * @return this assertion, for chaining
     */
    public static SetupIntentAssert assertThat(SetupIntent actual) {
        return new SetupIntentAssert(actual);
    }

    /**
     * Starts assertions on the recorded events.
     *
     * @param actual the value under test
     * @return this assertion, for chaining
     */
    public static EventSinkAssert assertThat(RecordingEventSink actual) {
        return new EventSinkAssert(actual);
    }

    /**
     * Starts assertions on an engine error.
     *
     * @param actual the value under test
     * @return this assertion, for chaining
     */
    public static EngineErrorAssert assertThat(PaymentEngineException actual) {
        return new EngineErrorAssert(actual);
    }

    /**
     * Runs {@code call}, which must throw a {@link PaymentEngineException}, and starts assertions on it.
     *
     * @param call the call
     * @return this assertion, for chaining
     */
    public static EngineErrorAssert assertThatEngineError(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = Assertions.catchThrowable(call);
        Assertions.assertThat(thrown).as("expected a PaymentEngineException").isInstanceOf(PaymentEngineException.class);
        return new EngineErrorAssert((PaymentEngineException) thrown);
    }
}
