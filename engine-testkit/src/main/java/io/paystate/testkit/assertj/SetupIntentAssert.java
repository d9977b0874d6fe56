package io.paystate.testkit.assertj;

import io.paystate.model.CustomerId;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentStatus;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link SetupIntent}: a helper per status, {@code last_setup_error},
 * {@code next_action}, the payment method and the customer; start with
 * {@link PayStateAssertions#assertThat(SetupIntent)}. Failure messages use Stripe's wire names and
 * show the SetupIntent's status, payment method, customer and last setup error.
 *
 * <p>Thread safety: not thread-safe, as AssertJ assertions are not.
 */
public final class SetupIntentAssert extends AbstractObjectAssert<SetupIntentAssert, SetupIntent> {
    SetupIntentAssert(SetupIntent actual) {
        super(actual, SetupIntentAssert.class);
    }

    /**
     * Verifies the status.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public SetupIntentAssert hasStatus(SetupIntentStatus expected) {
        isNotNull();
        if (actual.status() != expected) {
            failWithMessage("Expected %s to be %s but was %s (%s)", actual.id(), expected.wireName(),
                    actual.status().wireName(), describe(actual));
        }
        return this;
    }

    /**
     * Verifies {@code requires_payment_method}.
     *
     * @return this assertion, for chaining
     */
    public SetupIntentAssert isRequiresPaymentMethod() {
        return hasStatus(SetupIntentStatus.REQUIRES_PAYMENT_METHOD);
    }

    /**
     * Verifies {@code requires_confirmation}.
     *
     * @return this assertion, for chaining
     */
    public SetupIntentAssert isRequiresConfirmation() {
        return hasStatus(SetupIntentStatus.REQUIRES_CONFIRMATION);
    }

    /**
     * Verifies {@code requires_action}.
     *
     * @return this assertion, for chaining
     */
    public SetupIntentAssert isRequiresAction() {
        return hasStatus(SetupIntentStatus.REQUIRES_ACTION);
    }

    /**
     * Verifies {@code processing}.
     *
     * @return this assertion, for chaining
     */
    public SetupIntentAssert isProcessing() {
        return hasStatus(SetupIntentStatus.PROCESSING);
    }

    /**
     * Verifies {@code succeeded}.
     *
     * @return this assertion, for chaining
     */
    public SetupIntentAssert isSucceeded() {
        return hasStatus(SetupIntentStatus.SUCCEEDED);
    }

    /**
     * Verifies {@code canceled}.
     *
     * @return this assertion, for chaining
     */
    public SetupIntentAssert isCanceled() {
        return hasStatus(SetupIntentStatus.CANCELED);
    }

    /**
     * Verifies that {@code last_setup_error} is set with this code, e.g.
     * {@code setup_intent_authentication_failure}.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public SetupIntentAssert hasLastSetupErrorCode(ErrorCode expected) {
        isNotNull();
        ErrorCode code = actual.lastSetupError() == null ? null : actual.lastSetupError().code();
        if (code != expected) {
            failWithMessage("Expected last_setup_error.code of %s to be %s but was %s (%s)", actual.id(),
                    expected.wireName(), code == null ? null : code.wireName(), describe(actual));
        }
        return this;
    }

    /**
     * Verifies that {@code last_setup_error} is null.
     *
     * @return this assertion, for chaining
     */
    public SetupIntentAssert hasNoLastSetupError() {
        isNotNull();
        if (actual.lastSetupError() != null) {
            failWithMessage("Expected no last_setup_error on %s but found %s (%s)", actual.id(),
                    actual.lastSetupError().code().wireName(), describe(actual));
        }
        return this;
    }

    /**
     * Verifies the type of {@code next_action}, e.g. {@code use_stripe_sdk}.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public SetupIntentAssert hasNextActionType(String expected) {
        isNotNull();
        String type = actual.nextAction() == null ? null : actual.nextAction().type();
        if (!expected.equals(type)) {
            failWithMessage("Expected next_action.type of %s to be %s but was %s (%s)", actual.id(), expected, type,
                    describe(actual));
        }
        return this;
    }

    /**
     * Verifies that {@code next_action} is null.
     *
     * @return this assertion, for chaining
     */
    public SetupIntentAssert hasNoNextAction() {
        isNotNull();
        if (actual.nextAction() != null) {
            failWithMessage("Expected no next_action on %s but found %s (%s)", actual.id(), actual.nextAction().type(),
                    describe(actual));
        }
        return this;
    }

    /**
     * Verifies {@code payment_method}, or its absence for null.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public SetupIntentAssert hasPaymentMethod(@Nullable PaymentMethodId expected) {
        isNotNull();
        if (!Objects.equals(actual.paymentMethod(), expected)) {
            failWithMessage("Expected payment_method of %s to be %s but was %s (%s)", actual.id(), expected,
                    actual.paymentMethod(), describe(actual));
        }
        return this;
    }

    /**
     * Verifies {@code customer}, or its absence for null.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public SetupIntentAssert hasCustomer(@Nullable CustomerId expected) {
        isNotNull();
        if (!Objects.equals(actual.customer(), expected)) {
            failWithMessage("Expected customer of %s to be %s but was %s (%s)", actual.id(), expected,
                    actual.customer(), describe(actual));
        }
        return this;
    }

    static String describe(SetupIntent si) {
        return "status=" + si.status().wireName() + ", payment_method=" + si.paymentMethod() + ", customer="
                + si.customer() + ", usage=" + si.usage().wireName() + ", last_setup_error="
                + (si.lastSetupError() == null ? null : si.lastSetupError().code().wireName()) + ", next_action="
                + (si.nextAction() == null ? null : si.nextAction().type());
    }
}
