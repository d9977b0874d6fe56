package io.paystate.engine;

import io.paystate.model.CaptureMethod;
import io.paystate.model.CardOptions;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.Shipping;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of updating an intent ({@code POST /v1/payment_intents/:id}). A null component
 * leaves the field unchanged; for string fields, {@code ""} clears the field (Stripe's form
 * semantics). Which fields may change in which status: spec A 6.
 *
 * @param amount a new amount
 * @param currency a new currency
 * @param customer a new customer, {@code ""} to clear
 * @param description a new description, {@code ""} to clear
 * @param metadata entries to merge; an empty value removes its key
 * @param clearMetadata whether to remove every key before merging ({@code metadata=""})
 * @param paymentMethod a new payment method, {@code ""} to detach it
 * @param paymentMethodTypes new accepted types
 * @param cardOptions new {@code payment_method_options.card}
 * @param captureMethod a new capture method
 * @param receiptEmail a new receipt email, {@code ""} to clear
 * @param setupFutureUsage a new setup_future_usage
 * @param clearSetupFutureUsage whether to clear setup_future_usage ({@code setup_future_usage=""})
 * @param statementDescriptor a new statement descriptor, {@code ""} to clear
 * @param statementDescriptorSuffix a new suffix, {@code ""} to clear
 * @param shipping new shipping information
 * @param clearShipping whether to clear shipping ({@code shipping=""})
 * @param lineItems new {@code amount_details[line_items]}, replacing the old ones; empty to clear
 * @param recorded recorded fields to change: each non-null field (and a non-empty excluded-types
 *     list) replaces the intent's, the others stay; null changes none
 * @param paymentMethodData raw details to create a payment method from and attach, like {@code paymentMethod}
 */
