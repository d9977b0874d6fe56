package io.paystate.engine;

import io.paystate.model.SetupFutureUsage;
import io.paystate.model.ThreeDSecureRequest;
import io.paystate.spi.PaymentMethodData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;


/**
 * The parameters of creating a SetupIntent ({@code POST /v1/setup_intents}). Values are kept as
 * given; the engine validates them before anything is stored and answers a broken rule with an
 * {@link InvalidRequestException} naming Stripe's {@code param}.
 *
 * @param customer {@code customer}: the customer the payment method is attached to on success, or null
 * @param paymentMethod {@code payment_method}: a {@code pm_...} id, or null
 * @param paymentMethodData {@code payment_method_data}: raw details the processor tokenizes, or null
 * @param confirm {@code confirm}: whether to confirm at once
 * @param usage {@code usage}: {@code off_session} when null
 * @param paymentMethodTypes {@code payment_method_types}: {@code [card]} when null
 * @param description {@code description}, at most 1000 characters, or null
 * @param metadata {@code metadata}: key-value pairs
 * @param returnUrl {@code return_url}: where 3-D Secure returns to, only with {@code confirm}; or null
 * @param requestThreeDSecure {@code payment_method_options[card][request_three_d_secure]}, {@code automatic} when null
 */
public record SetupIntentCreateParams(
        @Nullable String customer,
        @Nullable String paymentMethod,
        @Nullable PaymentMethodData paymentMethodData,
        boolean confirm,
        @Nullable SetupFutureUsage usage,
        @Nullable List<String> paymentMethodTypes,
        @Nullable String description,
        Map<String, String> metadata,
        @Nullable String returnUrl,
        @Nullable ThreeDSecureRequest requestThreeDSecure) {
    /**
     * Copies the collections.
     *
     * @param customer {@code customer}: the customer the payment method is attached to on success, or null
     * @param paymentMethod {@code payment_method}: a {@code pm_...} id, or null
     * @param paymentMethodData {@code payment_method_data}: raw details the processor tokenizes, or null
     * @param confirm {@code confirm}: whether to confirm at once
     * @param usage {@code usage}: {@code off_session} when null
     * @param paymentMethodTypes {@code payment_method_types}: {@code [card]} when null
     * @param description {@code description}, at most 1000 characters, or null
     * @param metadata {@code metadata}: key-value pairs
     * @param returnUrl {@code return_url}: where 3-D Secure returns to, only with {@code confirm}; or null
     * @param requestThreeDSecure {@code payment_method_options[card][request_three_d_secure]}, {@code automatic} when null
     */
    public SetupIntentCreateParams {
        paymentMethodTypes = paymentMethodTypes == null ? null : List.copyOf(paymentMethodTypes);
        metadata = Map.copyOf(metadata);
    }

    /**
     * Returns a builder of parameters.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link SetupIntentCreateParams}; each field can be set once. Thread safety: not thread-safe. */
    public static final class Builder {
        private @Nullable String customer;
        private @Nullable String paymentMethod;
        private @Nullable PaymentMethodData paymentMethodData;
        private boolean confirm;
        private @Nullable SetupFutureUsage usage;
        private @Nullable List<String> paymentMethodTypes;
        private @Nullable String description;
        private final Map<String, String> metadata = new LinkedHashMap<>();
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
         * Sets {@code customer}: the customer the payment method is attached to on success, or null.
         *
         * @param value the value
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder customer(String value) {
            this.customer = once(customer, value, "customer");
            return this;
        }

        /**
         * Sets {@code payment_method}: a {@code pm_...} id, or null.
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
         * Sets {@code confirm}: whether to confirm at once.
         *
         * @param value the value
         * @return this builder
         */
        public Builder confirm(boolean value) {
            this.confirm = value;
            return this;
        }

        /**
         * Sets {@code usage}: {@code off_session} when null.
         *
         * @param value the value
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder usage(SetupFutureUsage value) {
            this.usage = once(usage, value, "usage");
            return this;
        }

        /**
         * Sets {@code payment_method_types}: {@code [card]} when null.
         *
         * @param values the values
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder paymentMethodTypes(String... values) {
            this.paymentMethodTypes = once(paymentMethodTypes, new ArrayList<>(List.of(values)), "paymentMethodTypes");
            return this;
        }

        /**
         * Sets {@code description}, at most 1000 characters, or null.
         *
         * @param value the value
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder description(String value) {
            this.description = once(description, value, "description");
            return this;
        }

        /**
         * Adds one metadata entry ({@code metadata[key]}); an empty value removes the key on update.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         * @throws IllegalStateException if the key was already set
         */
        public Builder metadata(String key, String value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            if (metadata.putIfAbsent(key, value) != null) {
                throw new IllegalStateException("metadata key " + key + " was already set");
            }
            return this;
        }

        /**
         * Sets {@code return_url}: where 3-D Secure returns to, only with {@code confirm}; or null.
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
         * Sets {@code payment_method_options[card][request_three_d_secure]}, {@code automatic} when null.
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
        public SetupIntentCreateParams build() {
            return new SetupIntentCreateParams(customer, paymentMethod, paymentMethodData, confirm, usage, paymentMethodTypes, description, metadata, returnUrl, requestThreeDSecure);
        }
    }
}
