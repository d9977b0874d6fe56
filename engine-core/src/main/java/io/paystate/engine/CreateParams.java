package io.paystate.engine;

import io.paystate.model.CaptureMethod;
import io.paystate.model.CardOptions;
import io.paystate.model.ConfirmationMethod;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.Shipping;
import io.paystate.spi.PaymentMethodData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of creating an intent ({@code POST /v1/payment_intents}). Values are kept as given;
 * the engine validates them (spec A 11) and answers bad ones with an {@link InvalidRequestException}
 * naming the parameter, so {@code amount} and {@code currency} may be null here and are reported as
 * missing.
 *
 * @param amount the amount in minor units (required)
 * @param currency the lowercase currency code (required)
 * @param customer the host's customer id
 * @param description free text, at most 1000 characters
 * @param metadata key-value pairs; empty values are ignored
 * @param paymentMethod a payment-method id, e.g. {@code pm_card_visa}
 * @param paymentMethodData raw payment-method details to create one from (test card numbers, IBANs)
 * @param paymentMethodTypes accepted types; default {@code ["card"]}
 * @param cardOptions {@code payment_method_options.card}
 * @param captureMethod default {@code automatic_async}
 * @param confirmationMethod default {@code automatic}
 * @param confirm whether to confirm at once
 * @param offSession whether the customer is absent (only with {@code confirm})
 * @param returnUrl where 3-D Secure returns to (only with {@code confirm})
 * @param receiptEmail where a receipt would go
 * @param setupFutureUsage how the payment method may be reused
 * @param statementDescriptor non-card statement descriptor, at most 22 characters
 * @param statementDescriptorSuffix card statement descriptor suffix, at most 22 characters
 * @param shipping shipping information
 * @param lineItems {@code amount_details[line_items]}, at most 200
 * @param automaticPaymentMethods {@code automatic_payment_methods}; exclusive with {@code paymentMethodTypes}
 * @param recorded fields stored and shown as given, without effect in test mode
 * @param errorOnRequiresAction whether a confirmation that needs the customer's action fails instead
 *     of reaching {@code requires_action} (only with {@code confirm})
 */
