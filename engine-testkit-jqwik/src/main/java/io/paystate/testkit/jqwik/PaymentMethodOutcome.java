package io.paystate.testkit.jqwik;

import java.util.List;
import java.util.Objects;

/**
 * What a test payment method of the engine's {@code TestModeProcessor} does when confirmed
 * on-session (spec B 7, A 9), with the ids that do it.
 *
 * <p>Thread safety: immutable.
 */
public enum PaymentMethodOutcome {
    /** Authorized at once: {@code succeeded}, or {@code requires_capture} with manual capture. */
    SUCCEEDS(List.of("pm_card_visa", "pm_card_visa_debit", "pm_card_mastercard", "pm_card_mastercard_debit",
            "pm_card_mastercard_prepaid", "pm_card_amex", "pm_card_discover", "pm_card_diners", "pm_card_jcb",
            "pm_card_unionpay")),
    /** Declined with a 402 {@code card_error}; see {@link TestDecline#all()} for each one's codes. */
    DECLINES(TestDecline.all().stream().map(TestDecline::paymentMethod).toList()),
    /**
     * {@code requires_action} (3-D Secure); after a successful challenge the card's own outcome
     * applies (success, or a decline for the {@code ...ChargeDeclined...} and
     * {@code ...ProcessingError} cards).
     */
    NEEDS_AUTHENTICATION(List.of("pm_card_threeDSecure2Required", "pm_card_threeDSecureRequired",
            "pm_card_authenticationRequired", "pm_card_authenticationRequiredChargeDeclinedInsufficientFunds",
            "pm_card_threeDSecureRequiredChargeDeclined", "pm_card_threeDSecureRequiredProcessingError")),
    /**
     * {@code processing}, settled by the engine clock 180 s later: {@code succeeded} for
     * {@code pm_sepaDebit_success} and {@code pm_usBankAccount}, {@code requires_payment_method}
     * with {@code payment_intent_payment_attempt_failed} for the others. The intent must accept the
     * method's type: see {@link #paymentMethodType(String)}.
     */
    ASYNC(List.of("pm_sepaDebit_success", "pm_sepaDebit_failure", "pm_usBankAccount",
            "pm_usBankAccount_accountClosed", "pm_usBankAccount_insufficientFunds"));

    @SuppressWarnings("ImmutableEnumChecker") // always a List.of: immutable, though its type does not say so
    private final List<String> ids;

    PaymentMethodOutcome(List<String> ids) {
        this.ids = ids;
    }

    /**
     * Returns the test payment-method ids with this outcome, never empty.
     *
     * @return the test payment-method ids with this outcome, never empty
     */
    public List<String> ids() {
        return ids;
    }

    /**
     * Returns the payment-method type of a test id ({@code card}, {@code sepa_debit},
     * {@code us_bank_account}), for the intent's {@code payment_method_types}.
     *
     * @param paymentMethod the payment method
     * @return the payment-method type of a test id ({@code card}, {@code sepa_debit}, {@code us_bank_account}), for the intent's {@code payment_method_types}
     */
    public static String paymentMethodType(String paymentMethod) {
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        if (paymentMethod.startsWith("pm_sepaDebit")) {
            return "sepa_debit";
        }
        if (paymentMethod.startsWith("pm_usBankAccount")) {
            return "us_bank_account";
        }
        return "card";
    }

    /**
     * Returns the currency an intent paid with this test id must use: {@code eur} for SEPA, else {@code usd}.
     *
     * @param paymentMethod the payment method
     * @return the currency an intent paid with this test id must use: {@code eur} for SEPA, else {@code usd}
     */
    public static String currencyFor(String paymentMethod) {
        return paymentMethodType(paymentMethod).equals("sepa_debit") ? "eur" : "usd";
    }
}
