package io.paystate.model;

import java.util.Optional;

/**
 * Stripe's machine-readable error {@code code} (spec B 4.3), used by API errors and by
 * {@link LastPaymentError}. Wire values are unique; the enum grows with Stripe.
 */
public enum ErrorCode implements WireEnum {
    // validation
    /** Stripe's error code {@code parameter_missing}. */
    PARAMETER_MISSING("parameter_missing"),
    /** Stripe's error code {@code parameter_unknown}. */
    PARAMETER_UNKNOWN("parameter_unknown"),
    /** Stripe's error code {@code parameter_invalid_integer}. */
    PARAMETER_INVALID_INTEGER("parameter_invalid_integer"),
    /** Stripe's error code {@code parameter_invalid_empty}. */
    PARAMETER_INVALID_EMPTY("parameter_invalid_empty"),
    /** Stripe's error code {@code parameter_invalid_string_blank}. */
    PARAMETER_INVALID_STRING_BLANK("parameter_invalid_string_blank"),
    /** Stripe's error code {@code parameter_invalid_string_empty}. */
    PARAMETER_INVALID_STRING_EMPTY("parameter_invalid_string_empty"),
    /** Stripe's error code {@code parameters_exclusive}. */
    PARAMETERS_EXCLUSIVE("parameters_exclusive"),
    /** Stripe's error code {@code amount_too_small}. */
    AMOUNT_TOO_SMALL("amount_too_small"),
    /** Stripe's error code {@code amount_too_large}. */
    AMOUNT_TOO_LARGE("amount_too_large"),
    /** Stripe's error code {@code invalid_characters}. */
    INVALID_CHARACTERS("invalid_characters"),
    /** Stripe's error code {@code email_invalid}. */
    EMAIL_INVALID("email_invalid"),
    /** Stripe's error code {@code url_invalid}. */
    URL_INVALID("url_invalid"),
    /** Stripe's error code {@code resource_missing}. */
    RESOURCE_MISSING("resource_missing"),
    // payment intents
    /** Stripe's error code {@code payment_intent_unexpected_state}. */
    PAYMENT_INTENT_UNEXPECTED_STATE("payment_intent_unexpected_state"),
    /** Stripe's error code {@code payment_intent_action_required}: a challenge under {@code error_on_requires_action}. */
    PAYMENT_INTENT_ACTION_REQUIRED("payment_intent_action_required"),
    /** Stripe's error code {@code payment_intent_authentication_failure}. */
    PAYMENT_INTENT_AUTHENTICATION_FAILURE("payment_intent_authentication_failure"),
    /** Stripe's error code {@code payment_intent_incompatible_payment_method}. */
    PAYMENT_INTENT_INCOMPATIBLE_PAYMENT_METHOD("payment_intent_incompatible_payment_method"),
    /** Stripe's error code {@code payment_intent_invalid_parameter}. */
    PAYMENT_INTENT_INVALID_PARAMETER("payment_intent_invalid_parameter"),
    /** Stripe's error code {@code payment_intent_payment_attempt_failed}. */
    PAYMENT_INTENT_PAYMENT_ATTEMPT_FAILED("payment_intent_payment_attempt_failed"),
    /** Stripe's error code {@code payment_intent_payment_attempt_expired}. */
    PAYMENT_INTENT_PAYMENT_ATTEMPT_EXPIRED("payment_intent_payment_attempt_expired"),
    // setup intents
    /** Stripe's error code {@code setup_intent_unexpected_state}. */
    SETUP_INTENT_UNEXPECTED_STATE("setup_intent_unexpected_state"),
    /** Stripe's error code {@code setup_intent_authentication_failure}. */
    SETUP_INTENT_AUTHENTICATION_FAILURE("setup_intent_authentication_failure"),
    /** Stripe's error code {@code setup_intent_setup_attempt_failed}. */
    SETUP_INTENT_SETUP_ATTEMPT_FAILED("setup_intent_setup_attempt_failed"),
    /** Stripe's error code {@code setup_intent_invalid_parameter}. */
    SETUP_INTENT_INVALID_PARAMETER("setup_intent_invalid_parameter"),
    /** Stripe's error code {@code payment_method_unexpected_state}. */
    PAYMENT_METHOD_UNEXPECTED_STATE("payment_method_unexpected_state"),
    /** Stripe's error code {@code payment_method_microdeposit_verification_amounts_mismatch}. */
    PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_AMOUNTS_MISMATCH(
            "payment_method_microdeposit_verification_amounts_mismatch"),
    /** Stripe's error code {@code payment_method_microdeposit_verification_descriptor_code_mismatch}. */
    PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_DESCRIPTOR_CODE_MISMATCH(
            "payment_method_microdeposit_verification_descriptor_code_mismatch"),
    /** Stripe's error code {@code payment_method_microdeposit_verification_attempts_exceeded}. */
    PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_ATTEMPTS_EXCEEDED(
            "payment_method_microdeposit_verification_attempts_exceeded"),
    /** Stripe's error code {@code payment_method_microdeposit_verification_timeout}. */
    PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_TIMEOUT("payment_method_microdeposit_verification_timeout"),
    /** Stripe's error code {@code payment_method_microdeposit_verification_amounts_invalid}. */
    PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_AMOUNTS_INVALID(
            "payment_method_microdeposit_verification_amounts_invalid"),
    /** Stripe's error code {@code charge_expired_for_capture}. */
    CHARGE_EXPIRED_FOR_CAPTURE("charge_expired_for_capture"),
    /** Stripe's error code {@code charge_already_captured}. */
    CHARGE_ALREADY_CAPTURED("charge_already_captured"),
    // cards
    /** Stripe's error code {@code card_declined}. */
    CARD_DECLINED("card_declined"),
    /** Stripe's error code {@code expired_card}. */
    EXPIRED_CARD("expired_card"),
    /** Stripe's error code {@code incorrect_cvc}. */
    INCORRECT_CVC("incorrect_cvc"),
    /** Stripe's error code {@code incorrect_number}. */
    INCORRECT_NUMBER("incorrect_number"),
    /** Stripe's error code {@code incorrect_zip}. */
    INCORRECT_ZIP("incorrect_zip"),
    /** Stripe's error code {@code invalid_cvc}. */
    INVALID_CVC("invalid_cvc"),
    /** Stripe's error code {@code invalid_expiry_month}. */
    INVALID_EXPIRY_MONTH("invalid_expiry_month"),
    /** Stripe's error code {@code invalid_expiry_year}. */
    INVALID_EXPIRY_YEAR("invalid_expiry_year"),
    /** Stripe's error code {@code invalid_number}. */
    INVALID_NUMBER("invalid_number"),
    /** Stripe's error code {@code processing_error}. */
    PROCESSING_ERROR("processing_error"),
    /** Stripe's error code {@code authentication_required}. */
    AUTHENTICATION_REQUIRED("authentication_required"),
    /** Stripe's error code {@code card_decline_rate_limit_exceeded}. */
    CARD_DECLINE_RATE_LIMIT_EXCEEDED("card_decline_rate_limit_exceeded"),
    // infrastructure
    /** Stripe's error code {@code idempotency_key_in_use}. */
    IDEMPOTENCY_KEY_IN_USE("idempotency_key_in_use"),
    /** Stripe's error code {@code lock_timeout}. */
    LOCK_TIMEOUT("lock_timeout"),
    /** Stripe's error code {@code rate_limit}. */
    RATE_LIMIT("rate_limit"),
    /** Stripe's error code {@code api_error}. */
    API_ERROR("api_error");

    private final String wireName;

    ErrorCode(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the Stripe documentation URL for this code.
     *
     * @return the Stripe documentation URL for this code
     */
    public String docUrl() {
        return "https://stripe.com/docs/error-codes/" + wireName.replace('_', '-');
    }

    /**
     * Returns the code with this wire value, or empty when there is none.
     *
     * @param wireName the wire name
     * @return the code with this wire value, or empty when there is none
     */
    public static Optional<ErrorCode> fromWire(String wireName) {
        for (ErrorCode value : values()) {
            if (value.wireName.equals(wireName)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
