package io.paystate.engine;

import io.paystate.model.ChargeId;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.PaymentIntent;
import io.paystate.model.SetupIntent;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The base of every error the engine raises. One subclass per Stripe error {@link ErrorType type};
 * the {@link #code()} says what went wrong, {@link #param()} which parameter.
 *
 * <p>A failed request changes nothing, with one deliberate exception that mirrors Stripe: a
 * {@link CardException} (a decline) is raised after the failed attempt was recorded on the intent,
 * and carries that updated intent.
 */
public abstract sealed class PaymentEngineException extends RuntimeException
        permits InvalidRequestException, CardException, IdempotencyException, EngineFailureException {
    private static final long serialVersionUID = 1L;

    private final transient ErrorDetails details;

    PaymentEngineException(ErrorDetails details, @Nullable Throwable cause, boolean stackTrace) {
        super(details.message(), cause, false, stackTrace);
        this.details = Objects.requireNonNull(details, "details");
    }

    /**
     * Returns the exception of the right subclass for these details: {@code card_error} gives a
     * {@link CardException}, {@code idempotency_error} an {@link IdempotencyException},
     * {@code api_error} an {@link EngineFailureException}, anything else an
     * {@link InvalidRequestException}.
     *
     * @param details the error details
     * @return the exception of the right subclass for these details: {@code card_error} gives a {@link CardException}, {@code idempotency_error} an {@link IdempotencyException}, {@code api_error} an {@link EngineFailureException}, anything else an {@link InvalidRequestException}
     */
    public static PaymentEngineException of(ErrorDetails details) {
        return switch (details.type()) {
            case CARD_ERROR -> new CardException(details);
            case IDEMPOTENCY_ERROR -> new IdempotencyException(details);
            case API_ERROR -> new EngineFailureException(details, null);
            case INVALID_REQUEST_ERROR -> new InvalidRequestException(details);
        };
    }

    /**
     * Returns the full error content.
     *
     * @return the full error content
     */
    public ErrorDetails details() {
        return details;
    }

    /**
     * Returns the HTTP status Stripe would answer with.
     *
     * @return the HTTP status Stripe would answer with
     */
    public int httpStatus() {
        return details.httpStatus();
    }

    /**
     * Returns Stripe's error type.
     *
     * @return Stripe's error type
     */
    public ErrorType type() {
        return details.type();
    }

    /**
     * Returns Stripe's error code; empty for errors that have none (idempotency errors).
     *
     * @return Stripe's error code; empty for errors that have none (idempotency errors)
     */
    public Optional<ErrorCode> code() {
        return Optional.ofNullable(details.code());
    }

    /**
     * Returns the offending parameter, if any.
     *
     * @return the offending parameter, if any
     */
    public Optional<String> param() {
        return Optional.ofNullable(details.param());
    }

    /**
     * Returns the issuer's decline code, for card errors.
     *
     * @return the issuer's decline code, for card errors
     */
    public Optional<String> declineCode() {
        return Optional.ofNullable(details.declineCode());
    }

    /**
     * Returns the intent involved, as of the error.
     *
     * @return the intent involved, as of the error
     */
    public Optional<PaymentIntent> paymentIntent() {
        return Optional.ofNullable(details.paymentIntent());
    }

    /**
     * Returns the SetupIntent involved, as of the error.
     *
     * @return the SetupIntent involved, or empty
     */
    public Optional<SetupIntent> setupIntent() {
        return Optional.ofNullable(details.setupIntent());
    }

    /**
     * Returns the failed charge, for card errors.
     *
     * @return the failed charge, for card errors
     */
    public Optional<ChargeId> charge() {
        return Optional.ofNullable(details.charge());
    }

    /**
     * Returns whether this error is an idempotent replay of an earlier response.
     *
     * @return whether this error is an idempotent replay of an earlier response
     */
    public boolean isReplayed() {
        return details.replayed();
    }

    @Override
    @SuppressWarnings("OverrideThrowableToString") // getMessage stays the plain Stripe message callers show
    public String toString() {
        return getClass().getSimpleName() + "[" + details.httpStatus() + " " + details.type().wireName()
                + (details.code() == null ? "" : "/" + details.code().wireName())
                + (details.param() == null ? "" : " param=" + details.param()) + "]: " + details.message();
    }
}
