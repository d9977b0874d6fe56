package io.paystate.engine;

import io.paystate.model.CaptureMethod;
import io.paystate.model.CardOptions;
import io.paystate.model.RecordedFields;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.Shipping;
import io.paystate.spi.PaymentMethodData;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of confirming an intent ({@code POST /v1/payment_intents/:id/confirm}). Null
 * components keep the intent's values.
 *
 * @param paymentMethod the payment method to use, replacing the intent's
 * @param paymentMethodData raw details to create the payment method from
 * @param returnUrl where 3-D Secure returns to; gives a {@code redirect_to_url} next action
 * @param offSession whether the customer is absent
 * @param captureMethod a new capture method
 * @param cardOptions new {@code payment_method_options.card}
 * @param receiptEmail a new receipt email
 * @param setupFutureUsage a new setup_future_usage
 * @param shipping new shipping information
 * @param paymentMethodTypes new accepted types, replacing the intent's before the attempt
 * @param lineItems new {@code amount_details[line_items]}, replacing the intent's
 * @param recorded {@code excluded_payment_method_types} and {@code payment_details}, merged into the
 *     intent's recorded fields; null keeps them
 * @param amountToConfirm the amount this confirmation charges, which becomes the intent's amount;
 *     null confirms the intent's amount
 * @param errorOnRequiresAction whether an attempt that needs the customer's action fails instead of
 *     reaching {@code requires_action}
 */
public record ConfirmParams(
        @Nullable String paymentMethod,
        @Nullable PaymentMethodData paymentMethodData,
        @Nullable String returnUrl,
        @Nullable Boolean offSession,
        @Nullable CaptureMethod captureMethod,
        @Nullable CardOptions cardOptions,
        @Nullable String receiptEmail,
        @Nullable SetupFutureUsage setupFutureUsage,
        @Nullable Shipping shipping,
        @Nullable List<String> paymentMethodTypes,
        @Nullable List<LineItemParams> lineItems,
        @Nullable RecordedFields recorded,
        @Nullable Long amountToConfirm,
        @Nullable Boolean errorOnRequiresAction) {

    private static final ConfirmParams NONE =
            new ConfirmParams(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /**
     * Copies the lists.
     *
     * @param paymentMethod the payment method to use, replacing the intent's
     * @param paymentMethodData raw details to create the payment method from
     * @param returnUrl where 3-D Secure returns to
     * @param offSession whether the customer is absent
     * @param captureMethod a new capture method
     * @param cardOptions new {@code payment_method_options.card}
     * @param receiptEmail a new receipt email
     * @param setupFutureUsage a new setup_future_usage
     * @param shipping new shipping information
     * @param paymentMethodTypes new accepted types
     * @param lineItems new line items
     * @param recorded recorded fields to merge
     * @param amountToConfirm the amount to confirm
     * @param errorOnRequiresAction whether requires_action fails the attempt
     */
    public ConfirmParams {
        paymentMethodTypes = paymentMethodTypes == null ? null : List.copyOf(paymentMethodTypes);
        lineItems = lineItems == null ? null : List.copyOf(lineItems);
    }

    /**
     * Returns parameters that change nothing: confirm with the intent's own payment method.
     *
     * @return parameters that change nothing: confirm with the intent's own payment method
     */
    public static ConfirmParams none() {
        return NONE;
    }

    /**
     * Returns parameters that confirm with this payment method.
     *
     * @param paymentMethod the payment method to use, replacing the intent's
     * @return parameters that confirm with this payment method
     */
    public static ConfirmParams withPaymentMethod(String paymentMethod) {
        return builder().paymentMethod(paymentMethod).build();
    }

    /**
     * Returns an empty builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder of {@link ConfirmParams}; not thread-safe. */
    public static final class Builder {
        private @Nullable String paymentMethod;
        private @Nullable PaymentMethodData paymentMethodData;
        private @Nullable String returnUrl;
        private @Nullable Boolean offSession;
        private @Nullable CaptureMethod captureMethod;
        private @Nullable CardOptions cardOptions;
        private @Nullable String receiptEmail;
        private @Nullable SetupFutureUsage setupFutureUsage;
        private @Nullable Shipping shipping;
        private @Nullable List<String> paymentMethodTypes;
        private @Nullable List<LineItemParams> lineItems;
        private @Nullable RecordedFields recorded;
        private @Nullable Long amountToConfirm;
        private @Nullable Boolean errorOnRequiresAction;

        private Builder() {}

        /**
         * Sets {@code payment_method}.
         *
         * @param value the payment method to use, replacing the intent's
         * @return this builder
         */
        public Builder paymentMethod(String value) { this.paymentMethod = value; return this; }
        /**
         * Sets {@code payment_method_data}.
         *
         * @param value raw details to create the payment method from
         * @return this builder
         */
        public Builder paymentMethodData(PaymentMethodData value) { this.paymentMethodData = value; return this; }
        /**
         * Sets {@code return_url}.
         *
         * @param value where 3-D Secure returns to; gives a {@code redirect_to_url} next action
         * @return this builder
         */
        public Builder returnUrl(String value) { this.returnUrl = value; return this; }
        /**
         * Sets {@code off_session}.
         *
         * @param value whether the customer is absent
         * @return this builder
         */
        public Builder offSession(boolean value) { this.offSession = value; return this; }
        /**
         * Sets {@code capture_method}.
         *
         * @param value a new capture method
         * @return this builder
         */
        public Builder captureMethod(CaptureMethod value) { this.captureMethod = value; return this; }
        /**
         * Sets {@code payment_method_options.card}.
         *
         * @param value new {@code payment_method_options.card}
         * @return this builder
         */
        public Builder cardOptions(CardOptions value) { this.cardOptions = value; return this; }
        /**
         * Sets {@code receipt_email}.
         *
         * @param value a new receipt email
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
         * Sets {@code shipping}.
         *
         * @param value new shipping information
         * @return this builder
         */
        public Builder shipping(Shipping value) { this.shipping = value; return this; }
        /**
         * Sets {@code payment_method_types}.
         *
         * @param value the accepted types, replacing the intent's
         * @return this builder
         */
        public Builder paymentMethodTypes(List<String> value) { this.paymentMethodTypes = value; return this; }
        /**
         * Sets {@code amount_details[line_items]}.
         *
         * @param value the line items, replacing the intent's
         * @return this builder
         */
        public Builder lineItems(List<LineItemParams> value) { this.lineItems = value; return this; }
        /**
         * Sets the recorded fields a confirmation may carry ({@code excluded_payment_method_types},
         * {@code payment_details}).
         *
         * @param value the fields to merge into the intent's
         * @return this builder
         */
        public Builder recorded(RecordedFields value) { this.recorded = value; return this; }
        /**
         * Sets {@code amount_to_confirm}.
         *
         * @param value the amount to charge, which becomes the intent's amount
         * @return this builder
         */
        public Builder amountToConfirm(long value) { this.amountToConfirm = value; return this; }
        /**
         * Sets {@code error_on_requires_action}.
         *
         * @param value whether an attempt that needs the customer's action fails instead
         * @return this builder
         */
        public Builder errorOnRequiresAction(boolean value) { this.errorOnRequiresAction = value; return this; }

        /**
         * Returns the parameters.
         *
         * @return the parameters
         */
        public ConfirmParams build() {
            return new ConfirmParams(paymentMethod, paymentMethodData, returnUrl, offSession, captureMethod,
                    cardOptions, receiptEmail, setupFutureUsage, shipping, paymentMethodTypes, lineItems, recorded,
                    amountToConfirm, errorOnRequiresAction);
        }
    }
}
