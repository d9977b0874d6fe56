package io.paystate.engine;

import io.paystate.model.ThreeDSecureRequest;
import io.paystate.spi.PaymentMethodData;
import java.util.Objects;
import org.jspecify.annotations.Nullable;


/**
 * The parameters of confirming a SetupIntent ({@code POST /v1/setup_intents/:id/confirm}): one
 * setup attempt with the SetupIntent's payment method or the one given here.
 *
 * @param paymentMethod {@code payment_method}: a {@code pm_...} id, or null to use the SetupIntent's
 * @param paymentMethodData {@code payment_method_data}: raw details the processor tokenizes, or null
 * @param returnUrl {@code return_url}: where 3-D Secure returns to, or null
 * @param requestThreeDSecure {@code payment_method_options[card][request_three_d_secure]}, or null to leave it
 */
public record SetupIntentConfirmParams(
        @Nullable String paymentMethod,
        @Nullable PaymentMethodData paymentMethodData,
        @Nullable String returnUrl,
        @Nullable ThreeDSecureRequest requestThreeDSecure) {
    /**
     * Copies the collections.
     *
     * @param paymentMethod {@code payment_method}: a {@code pm_...} id, or null to use the SetupIntent's
     * @param paymentMethodData {@code payment_method_data}: raw details the processor tokenizes, or null
     * @param returnUrl {@code return_url}: where 3-D Secure returns to, or null
     * @param requestThreeDSecure {@code payment_method_options[card][request_three_d_secure]}, or null to leave it
     */
    public SetupIntentConfirmParams {
    }

    /**
     * Returns a builder of parameters.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link SetupIntentConfirmParams}; each field can be set once. Thread safety: not thread-safe. */
    public static final class Builder {
        private @Nullable String paymentMethod;
        private @Nullable PaymentMethodData paymentMethodData;
        private @Nullable String returnUrl;
        private @Nullable ThreeDSecureRequest requestThreeDSecure;

        private Builder() {}

        private static <T> T once(@Nullable Object current, T value, String field) {
            Objects.requireNonNull(value, field);
            if (current != null) {
                throw new IllegalStateException(field + " was already set");
            }
            return value;
        }

        /**
         * Sets {@code payment_method}: a {@code pm_...} id, or null to use the SetupIntent's.
         *
         * @param value the value
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder paymentMethod(String value) {
            this.paymentMethod = once(paymentMethod, value, "paymentMethod");
            return this;
        }

        /**
         * Sets {@code payment_method_data}: raw details the processor tokenizes, or null.
         *
         * @param value the value
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder paymentMethodData(PaymentMethodData value) {
            this.paymentMethodData = once(paymentMethodData, value, "paymentMethodData");
            return this;
        }

        /**
         * Sets {@code return_url}: where 3-D Secure returns to, or null.
         *
         * @param value the value
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder returnUrl(String value) {
            this.returnUrl = once(returnUrl, value, "returnUrl");
            return this;
        }

        /**
         * Sets {@code payment_method_options[card][request_three_d_secure]}, or null to leave it.
         *
         * @param value the value
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder requestThreeDSecure(ThreeDSecureRequest value) {
            this.requestThreeDSecure = once(requestThreeDSecure, value, "requestThreeDSecure");
            return this;
        }

        /**
         * Returns the parameters; the engine checks them when they are used and answers a broken rule
         * with an {@link InvalidRequestException} naming Stripe's parameter.
         *
         * @return the parameters
         */
        public SetupIntentConfirmParams build() {
            return new SetupIntentConfirmParams(paymentMethod, paymentMethodData, returnUrl, requestThreeDSecure);
        }
    }
}
