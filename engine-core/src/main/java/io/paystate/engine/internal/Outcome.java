package io.paystate.engine.internal;

/**
 * The decided result of a trigger, known before the state machine fires (Kill Bill's outcome-driven
 * pattern): the engine asks the processor first, then fires with the outcome in the context.
 */
public enum Outcome {
    /** Nothing to decide: the trigger has one result. */
    DONE,
    /** Payment succeeded and was captured. */
    SUCCEEDED,
    /** Authorized and held for manual capture. */
    HELD,
    /** The customer must act (3-D Secure). */
    ACTION_REQUIRED,
    /** Authenticated under manual confirmation: waits for the next confirm. */
    CONFIRMATION_REQUIRED,
    /** Declined by the issuer, or a failed async debit. */
    DECLINED,
    /**
     * The customer failed the 3-D Secure challenge, or a confirmation that refused challenges
     * ({@code error_on_requires_action}) met one.
     */
    AUTHENTICATION_FAILED,
    /** An asynchronous payment started. */
    PROCESSING,
    /** A held authorization was released by cancel. */
    RELEASED,
    /** Update: a payment method was attached (or a pending challenge dropped). */
    ATTACHED,
    /** Update: the payment method was detached. */
    DETACHED,
    /** Update: no status change. */
    KEPT,
    /** Expiry under the legacy policy: back to requires_payment_method. */
    REVERTED,
    /** An incremental authorization was approved. */
    APPROVED,
    /** An incremental authorization was declined, or microdeposit amounts did not match: nothing else changes. */
    REFUSED,
    /** Customer-balance funds covered part of the amount. */
    PARTIALLY_FUNDED
}
