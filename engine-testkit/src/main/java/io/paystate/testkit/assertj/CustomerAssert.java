package io.paystate.testkit.assertj;

import io.paystate.model.Customer;
import io.paystate.model.PaymentMethodId;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link Customer}: deleted or live, contact details, metadata and the default
 * payment method; start with {@link PayStateAssertions#assertThat(Customer)}. Failure messages
 * show the customer's relevant fields.
 *
 * <p>Thread safety: not thread-safe, as AssertJ assertions are not.
 */
public final class CustomerAssert extends AbstractObjectAssert<CustomerAssert, Customer> {
    CustomerAssert(Customer actual) {
        super(actual, CustomerAssert.class);
    }

    /**
     * Verifies that the customer was deleted.
     *
     * @return this assertion, for chaining
     */
    public CustomerAssert isDeleted() {
        isNotNull();
        if (!actual.deleted()) {
            failWithMessage("Expected %s to be deleted but it is live (%s)", actual.id(), describe(actual));
        }
        return this;
    }

    /**
     * Verifies that the customer was not deleted.
     *
     * @return this assertion, for chaining
     */
    public CustomerAssert isNotDeleted() {
        isNotNull();
        if (actual.deleted()) {
            failWithMessage("Expected %s to be live but it was deleted", actual.id());
        }
        return this;
    }

    /**
     * Verifies {@code email}, or its absence for null.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public CustomerAssert hasEmail(@Nullable String expected) {
        return field("email", actual.email(), expected);
    }

    /**
     * Verifies {@code name}, or its absence for null.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public CustomerAssert hasName(@Nullable String expected) {
        return field("name", actual.name(), expected);
    }

    /**
     * Verifies {@code description}, or its absence for null.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public CustomerAssert hasDescription(@Nullable String expected) {
        return field("description", actual.description(), expected);
    }

    /**
     * Verifies {@code invoice_settings.default_payment_method}, or its absence for null.
     *
     * @param expected the expected value
     * @return this assertion, for chaining
     */
    public CustomerAssert hasDefaultPaymentMethod(@Nullable PaymentMethodId expected) {
        return field("invoice_settings.default_payment_method", actual.defaultPaymentMethod(), expected);
    }

    /**
     * Verifies that {@code metadata} holds {@code key} with {@code value}.
     *
     * @param key the key
     * @param value the expected value
     * @return this assertion, for chaining
     */
    public CustomerAssert hasMetadataEntry(String key, String value) {
        isNotNull();
        if (!value.equals(actual.metadata().get(key))) {
            failWithMessage("Expected metadata[%s] of %s to be %s but the metadata was %s", key, actual.id(), value,
                    actual.metadata());
        }
        return this;
    }

    private CustomerAssert field(String name, @Nullable Object value, @Nullable Object expected) {
        isNotNull();
        if (!Objects.equals(value, expected)) {
            failWithMessage("Expected %s of %s to be %s but was %s (%s)", name, actual.id(), expected, value,
                    describe(actual));
        }
        return this;
    }

    static String describe(Customer c) {
        return "email=" + c.email() + ", name=" + c.name() + ", default_payment_method=" + c.defaultPaymentMethod()
                + ", deleted=" + c.deleted();
    }
}