public record CreateParams(
        @Nullable Long amount,
        @Nullable String currency,
        @Nullable String customer,
        @Nullable String description,
        Map<String, String> metadata,
        @Nullable String paymentMethod,
        @Nullable PaymentMethodData paymentMethodData,
        @Nullable List<String> paymentMethodTypes,
        @Nullable CardOptions cardOptions,
        @Nullable CaptureMethod captureMethod,
        @Nullable ConfirmationMethod confirmationMethod,
        boolean confirm,
        @Nullable Boolean offSession,
        @Nullable String returnUrl,
        @Nullable String receiptEmail,
        @Nullable SetupFutureUsage setupFutureUsage,
        @Nullable String statementDescriptor,
        @Nullable String statementDescriptorSuffix,
        @Nullable Shipping shipping,
        @Nullable List<LineItemParams> lineItems,
        io.paystate.model.@Nullable AutomaticPaymentMethods automaticPaymentMethods,
        io.paystate.model.RecordedFields recorded,
        @Nullable Boolean errorOnRequiresAction) {

    /**
     * Copies the collections.
     *
     * @param amount the amount in minor units (required)
     * @param currency the lowercase currency code (required)
     * @param customer the host's customer id
     * @param description free text, at most 1000 characters
     * @param metadata key-value pairs; empty values are ignored
     * @param paymentMethod a payment-method id, e.g. {@code pm_card_visa}
     * @param paymentMethodData raw payment-method details to create one from (test card numbers, IBANs)
     * @param paymentMethodTypes accepted types; default {@code ["card"]}
     * @param cardOptions {@code payment_method_options.card}
     * @param captureMethod default {@code automatic_async}
     * @param confirmationMethod default {@code automatic}
     * @param confirm whether to confirm at once
     * @param offSession whether the customer is absent (only with {@code confirm})
     * @param returnUrl where 3-D Secure returns to (only with {@code confirm})
     * @param receiptEmail where a receipt would go
     * @param setupFutureUsage how the payment method may be reused
     * @param statementDescriptor non-card statement descriptor, at most 22 characters
     * @param statementDescriptorSuffix card statement descriptor suffix, at most 22 characters
     * @param shipping shipping information
     * @param lineItems {@code amount_details[line_items]}, at most 200
     * @param automaticPaymentMethods {@code automatic_payment_methods}; exclusive with {@code paymentMethodTypes}
     * @param recorded fields stored and shown as given, without effect in test mode
     * @param errorOnRequiresAction whether a confirmation that needs the customer's action fails
     *     instead of reaching {@code requires_action} (only with {@code confirm})
     */
    public CreateParams {
        java.util.Objects.requireNonNull(recorded, "recorded");
        lineItems = lineItems == null ? null : List.copyOf(lineItems);
        metadata = copyKeepingOrder(metadata);
        paymentMethodTypes = paymentMethodTypes == null ? null : List.copyOf(paymentMethodTypes);
    }

    static Map<String, String> copyKeepingOrder(Map<String, String> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * Returns a builder for an intent of {@code amount} minor units of {@code currency}.
     *
     * @param amount the amount in minor units (required)
     * @param currency the lowercase currency code (required)
     * @return a builder for an intent of {@code amount} minor units of {@code currency}
     */
    public static Builder builder(long amount, String currency) {
        return new Builder().amount(amount).currency(currency);
    }

    /**
     * Returns an empty builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder of {@link CreateParams}; not thread-safe. */
    public static final class Builder {
        private @Nullable Long amount;
        private @Nullable String currency;
        private @Nullable String customer;
        private @Nullable String description;
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private @Nullable String paymentMethod;
        private @Nullable PaymentMethodData paymentMethodData;
        private @Nullable List<String> paymentMethodTypes;
        private @Nullable CardOptions cardOptions;
        private @Nullable CaptureMethod captureMethod;
        private @Nullable ConfirmationMethod confirmationMethod;
        private @Nullable Boolean errorOnRequiresAction;
        private boolean confirm;
        private @Nullable Boolean offSession;
        private @Nullable String returnUrl;
        private @Nullable String receiptEmail;
        private @Nullable SetupFutureUsage setupFutureUsage;
        private @Nullable String statementDescriptor;
        private @Nullable String statementDescriptorSuffix;
        private @Nullable Shipping shipping;
        private @Nullable List<LineItemParams> lineItems;
        private io.paystate.model.@Nullable AutomaticPaymentMethods automaticPaymentMethods;
        private io.paystate.model.RecordedFields recorded = io.paystate.model.RecordedFields.NONE;

        private Builder() {}

        /**
         * Sets {@code amount}.
         *
         * @param value the amount in minor units (required)
         * @return this builder
         */
        public Builder amount(long value) { this.amount = value; return this; }
        /**
         * Sets {@code currency}.
         *
         * @param value the lowercase currency code (required)
         * @return this builder
         */
        public Builder currency(String value) { this.currency = value; return this; }
        /**
         * Sets {@code customer}.
         *
         * @param value the host's customer id
         * @return this builder
         */
        public Builder customer(String value) { this.customer = value; return this; }
        /**
         * Sets {@code description}.
         *
         * @param value free text, at most 1000 characters
         * @return this builder
         */
        public Builder description(String value) { this.description = value; return this; }
        /**
         * Adds one {@code metadata} entry.
         *
         * @param key the key
         * @param value key-value pairs; empty values are ignored
         * @return this builder
         */
        public Builder metadata(String key, String value) { this.metadata.put(key, value); return this; }
        /**
         * Adds {@code metadata} entries.
         *
         * @param values the values
         * @return this builder
         */
        public Builder metadata(Map<String, String> values) { this.metadata.putAll(values); return this; }
        /**
         * Sets {@code payment_method}.
         *
         * @param value a payment-method id, e.g. {@code pm_card_visa}
         * @return this builder
         */
        public Builder paymentMethod(String value) { this.paymentMethod = value; return this; }
        /**
         * Sets {@code payment_method_data}.
         *
         * @param value raw payment-method details to create one from (test card numbers, IBANs)
         * @return this builder
         */
        public Builder paymentMethodData(PaymentMethodData value) { this.paymentMethodData = value; return this; }
        /**
         * Sets {@code payment_method_types}.
         *
         * @param value accepted types; default {@code ["card"]}
         * @return this builder
         */
        public Builder paymentMethodTypes(List<String> value) { this.paymentMethodTypes = value; return this; }
        /**
         * Sets {@code payment_method_options.card}.
         *
         * @param value {@code payment_method_options.card}
         * @return this builder
         */
        public Builder cardOptions(CardOptions value) { this.cardOptions = value; return this; }
        /**
         * Sets {@code capture_method}.
         *
         * @param value default {@code automatic_async}
         * @return this builder
         */
        public Builder captureMethod(CaptureMethod value) { this.captureMethod = value; return this; }
        /**
         * Sets {@code confirmation_method}.
         *
         * @param value default {@code automatic}
         * @return this builder
         */
        public Builder confirmationMethod(ConfirmationMethod value) { this.confirmationMethod = value; return this; }
        /**
         * Sets {@code confirm}.
         *
         * @param value whether to confirm at once
         * @return this builder
         */
        public Builder confirm(boolean value) { this.confirm = value; return this; }
        /**
         * Sets {@code off_session}.
         *
         * @param value whether the customer is absent (only with {@code confirm})
         * @return this builder
         */
        public Builder offSession(boolean value) { this.offSession = value; return this; }
        /**
         * Sets {@code error_on_requires_action} (only with {@code confirm}).
         *
         * @param value whether a confirmation that needs the customer's action fails instead
         * @return this builder
         */
        public Builder errorOnRequiresAction(boolean value) { this.errorOnRequiresAction = value; return this; }
        /**
         * Sets {@code return_url}.
         *
         * @param value where 3-D Secure returns to (only with {@code confirm})
         * @return this builder
         */
        public Builder returnUrl(String value) { this.returnUrl = value; return this; }
        /**
         * Sets {@code receipt_email}.
         *
         * @param value where a receipt would go
         * @return this builder
         */
        public Builder receiptEmail(String value) { this.receiptEmail = value; return this; }
        /**
         * Sets {@code setup_future_usage}.
         *
         * @param value how the payment method may be reused
         * @return this builder
         */
        public Builder setupFutureUsage(SetupFutureUsage value) { this.setupFutureUsage = value; return this; }
        /**
         * Sets {@code statement_descriptor}.
         *
         * @param value non-card statement descriptor, at most 22 characters
         * @return this builder
         */
        public Builder statementDescriptor(String value) { this.statementDescriptor = value; return this; }
        /**
         * Sets {@code statement_descriptor_suffix}.
         *
         * @param value card statement descriptor suffix, at most 22 characters
         * @return this builder
         */
        public Builder statementDescriptorSuffix(String value) { this.statementDescriptorSuffix = value; return this; }
        /**
         * Sets {@code shipping}.
         *
         * @param value shipping information
         * @return this builder
         */
        public Builder shipping(Shipping value) { this.shipping = value; return this; }
        /**
         * Sets {@code amount_details[line_items]}.
         *
         * @param value {@code amount_details[line_items]}, at most 200
         * @return this builder
         */
        public Builder lineItems(List<LineItemParams> value) { this.lineItems = value; return this; }
        /**
         * Sets {@code automatic_payment_methods}.
         *
         * @param value {@code automatic_payment_methods}; exclusive with {@code paymentMethodTypes}
         * @return this builder
         */
        public Builder automaticPaymentMethods(io.paystate.model.AutomaticPaymentMethods value) {
            this.automaticPaymentMethods = value;
            return this;
        }

        /**
         * Sets the fields stored and shown without effect in test mode (fees, transfers, references).
         *
         * @param value the amount in minor units (required) @return this builder
         * @return this builder
         */
        public Builder recorded(io.paystate.model.RecordedFields value) {
            this.recorded = java.util.Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Returns the parameters; validation happens in the engine.
         *
         * @return the parameters; validation happens in the engine
         */
        public CreateParams build() {
            return new CreateParams(amount, currency, customer, description, metadata, paymentMethod,
                    paymentMethodData, paymentMethodTypes, cardOptions, captureMethod, confirmationMethod, confirm,
                    offSession, returnUrl, receiptEmail, setupFutureUsage, statementDescriptor,
                    statementDescriptorSuffix, shipping, lineItems, automaticPaymentMethods, recorded,
                    errorOnRequiresAction);
        }
    }
}