public record UpdateParams(
        @Nullable Long amount,
        @Nullable String currency,
        @Nullable String customer,
        @Nullable String description,
        Map<String, String> metadata,
        boolean clearMetadata,
        @Nullable String paymentMethod,
        @Nullable List<String> paymentMethodTypes,
        @Nullable CardOptions cardOptions,
        @Nullable CaptureMethod captureMethod,
        @Nullable String receiptEmail,
        @Nullable SetupFutureUsage setupFutureUsage,
        boolean clearSetupFutureUsage,
        @Nullable String statementDescriptor,
        @Nullable String statementDescriptorSuffix,
        @Nullable Shipping shipping,
        boolean clearShipping,
        @Nullable List<LineItemParams> lineItems,
        io.paystate.model.@Nullable RecordedFields recorded,
        io.paystate.spi.@Nullable PaymentMethodData paymentMethodData) {

    /**
     * Copies the collections.
     *
     * @param amount a new amount
     * @param currency a new currency
     * @param customer a new customer, {@code ""} to clear
     * @param description a new description, {@code ""} to clear
     * @param metadata entries to merge; an empty value removes its key
     * @param clearMetadata whether to remove every key before merging ({@code metadata=""})
     * @param paymentMethod a new payment method, {@code ""} to detach it
     * @param paymentMethodTypes new accepted types
     * @param cardOptions new {@code payment_method_options.card}
     * @param captureMethod a new capture method
     * @param receiptEmail a new receipt email, {@code ""} to clear
     * @param setupFutureUsage a new setup_future_usage
     * @param clearSetupFutureUsage whether to clear setup_future_usage ({@code setup_future_usage=""})
     * @param statementDescriptor a new statement descriptor, {@code ""} to clear
     * @param statementDescriptorSuffix a new suffix, {@code ""} to clear
     * @param shipping new shipping information
     * @param clearShipping whether to clear shipping ({@code shipping=""})
     * @param lineItems new {@code amount_details[line_items]}, replacing the old ones; empty to clear
     * @param recorded recorded fields to change: each non-null field (and a non-empty excluded-types list) replaces the intent's, the others stay; null changes none
     * @param paymentMethodData raw details to create a payment method from and attach
     */
    public UpdateParams {
        lineItems = lineItems == null ? null : List.copyOf(lineItems);
        metadata = CreateParams.copyKeepingOrder(metadata);
        paymentMethodTypes = paymentMethodTypes == null ? null : List.copyOf(paymentMethodTypes);
    }

    /**
     * Returns an empty builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns true when this update touches a field that only open statuses allow (spec A 6).
     *
     * @return true when this update touches a field that only open statuses allow (spec A 6)
     */
    public boolean touchesPaymentFields() {
        return amount != null || currency != null || paymentMethod != null || paymentMethodData != null
                || captureMethod != null
                || paymentMethodTypes != null || cardOptions != null || setupFutureUsage != null
                || clearSetupFutureUsage || customer != null || lineItems != null;
    }

    /** A builder of {@link UpdateParams}; not thread-safe. */
    public static final class Builder {
        private @Nullable Long amount;
        private @Nullable String currency;
        private @Nullable String customer;
        private @Nullable String description;
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private boolean clearMetadata;
        private @Nullable String paymentMethod;
        private @Nullable List<String> paymentMethodTypes;
        private @Nullable CardOptions cardOptions;
        private @Nullable CaptureMethod captureMethod;
        private @Nullable String receiptEmail;
        private @Nullable SetupFutureUsage setupFutureUsage;
        private boolean clearSetupFutureUsage;
        private @Nullable String statementDescriptor;
        private @Nullable String statementDescriptorSuffix;
        private @Nullable Shipping shipping;
        private boolean clearShipping;
        private @Nullable List<LineItemParams> lineItems;
        private io.paystate.model.@Nullable RecordedFields recorded;
        private io.paystate.spi.@Nullable PaymentMethodData paymentMethodData;

        private Builder() {}

        /**
         * Sets {@code amount}.
         *
         * @param value a new amount
         * @return this builder
         */
        public Builder amount(long value) { this.amount = value; return this; }
        /**
         * Sets {@code currency}.
         *
         * @param value a new currency
         * @return this builder
         */
        public Builder currency(String value) { this.currency = value; return this; }
        /**
         * Sets {@code customer}; {@code ""} clears it.
         *
         * @param value a new customer, {@code ""} to clear
         * @return this builder
         */
        public Builder customer(String value) { this.customer = value; return this; }
        /**
         * Sets {@code description}; {@code ""} clears it.
         *
         * @param value a new description, {@code ""} to clear
         * @return this builder
         */
        public Builder description(String value) { this.description = value; return this; }
        /**
         * Merges one metadata entry; an empty value removes the key.
         *
         * @param key the key
         * @param value entries to merge; an empty value removes its key
         * @return this builder
         */
        public Builder metadata(String key, String value) { this.metadata.put(key, value); return this; }
        /**
         * Merges metadata entries; empty values remove their keys.
         *
         * @param values the values
         * @return this builder
         */
        public Builder metadata(Map<String, String> values) { this.metadata.putAll(values); return this; }
        /**
         * Removes every metadata key before merging.
         *
         * @return this builder
         */
        public Builder clearMetadata() { this.clearMetadata = true; return this; }
        /**
         * Sets {@code payment_method}; {@code ""} detaches it.
         *
         * @param value a new payment method, {@code ""} to detach it
         * @return this builder
         */
        public Builder paymentMethod(String value) { this.paymentMethod = value; return this; }
        /**
         * Sets {@code payment_method_types}.
         *
         * @param value new accepted types
         * @return this builder
         */
        public Builder paymentMethodTypes(List<String> value) { this.paymentMethodTypes = value; return this; }
        /**
         * Sets {@code payment_method_options.card}.
         *
         * @param value new {@code payment_method_options.card}
         * @return this builder
         */
        public Builder cardOptions(CardOptions value) { this.cardOptions = value; return this; }
        /**
         * Sets {@code capture_method}.
         *
         * @param value a new capture method
         * @return this builder
         */
        public Builder captureMethod(CaptureMethod value) { this.captureMethod = value; return this; }
        /**
         * Sets {@code receipt_email}; {@code ""} clears it.
         *
         * @param value a new receipt email, {@code ""} to clear
         * @return this builder
         */
        public Builder receiptEmail(String value) { this.receiptEmail = value; return this; }
        /**
         * Sets {@code setup_future_usage}.
         *
         * @param value a new setup_future_usage
         * @return this builder
         */
        public Builder setupFutureUsage(SetupFutureUsage value) { this.setupFutureUsage = value; return this; }
        /**
         * Clears {@code setup_future_usage}.
         *
         * @return this builder
         */
        public Builder clearSetupFutureUsage() { this.clearSetupFutureUsage = true; return this; }
        /**
         * Sets {@code statement_descriptor}; {@code ""} clears it.
         *
         * @param value a new statement descriptor, {@code ""} to clear
         * @return this builder
         */
        public Builder statementDescriptor(String value) { this.statementDescriptor = value; return this; }
        /**
         * Sets {@code statement_descriptor_suffix}; {@code ""} clears it.
         *
         * @param value a new suffix, {@code ""} to clear
         * @return this builder
         */
        public Builder statementDescriptorSuffix(String value) { this.statementDescriptorSuffix = value; return this; }
        /**
         * Sets {@code shipping}.
         *
         * @param value new shipping information
         * @return this builder
         */
        public Builder shipping(Shipping value) { this.shipping = value; return this; }
        /**
         * Clears {@code shipping}.
         *
         * @return this builder
         */
        public Builder clearShipping() { this.clearShipping = true; return this; }
        /**
         * Replaces {@code amount_details[line_items]}; an empty list clears them.
         *
         * @param value new {@code amount_details[line_items]}, replacing the old ones; empty to clear
         * @return this builder
         */
        public Builder lineItems(List<LineItemParams> value) { this.lineItems = value; return this; }

        /**
         * Changes the recorded fields that are non-null in {@code value}.
         *
         * @param value a new amount @return this builder
         * @return this builder
         */
        public Builder recorded(io.paystate.model.RecordedFields value) { this.recorded = value; return this; }
        /**
         * Sets {@code payment_method_data}: a payment method created from these details replaces the
         * intent's, as {@code payment_method} would.
         *
         * @param value raw details of the payment method
         * @return this builder
         */
        public Builder paymentMethodData(io.paystate.spi.PaymentMethodData value) {
            this.paymentMethodData = value;
            return this;
        }

        /**
         * Returns the parameters; validation happens in the engine.
         *
         * @return the parameters; validation happens in the engine
         */
        public UpdateParams build() {
            return new UpdateParams(amount, currency, customer, description, metadata, clearMetadata, paymentMethod,
                    paymentMethodTypes, cardOptions, captureMethod, receiptEmail, setupFutureUsage,
                    clearSetupFutureUsage, statementDescriptor, statementDescriptorSuffix, shipping, clearShipping,
                    lineItems, recorded, paymentMethodData);
        }
    }
}
