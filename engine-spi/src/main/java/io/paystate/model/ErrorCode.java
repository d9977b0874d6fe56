package io.paystate.model;

import java.util.Optional;

/**
 * Stripe's machine-readable error {@code code} (spec B 4.3), used by API errors and by
 * {@link LastPaymentError}. Wire values are unique; the enum grows with Stripe.
 */
public enum ErrorCode implements WireEnum {
    // validation
    PARAMETER_MISSING("parameter_missing"),
    PARAMETER_UNKNOWN("parameter_unknown"),
    PARAMETER_INVALID_INTEGER("parameter_invalid_integer"),
    PARAMETER_INVALID_EMPTY("parameter_invalid_empty"),
    PARAMETER_INVALID_STRING_BLANK("parameter_invalid_string_blank"),
    PARAMETER_INVALID_STRING_EMPTY("parameter_invalid_string_empty"),
    PARAMETERS_EXCLUSIVE("parameters_exclusive"),
    AMOUNT_TOO_SMALL("amount_too_small"),
    AMOUNT_TOO_LARGE("amount_too_large"),
    INVALID_CHARACTERS("invalid_characters"),
    EMAIL_INVALID("email_invalid"),
    URL_INVALID("url_invalid"),
    RESOURCE_MISSING("resource_missing"),
    // payment intents
    PAYMENT_INTENT_UNEXPECTED_STATE("payment_intent_unexpected_state"),
    PAYMENT_INTENT_AUTHENTICATION_FAILURE("payment_intent_authentication_failure"),
    PAYMENT_INTENT_INCOMPATIBLE_PAYMENT_METHOD("payment_intent_incompatible_payment_method"),
    PAYMENT_INTENT_INVALID_PARAMETER("payment_intent_invalid_parameter"),
    PAYMENT_INTENT_PAYMENT_ATTEMPT_FAILED("payment_intent_payment_attempt_failed"),
    PAYMENT_INTENT_PAYMENT_ATTEMPT_EXPIRED("payment_intent_payment_attempt_expired"),
    PAYMENT_METHOD_UNEXPECTED_STATE("payment_method_unexpected_state"),
    PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_AMOUNTS_MISMATCH(
            "payment_method_microdeposit_verification_amounts_mismatch"),
    PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_DESCRIPTOR_CODE_MISMATCH(
            "payment_method_microdeposit_verification_descriptor_code_mismatch"),
    PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_ATTEMPTS_EXCEEDED(
            "payment_method_microdeposit_verification_attempts_exceeded"),
    PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_TIMEOUT("payment_method_microdeposit_verification_timeout"),
    PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_AMOUNTS_INVALID(
            "payment_method_microdeposit_verification_amounts_invalid"),
    CHARGE_EXPIRED_FOR_CAPTURE("charge_expired_for_capture"),
    CHARGE_ALREADY_CAPTURED("charge_already_captured"),
    // cards
    CARD_DECLINED("card_declined"),
    EXPIRED_CARD("expired_card"),
    INCORRECT_CVC("incorrect_cvc"),
    INCORRECT_NUMBER("incorrect_number"),
    INCORRECT_ZIP("incorrect_zip"),
    INVALID_CVC("invalid_cvc"),
    INVALID_EXPIRY_MONTH("invalid_expiry_month"),
    INVALID_EXPIRY_YEAR("invalid_expiry_year"),
    INVALID_NUMBER("invalid_number"),
    PROCESSING_ERROR("processing_error"),
    AUTHENTICATION_REQUIRED("authentication_required"),
    CARD_DECLINE_RATE_LIMIT_EXCEEDED("card_decline_rate_limit_exceeded"),
    // infrastructure
    IDEMPOTENCY_KEY_IN_USE("idempotency_key_in_use"),
    LOCK_TIMEOUT("lock_timeout"),
    RATE_LIMIT("rate_limit"),
    API_ERROR("api_error");

    private final String wireName;

    ErrorCode(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** Returns the Stripe documentation URL for this code. */
    public String docUrl() {
        return "https://stripe.com/docs/error-codes/" + wireName.replace('_', '-');
    }

    /** Returns the code with this wire value, or empty when there is none. */
    public static Optional<ErrorCode> fromWire(String wireName) {
        for (ErrorCode value : values()) {
            if (value.wireName.equals(wireName)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
