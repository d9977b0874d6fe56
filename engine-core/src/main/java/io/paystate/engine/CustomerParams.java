package io.paystate.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of creating ({@code POST /v1/customers}) or updating ({@code POST
 * /v1/customers/:id}) a customer. Values are kept as given; the engine validates them and answers
 * bad ones with an {@link InvalidRequestException} naming the parameter. On update, a null field is
 * left unchanged and {@code ""} clears it; metadata is merged, an empty value removing its key.
 *
 * @param email the email address, at most 512 characters
 * @param name the full name, at most 256 characters
 * @param description free text, at most 5000 characters
 * @param metadata key-value pairs
 * @param defaultPaymentMethod {@code invoice_settings[default_payment_method]}, a {@code pm_} id
 * @param phone the phone number, at most 20 characters
 */
public record CustomerParams(
        @Nullable String email,
        @Nullable String name,
        @Nullable String description,
        Map<String, String> metadata,
        @Nullable String defaultPaymentMethod,
        @Nullable String phone) {
    private static final CustomerParams NONE = new CustomerParams(null, null, null, Map.of(), null, null);

    /**
     * Copies the metadata.
     *
     * @param email the email address, at most 512 characters
     * @param name the full name, at most 256 characters
     * @param description free text, at most 5000 characters
     * @param metadata key-value pairs
     * @param defaultPaymentMethod {@code invoice_settings[default_payment_method]}, a {@code pm_} id
     * @param phone the phone number, at most 20 characters
     */
    public CustomerParams {
        metadata = Map.copyOf(metadata);
    }

    /**
     * Parameters without a phone number.
     *
     * @param email the email address, at most 512 characters
     * @param name the full name, at most 256 characters
     * @param description free text, at most 5000 characters
     * @param metadata key-value pairs
     * @param defaultPaymentMethod {@code invoice_settings[default_payment_method]}, a {@code pm_} id
     */
    public CustomerParams(@Nullable String email, @Nullable String name, @Nullable String description,
            Map<String, String> metadata, @Nullable String defaultPaymentMethod) {
        this(email, name, description, metadata, defaultPaymentMethod, null);
    }

    /**
     * Returns parameters that set nothing: a customer without details.
     *
     * @return empty parameters
     */
    public static CustomerParams none() {
        return NONE;
    }

    /**
     * Returns a builder of parameters.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link CustomerParams}; each field can be set once. */
    public static final class Builder {
        private @Nullable String email;
        private @Nullable String phone;
        private @Nullable String name;
        private @Nullable String description;
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private @Nullable String defaultPaymentMethod;

        private Builder() {}

        private static String once(@Nullable String current, String value, String field) {
            Objects.requireNonNull(value, field);
            if (current != null) {
                throw new IllegalStateException(field + " was already set");
            }
            return value;
        }

        /**
         * Sets the email address.
         *
         * @param value the address; {@code ""} clears it on update
         * @return this builder
         */
        public Builder email(String value) {
            this.email = once(email, value, "email");
            return this;
        }

        /**
         * Sets the full name.
         *
         * @param value the name; {@code ""} clears it on update
         * @return this builder
         */
        public Builder name(String value) {
            this.name = once(name, value, "name");
            return this;
        }

        /**
         * Sets the description.
         *
         * @param value the description; {@code ""} clears it on update
         * @return this builder
         */
        public Builder description(String value) {
            this.description = once(description, value, "description");
            return this;
        }

        /**
         * Adds one metadata entry.
         *
         * @param key the key
         * @param value the value; {@code ""} removes the key on update
         * @return this builder
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
         * Sets {@code invoice_settings[default_payment_method]}.
         *
         * @param value a payment-method id; {@code ""} clears it on update
         * @return this builder
         */
        public Builder defaultPaymentMethod(String value) {
            this.defaultPaymentMethod = once(defaultPaymentMethod, value, "defaultPaymentMethod");
            return this;
        }

        /**
         * Sets the phone number.
         *
         * @param value the phone number, at most 20 characters; {@code ""} clears it on update
         * @return this builder
         */
        public Builder phone(String value) {
            this.phone = once(phone, value, "phone");
            return this;
        }

        /**
         * Returns the parameters; the engine checks them when they are used.
         *
         * @return the parameters
         */
        public CustomerParams build() {
            return new CustomerParams(email, name, description, metadata, defaultPaymentMethod, phone);
        }
    }
}
