package io.paystate.testkit.assertj;

import io.paystate.model.CancellationReason;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import org.assertj.core.api.AbstractObjectAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link PaymentIntent}: a helper per status, the amounts, the last payment error,
 * the next action; start with {@link PayStateAssertions#assertThat(PaymentIntent)}. Failure
 * messages use Stripe's wire names.
 *
 * <p>Thread safety: not thread-safe, as AssertJ assertions are not.
 */
public final class PaymentIntentAssert extends AbstractObjectAssert<PaymentIntentAssert, PaymentIntent> {
    PaymentIntentAssert(PaymentIntent actual) {
        super(actual, PaymentIntentAssert.class);
    }

    /**
     * Verifies the status.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public PaymentIntentAssert hasStatus(PaymentIntentStatus expected) {
        isNotNull();
        if (actual.status() != expected) {
            failWithMessage("Expected %s to be %s but was %s", actual.id(), expected.wireName(), actual.status().wireName());
        }
        return this;
    }

    /**
     * Verifies {@code requires_payment_method}.
     *
     * @return this assertion, for chaining
     */
    public PaymentIntentAssert isRequiresPaymentMethod() {
        return hasStatus(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
    }

    /**
     * Verifies {@code requires_confirmation}.
     *
     * @return this assertion, for chaining
     */
    public PaymentIntentAssert isRequiresConfirmation() {
        return hasStatus(PaymentIntentStatus.REQUIRES_CONFIRMATION);
    }

    /**
     * Verifies {@code requires_action}.
     *
     * @return this assertion, for chaining
     */
    public PaymentIntentAssert isRequiresAction() {
        return hasStatus(PaymentIntentStatus.REQUIRES_ACTION);
    }

    /**
     * Verifies {@code processing}.
     *
     * @return this assertion, for chaining
     */
    public PaymentIntentAssert isProcessing() {
        return hasStatus(PaymentIntentStatus.PROCESSING);
    }

    /**
     * Verifies {@code requires_capture}.
     *
     * @return this assertion, for chaining
     */
    public PaymentIntentAssert isRequiresCapture() {
        return hasStatus(PaymentIntentStatus.REQUIRES_CAPTURE);
    }

    /**
     * Verifies {@code succeeded}.
     *
     * @return this assertion, for chaining
     */
    public PaymentIntentAssert isSucceeded() {
        return hasStatus(PaymentIntentStatus.SUCCEEDED);
    }

    /**
     * Verifies {@code canceled}.
     *
     * @return this assertion, for chaining
     */
    public PaymentIntentAssert isCanceled() {
        return hasStatus(PaymentIntentStatus.CANCELED);
    }

    /**
     * Verifies {@code amount}.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public PaymentIntentAssert hasAmount(long expected) {
        return amount("amount", actual.amount(), expected);
    }

    /**
     * Verifies {@code amount_capturable}.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public PaymentIntentAssert hasAmountCapturable(long expected) {
        return amount("amount_capturable", actual.amountCapturable(), expected);
    }

    /**
     * Verifies {@code amount_received}.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public PaymentIntentAssert hasAmountReceived(long expected) {
        return amount("amount_received", actual.amountReceived(), expected);
    }

    private PaymentIntentAssert amount(String field, long value, long expected) {
        isNotNull();
        if (value != expected) {
            failWithMessage("Expected %s of %s to be %s but was %s", field, actual.id(), expected, value);
        }
        return this;
    }

    /**
     * Verifies that {@code last_payment_error} is set with this code.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public PaymentIntentAssert hasLastPaymentErrorCode(ErrorCode expected) {
        isNotNull();
        if (actual.lastPaymentError() == null || actual.lastPaymentError().code() != expected) {
            failWithMessage("Expected last_payment_error.code of %s to be %s but was %s", actual.id(),
                    expected.wireName(), actual.lastPaymentError() == null ? null : actual.lastPaymentError().code());
        }
        return this;
    }

    /**
     * Verifies that {@code last_payment_error} is set with this type, e.g. {@code card_error}.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public PaymentIntentAssert hasLastPaymentErrorType(ErrorType expected) {
        isNotNull();
        if (actual.lastPaymentError() == null || actual.lastPaymentError().type() != expected) {
            failWithMessage("Expected last_payment_error.type of %s to be %s but was %s", actual.id(),
                    expected.wireName(), actual.lastPaymentError() == null ? null : actual.lastPaymentError().type());
        }
        return this;
    }

    /**
     * Verifies {@code cancellation_reason}, or its absence for null.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public PaymentIntentAssert hasCancellationReason(@Nullable CancellationReason expected) {
        isNotNull();
        if (actual.cancellationReason() != expected) {
            failWithMessage("Expected cancellation_reason of %s to be %s but was %s", actual.id(), expected,
                    actual.cancellationReason());
        }
        return this;
    }

    /**
     * Verifies the {@code decline_code} of {@code last_payment_error}.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public PaymentIntentAssert hasDeclineCode(@Nullable String expected) {
        isNotNull();
        String code = actual.lastPaymentError() == null ? null : actual.lastPaymentError().declineCode();
        if (!java.util.Objects.equals(code, expected)) {
            failWithMessage("Expected decline_code of %s to be %s but was %s", actual.id(), expected, code);
        }
        return this;
    }

    /**
     * Verifies that {@code last_payment_error} is null.
     *
     * @return this assertion, for chaining
     */
    public PaymentIntentAssert hasNoLastPaymentError() {
        isNotNull();
        if (actual.lastPaymentError() != null) {
            failWithMessage("Expected no last_payment_error on %s but found %s", actual.id(),
                    actual.lastPaymentError().code().wireName());
        }
        return this;
    }

    /**
     * Verifies the type of {@code next_action}, e.g. {@code use_stripe_sdk}.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public PaymentIntentAssert hasNextActionType(String expected) {
        isNotNull();
        String type = actual.nextAction() == null ? null : actual.nextAction().type();
        if (!expected.equals(type)) {
            failWithMessage("Expected next_action.type of %s to be %s but was %s", actual.id(), expected, type);
        }
        return this;
    }
}
