package io.paystate.testkit.jqwik;

import java.util.List;

/** What a test payment method does when confirmed, with the test ids that do it. */
public enum PaymentMethodOutcome {
    /** Authorized at once. */
    SUCCEEDS(List.of("pm_card_visa", "pm_card_visa_debit", "pm_card_mastercard", "pm_card_amex", "pm_card_discover",
            "pm_card_jcb", "pm_card_unionpay")),
    /** Declined with a 402 (each decline code of the test cards). */
    DECLINES(List.of("pm_card_visa_chargeDeclined", "pm_card_visa_chargeDeclinedInsufficientFunds",
            "pm_card_visa_chargeDeclinedLostCard", "pm_card_visa_chargeDeclinedStolenCard",
            "pm_card_chargeDeclinedExpiredCard", "pm_card_chargeDeclinedIncorrectCvc",
            "pm_card_chargeDeclinedProcessingError", "pm_card_visa_chargeDeclinedVelocityLimitExceeded")),
    /** {@code requires_action} (3-D Secure); then succeeds or declines after authentication. */
    NEEDS_AUTHENTICATION(List.of("pm_card_threeDSecure2Required", "pm_card_authenticationRequired",
            "pm_card_authenticationRequiredChargeDeclinedInsufficientFunds",
            "pm_card_threeDSecureRequiredChargeDeclined")),
    /** {@code processing}, settled by the clock 180 s later (needs {@code payment_method_types=[sepa_debit]}). */
    ASYNC(List.of("pm_sepaDebit_success", "pm_sepaDebit_failure"));

    private final List<String> ids;

    PaymentMethodOutcome(List<String> ids) {
        this.ids = ids;
    }

    /** Returns the test payment-method ids with this outcome. */
    public List<String> ids() {
        return ids;
    }
}
