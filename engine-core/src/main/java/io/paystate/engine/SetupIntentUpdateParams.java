package io.paystate.engine;

import io.paystate.model.ThreeDSecureRequest;
import io.paystate.spi.PaymentMethodData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;


/**
 * The parameters of updating a SetupIntent ({@code POST /v1/setup_intents/:id}). A null field is
 * left unchanged; {@code ""} clears {@code payment_method}, {@code customer} and {@code description};
 * metadata is merged, an empty value removing its key. The payment fields change only before the
 * SetupIntent is processing or succeeded; nothing changes on a canceled one.
 *
 * @param customer {@code customer}, or null to leave it
 * @param paymentMethod {@code payment_method}: a {@code pm_...} id, {@code ""} to clear, or null
 * @param paymentMethodData {@code payment_method_data}: raw details the processor tokenizes, or null
 * @param paymentMethodTypes {@code payment_method_types}, or null to leave them
 * @param description {@code description}, or null to leave it
 * @param metadata {@code metadata}: entries to set or remove
 * @param requestThreeDSecure {@code payment_method_options[card][request_three_d_secure]}, or null to leave it
 */
public record SetupIntentUpdateParams(
        @Nullable String customer,
        @Nullable String paymentMethod,
        @Nullable PaymentMethodData paymentMethodData,
        @Nullable List<String> paymentMethodTypes,
        @Nullable String description,
        Map<String, String> metadata,
        @Nullable ThreeDSecureRequest requestThreeDSecure) {
    /**
     * Copies the collections.
     *
     * @param customer {@code customer}, or null to leave it
     * @param paymentMethod {@code payment_method}: a {@code pm_...} id, {@code ""} to clear, or null
     * @param paymentMethodData {@code payment_method_data}: raw details the processor tokenizes, or null
     * @param paymentMethodTypes {@code payment_method_types}, or null to leave them
     * @param description {@code description}, or null to leave it
     * @param metadata {@code metadata}: entries to set or remove
     * @param requestThreeDSecure {@code payment_method_options[card][request_three_d_secure]}, or null to leave it
     */
    public SetupIntentUpdateParams {
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

    /** Builds {@link SetupIntentUpdateParams}; each field can be set once. Thread safety: not thread-safe. */
    public static final class Builder {
        private @Nullable String customer;
        private @Nullable String paymentMethod;
        private @Nullable PaymentMethodData paymentMethodData;
        private @Nullable List<String> paymentMethodTypes;
        private @Nullable String description;
        private final Map<String, String> metadata = new LinkedHashMap<>();
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
         * Sets {@code customer}, or null to leave it.
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
         * Sets {@code payment_method}: a {@code pm_...} id, {@code ""} to clear, or null.
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
         * Sets {@code payment_method_types}, or null to leave them.
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
         * Sets {@code description}, or null to leave it.
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
        public SetupIntentUpdateParams build() {
            return new SetupIntentUpdateParams(customer, paymentMethod, paymentMethodData, paymentMethodTypes, description, metadata, requestThreeDSecure);
        }
    }
}
