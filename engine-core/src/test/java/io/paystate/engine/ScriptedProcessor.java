package io.paystate.engine;

import io.paystate.model.Charge;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentMethodId;
import io.paystate.spi.AuthorizationAttempt;
import io.paystate.spi.AuthorizationOutcome;
import io.paystate.spi.IncrementOutcome;
import io.paystate.spi.PaymentMethodData;
import io.paystate.spi.PaymentMethodDetails;
import io.paystate.spi.PaymentProcessor;
import io.paystate.spi.SettlementOutcome;
import io.paystate.spi.TokenizationResult;
import io.paystate.spi.FundsMovement;
import io.paystate.spi.ReleaseReason;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Optional;

/**
 * A processor whose outcome is named by the payment method id, so engine tests control every
 * branch without depending on the test-card table: {@code pm_ok}, {@code pm_decline},
 * {@code pm_3ds} (then succeeds), {@code pm_3ds_decline}, {@code pm_async_ok}, {@code pm_async_fail},
 * {@code pm_increment} (incremental authorization supported), {@code pm_sepa} (type sepa_debit).
 */
public final class ScriptedProcessor implements PaymentProcessor {
    public static final Duration SETTLEMENT = Duration.ofSeconds(180);

    private final AtomicInteger authorizations = new AtomicInteger();
    private final List<String> released = new CopyOnWriteArrayList<>();

    /** Returns how many times {@code authorize} was called. */
    public int authorizations() {
        return authorizations.get();
    }

    /** Returns the attempt ids of every release, in order. */
    public List<String> releasedAttempts() {
        return List.copyOf(released);
    }

    @Override
    public void release(FundsMovement movement, ReleaseReason reason) {
        released.add(movement.attemptId());
    }

    @Override
    public Optional<PaymentMethodDetails> findPaymentMethod(PaymentMethodId id) {
        return switch (id.value()) {
            case "pm_ok", "pm_decline", "pm_3ds", "pm_3ds_decline", "pm_increment" ->
                    Optional.of(new PaymentMethodDetails(id, "card", "visa", "4242"));
            case "pm_async_ok", "pm_async_fail", "pm_sepa" ->
                    Optional.of(new PaymentMethodDetails(id, "sepa_debit", null, "3204"));
            default -> Optional.empty();
        };
    }

    @Override
    public TokenizationResult createPaymentMethod(PaymentMethodData data) {
        return new TokenizationResult.Rejected(ErrorCode.INCORRECT_NUMBER, "Your card number is incorrect.",
                "payment_method_data[card][number]");
    }

    @Override
    public AuthorizationOutcome authorize(AuthorizationAttempt attempt) {
        authorizations.incrementAndGet();
        return switch (attempt.paymentMethod().id().value()) {
            case "pm_decline" -> AuthorizationOutcome.Declined.card(ErrorCode.CARD_DECLINED, "generic_decline",
                    "Your card was declined.");
            case "pm_3ds", "pm_3ds_decline" -> attempt.offSession()
                    ? AuthorizationOutcome.Declined.card(ErrorCode.AUTHENTICATION_REQUIRED, "authentication_required",
                            "Your card was declined. This transaction requires authentication.")
                    : new AuthorizationOutcome.RequiresAction(null);
            case "pm_async_ok", "pm_async_fail", "pm_sepa" -> new AuthorizationOutcome.Processing(SETTLEMENT);
            default -> authorized(attempt);
        };
    }

    private static AuthorizationOutcome authorized(AuthorizationAttempt attempt) {
        boolean incremental = attempt.paymentMethod().id().value().equals("pm_increment")
                && attempt.intent().cardOptions().incrementalAuthorizationRequested();
        return new AuthorizationOutcome.Authorized(incremental, false);
    }

    @Override
    public AuthorizationOutcome afterAuthentication(AuthorizationAttempt attempt) {
        if (attempt.paymentMethod().id().value().equals("pm_3ds_decline")) {
            return AuthorizationOutcome.Declined.card(ErrorCode.CARD_DECLINED, "insufficient_funds",
                    "Your card has insufficient funds.");
        }
        return authorized(attempt);
    }

    @Override
    public SettlementOutcome settle(AuthorizationAttempt attempt) {
        if (attempt.paymentMethod().id().value().equals("pm_async_fail")) {
            return new SettlementOutcome.Failed(ErrorType.INVALID_REQUEST_ERROR,
                    ErrorCode.PAYMENT_INTENT_PAYMENT_ATTEMPT_FAILED, "The payment failed.");
        }
        return new SettlementOutcome.Succeeded();
    }

    @Override
    public IncrementOutcome incrementAuthorization(PaymentIntent intent, Charge charge, long newAmount) {
        return newAmount > 5_000_000 ? new IncrementOutcome.Declined(ErrorCode.CARD_DECLINED, "insufficient_funds",
                "Your card has insufficient funds.") : new IncrementOutcome.Approved();
    }
}
