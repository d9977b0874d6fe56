package io.paystate.testkit.assertj;

import io.paystate.model.CustomerId;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodUsage;
import io.paystate.model.SetupFutureUsage;
import org.assertj.core.api.AbstractObjectAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a stored {@link PaymentMethod}: where it stands in Stripe's reuse rules (new,
 * attached to a customer, consumed, detached) and for which future use it was set up; start with
 * {@link PayStateAssertions#assertThat(PaymentMethod)}. Failure messages show the method's usage,
 * customer and set-up state with Stripe's wire names.
 *
 * <p>Thread safety: not thread-safe, as AssertJ assertions are not.
 */
public final class PaymentMethodAssert extends AbstractObjectAssert<PaymentMethodAssert, PaymentMethod> {
    PaymentMethodAssert(PaymentMethod actual) {
        super(actual, PaymentMethodAssert.class);
    }

    /**
     * Verifies where the method stands in the reuse rules.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public PaymentMethodAssert hasUsage(PaymentMethodUsage expected) {
        isNotNull();
        if (actual.usage() != expected) {
            failWithMessage("Expected %s to be %s but was %s (%s)", actual.id(), expected.wireName(),
                    actual.usage().wireName(), describe(actual));
        }
        return this;
    }

    /**
     * Verifies {@code new}: created, neither used nor attached.
     *
     * @return this assertion, for chaining
     */
    public PaymentMethodAssert isNew() {
        return hasUsage(PaymentMethodUsage.NEW);
    }

    /**
     * Verifies that the method is attached to {@code customer}.
     *
     * @param customer the customer it must be attached to
     * @return this assertion, for chaining
     */
    public PaymentMethodAssert isAttachedTo(CustomerId customer) {
        isNotNull();
        if (actual.usage() != PaymentMethodUsage.ATTACHED || !customer.equals(actual.customer())) {
            failWithMessage("Expected %s to be attached to %s but it was %s (%s)", actual.id(), customer,
                    actual.usage().wireName(), describe(actual));
        }
        return this;
    }

    /**
     * Verifies {@code detached}: final, never usable again.
     *
     * @return this assertion, for chaining
     */
    public PaymentMethodAssert isDetached() {
        return hasUsage(PaymentMethodUsage.DETACHED);
    }

    /**
     * Verifies {@code consumed}: used once without being attached, never usable again.
     *
     * @return this assertion, for chaining
     */
    public PaymentMethodAssert isConsumed() {
        return hasUsage(PaymentMethodUsage.CONSUMED);
    }

    /**
     * Verifies that the method may never be used again (consumed or detached).
     *
     * @return this assertion, for chaining
     */
    public PaymentMethodAssert isSpent() {
        isNotNull();
        if (!actual.usage().spent()) {
            failWithMessage("Expected %s to be spent (consumed or detached) but it was %s (%s)", actual.id(),
                    actual.usage().wireName(), describe(actual));
        }
        return this;
    }

    /**
     * Verifies that the method was set up for {@code expected}, or never set up for null.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public PaymentMethodAssert isSetUpFor(@Nullable SetupFutureUsage expected) {
        isNotNull();
        if (actual.setUpFor() != expected) {
            failWithMessage("Expected %s to be set up for %s but it was set up for %s (%s)", actual.id(),
                    expected == null ? "nothing" : expected.wireName(), wire(actual.setUpFor()), describe(actual));
        }
        return this;
    }

    /**
     * Verifies that the method was set up for {@code off_session} use: an off-session payment of a
     * card that needs authentication goes through once this holds.
     *
     * @return this assertion, for chaining
     */
    public PaymentMethodAssert isSetUpForOffSession() {
        return isSetUpFor(SetupFutureUsage.OFF_SESSION);
    }

    /**
     * Verifies that the method was never set up for future use.
     *
     * @return this assertion, for chaining
     */
    public PaymentMethodAssert isNotSetUp() {
        return isSetUpFor(null);
    }

    private static String wire(@Nullable SetupFutureUsage usage) {
        return usage == null ? "nothing" : usage.wireName();
    }

    static String describe(PaymentMethod pm) {
        return "type=" + pm.type() + ", usage=" + pm.usage().wireName() + ", customer=" + pm.customer()
                + ", set up for=" + wire(pm.setUpFor()) + ", last4=" + pm.last4();
    }
}
