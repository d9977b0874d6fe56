package io.paystate.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the customer must do while an intent is {@code requires_action} (spec B 1.2).
 *
 * <p>Thread safety: implementations are immutable records.
 */
public sealed interface NextAction
        permits NextAction.RedirectToUrl, NextAction.UseStripeSdk, NextAction.VerifyWithMicrodeposits,
                NextAction.DisplayBankTransferInstructions {
    /**
     * Returns the wire {@code type}, naming the populated sub-object.
     *
     * @return the wire {@code type}, naming the populated sub-object
     */
    String type();

    /**
     * Redirect the customer to {@code url}; they come back to {@code returnUrl}. Given when the
     * confirmation named a {@code return_url}.
     *
     * @param url where to send the customer
     * @param returnUrl where the customer returns to
     */
    record RedirectToUrl(String url, String returnUrl) implements NextAction {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param url where to send the customer
         * @param returnUrl where the customer returns to
         */
        public RedirectToUrl {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(returnUrl, "returnUrl");
        }

        @Override
        public String type() {
            return "redirect_to_url";
        }
    }

    /**
     * Let Stripe.js or a mobile SDK handle the challenge. The content is opaque to hosts.
     *
     * @param sdkType the opaque sub-type, e.g. {@code three_d_secure_redirect}
     * @param stripeJs the URL Stripe.js would open
     */
    record UseStripeSdk(String sdkType, String stripeJs) implements NextAction {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param sdkType the opaque sub-type, e.g. {@code three_d_secure_redirect}
         * @param stripeJs the URL Stripe.js would open
         */
        public UseStripeSdk {
            Objects.requireNonNull(sdkType, "sdkType");
            Objects.requireNonNull(stripeJs, "stripeJs");
        }

        @Override
        public String type() {
            return "use_stripe_sdk";
        }
    }

    /**
     * Verify a bank account with the microdeposits sent to it.
     *
     * @param arrivalDate when the microdeposits arrive, Unix seconds
     * @param hostedVerificationUrl where the customer can verify them
     * @param microdepositType {@code amounts} or {@code descriptor_code}
     */
    record VerifyWithMicrodeposits(long arrivalDate, String hostedVerificationUrl, String microdepositType)
            implements NextAction {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param arrivalDate when the microdeposits arrive, Unix seconds
         * @param hostedVerificationUrl where the customer can verify them
         * @param microdepositType {@code amounts} or {@code descriptor_code}
         */
        public VerifyWithMicrodeposits {
            Objects.requireNonNull(hostedVerificationUrl, "hostedVerificationUrl");
            Objects.requireNonNull(microdepositType, "microdepositType");
        }

        @Override
        public String type() {
            return "verify_with_microdeposits";
        }
    }

    /**
     * Wait for the customer to transfer the remaining amount to their cash balance.
     *
     * @param amountRemaining what is still to be funded, in minor units
     * @param currency the currency of the transfer
     * @param reference the reference the customer quotes on the transfer
     */
    record DisplayBankTransferInstructions(long amountRemaining, Currency currency, @Nullable String reference)
            implements NextAction {
        /**
         * Throws {@link NullPointerException} if the currency is null.
         *
         * @param amountRemaining what is still to be funded, in minor units
         * @param currency the currency of the transfer
         * @param reference the reference the customer quotes on the transfer
         */
        public DisplayBankTransferInstructions {
            Objects.requireNonNull(currency, "currency");
        }

        @Override
        public String type() {
            return "display_bank_transfer_instructions";
        }
    }
}
