package io.paystate.engine;

/** What happens to an uncaptured authorization when its window ends (spec A 2). */
public enum ExpiryPolicy {
    /**
     * The default and Stripe's behaviour: the intent is {@code canceled} with reason
     * {@code automatic}, the hold released and the charge refunded ({@code expired_uncaptured_charge}).
     */
    CANCEL,
    /**
     * The older guide wording, for hosts that want it: the hold is released and the intent returns to
     * {@code requires_payment_method}, to be confirmed again. Never the default.
     */
    REVERT_TO_REQUIRES_PAYMENT_METHOD
}
