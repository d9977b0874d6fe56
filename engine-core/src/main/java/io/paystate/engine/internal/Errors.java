package io.paystate.engine.internal;

import io.paystate.engine.ErrorDetails;
import io.paystate.engine.PaymentEngineException;
import io.paystate.model.ChargeId;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Factories for the engine's errors, with Stripe's messages (spec B 2.2, 4). */
public final class Errors {
    private Errors() {}

    /** A 400 {@code invalid_request_error}. */
    public static PaymentEngineException invalid(@Nullable ErrorCode code, String param, String message) {
        return PaymentEngineException.of(new ErrorDetails(400, ErrorType.INVALID_REQUEST_ERROR, code, message, param,
                null, null, null, null, false));
    }

    /** A 400 {@code invalid_request_error} carrying the intent. */
    public static PaymentEngineException invalid(@Nullable ErrorCode code, @Nullable String param, String message,
            PaymentIntent intent) {
        return PaymentEngineException.of(new ErrorDetails(400, ErrorType.INVALID_REQUEST_ERROR, code, message, param,
                null, intent, null, null, false));
    }

    /** {@code parameter_missing}. */
    public static PaymentEngineException missing(String param) {
        return invalid(ErrorCode.PARAMETER_MISSING, param, "Missing required param: " + param + ".");
    }

    /** A 404 {@code resource_missing} for an unknown intent. */
    public static PaymentEngineException noSuchIntent(PaymentIntentId id) {
        return noSuchIntent(id.value());
    }

    /** A 404 {@code resource_missing} for an intent id as given, which may not even be well formed. */
    public static PaymentEngineException noSuchIntent(String id) {
        return PaymentEngineException.of(new ErrorDetails(404, ErrorType.INVALID_REQUEST_ERROR,
                ErrorCode.RESOURCE_MISSING, "No such payment_intent: '" + id + "'", "intent", null, null, null, null,
                false));
    }

    /** A 429 {@code lock_timeout}: a concurrent writer (another engine) won the compare-and-set. */
    public static PaymentEngineException lockTimeout(PaymentIntentId id) {
        return PaymentEngineException.of(new ErrorDetails(429, ErrorType.INVALID_REQUEST_ERROR,
                ErrorCode.LOCK_TIMEOUT, "This object cannot be accessed right now because another API request or "
                        + "Stripe process is currently accessing it. If you see this error intermittently, retry the "
                        + "request. (" + id + ")", null, null, null, null, null, false));
    }

    /** A 500 {@code api_error}: an SPI or the engine failed; nothing changed. */
    public static PaymentEngineException failure(String message, @Nullable Throwable cause) {
        return new io.paystate.engine.EngineFailureException(new ErrorDetails(500, ErrorType.API_ERROR,
                ErrorCode.API_ERROR, message, null, null, null, null, null, false), cause);
    }

    /** A 402 card error carrying the intent after the failed attempt was recorded. */
    public static PaymentEngineException cardError(ErrorCode code, @Nullable String declineCode, String message,
            @Nullable String param, @Nullable PaymentIntent intent, @Nullable ChargeId charge) {
        return PaymentEngineException.of(new ErrorDetails(402, ErrorType.CARD_ERROR, code, message, param,
                declineCode, intent, charge, null, false));
    }

    /** The wrong-state error of an operation (spec A 3, B 2.2). */
    public static PaymentEngineException unexpectedState(Trigger trigger, PaymentIntent intent) {
        PaymentIntentStatus s = intent.status();
        String message = switch (trigger) {
            case CAPTURE -> "This PaymentIntent could not be captured because it has a status of " + s.wireName()
                    + ". Only a PaymentIntent with one of the following statuses may be captured: requires_capture.";
            case CANCEL -> "You cannot cancel this PaymentIntent because it has a status of " + s.wireName()
                    + ". Only a PaymentIntent with one of the following statuses may be canceled: "
                    + "requires_payment_method, requires_capture, requires_confirmation, requires_action.";
            case CONFIRM -> s == PaymentIntentStatus.SUCCEEDED
                    ? "You cannot confirm this PaymentIntent because it has already succeeded after being "
                            + "previously confirmed."
                    : "You cannot confirm this PaymentIntent because it has a status of " + s.wireName()
                            + ". Only a PaymentIntent with one of the following statuses may be confirmed: "
                            + "requires_payment_method, requires_confirmation, requires_action.";
            case COMPLETE_ACTION -> "You cannot complete the action of this PaymentIntent because it has a status of "
                    + s.wireName() + ". Only a PaymentIntent with one of the following statuses has an action to "
                    + "complete: requires_action.";
            case INCREMENT_AUTHORIZATION -> "You cannot increment the authorization of this PaymentIntent because it "
                    + "has a status of " + s.wireName() + ". Only a PaymentIntent with one of the following statuses "
                    + "may be incremented: requires_capture.";
            default -> "You cannot " + trigger.verb() + " this PaymentIntent because it has a status of "
                    + s.wireName() + ".";
        };
        return invalid(ErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE, null, message, intent);
    }

    /** The wrong-state error of updating a field (spec A 6, B 2.2). */
    public static PaymentEngineException fieldNotUpdatable(String field, PaymentIntent intent) {
        String s = intent.status().wireName();
        String message = intent.status() == PaymentIntentStatus.CANCELED
                ? "This PaymentIntent's " + field + " could not be updated because it has a status of canceled. "
                        + "You may only update the metadata and description of a canceled PaymentIntent."
                : "This PaymentIntent's " + field + " could not be updated because it has a status of " + s
                        + ". You may only update the " + field + " of a PaymentIntent with one of the following "
                        + "statuses: requires_payment_method, requires_confirmation, requires_action.";
        return invalid(ErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE, field, message, intent);
    }

    /** Joins wire names for messages. */
    static String join(List<String> values) {
        return values.stream().collect(Collectors.joining(", "));
    }
}
