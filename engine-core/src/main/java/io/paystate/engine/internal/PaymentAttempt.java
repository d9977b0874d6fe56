package io.paystate.engine.internal;

import io.paystate.model.CaptureMethod;
import io.paystate.model.Charge;
import io.paystate.model.ChargeId;
import io.paystate.model.LastPaymentError;
import io.paystate.model.NextAction;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.spi.AuthorizationAttempt;
import io.paystate.spi.AuthorizationOutcome;
import io.paystate.spi.IdKind;
import io.paystate.spi.PaymentMethodDetails;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * One payment attempt: clears the previous error, asks the processor, and applies its decision
 * through the transition table (authorized and captured or held, action required, declined, or
 * processing).
 */
final class PaymentAttempt {
    private static final String HOOKS = "https://hooks.stripe.test/3ds/";

    private final EngineContext engine;
    private final Transitions transitions;
    private final Holds holds;

    PaymentAttempt(EngineContext engine, Transitions transitions, Holds holds) {
        this.engine = engine;
        this.transitions = transitions;
        this.holds = holds;
    }

    /** Runs the attempt; returns the decline to raise after the commit, or null. */
    @Nullable Decline run(Work work, Trigger trigger, PaymentMethodDetails pm, boolean offSession,
            @Nullable String returnUrl) {
        IntentDraft d = work.draft;
        d.lastPaymentError = null;
        d.nextAction = null;
        boolean authenticated = d.authenticated;
        d.authenticated = false;
        // the snapshot the processor sees is the intent as it stands when the attempt starts
        PaymentIntent before = snapshotForAttempt(d);
        AuthorizationAttempt attempt = new AuthorizationAttempt(d.account, before, pm, offSession, work.now);
        d.verificationAttempts = 0;
        d.amountFunded = 0;
        AuthorizationOutcome outcome = authenticated
                ? engine.processor.afterAuthentication(attempt) : engine.processor.authorize(attempt);
        if (authenticated && outcome instanceof AuthorizationOutcome.RequiresAction) {
            throw new IllegalStateException("processor asked for authentication again after authentication");
        }
        return apply(work, trigger, outcome, pm, returnUrl);
    }

    // In requires_action the record demands a next action; the processor sees the intent as it would be
    // without the dropped challenge, so build that view with the status it had before the challenge.
    private static PaymentIntent snapshotForAttempt(IntentDraft d) {
        if (d.status != PaymentIntentStatus.REQUIRES_ACTION) {
            return d.snapshot();
        }
        PaymentIntentStatus status = d.status;
        d.status = PaymentIntentStatus.REQUIRES_CONFIRMATION;
        try {
            return d.snapshot();
        } finally {
            d.status = status;
        }
    }

    private @Nullable Decline apply(Work work, Trigger trigger, AuthorizationOutcome outcome, PaymentMethodDetails pm,
            @Nullable String returnUrl) {
        IntentDraft d = work.draft;
        Instant now = work.now;
        if (outcome instanceof AuthorizationOutcome.Authorized authorized) {
            ChargeId chargeId = newChargeId();
            if (captureMethod(d) == CaptureMethod.MANUAL) {
                Instant expiresAt = holds.deadline(d, pm, authorized.extendedAuthorization());
                Charge charge = Charges.held(chargeId, d, pm.id(), expiresAt,
                        authorized.incrementalAuthorizationSupported(), now);
                transitions.fire(work, trigger, Outcome.HELD, now, x -> {
                    x.charges.add(charge);
                    x.amountCapturable = x.amount;
                    x.expiresAt = expiresAt;
                });
                if (!now.isBefore(expiresAt)) {
                    // authorized at or after the deadline: it expires in the same request
                    holds.expire(work, expiresAt);
                }
            } else {
                Charge charge = Charges.captured(chargeId, d, pm.id(), authorized.incrementalAuthorizationSupported(),
                        now);
                transitions.fire(work, trigger, Outcome.SUCCEEDED, now, x -> {
                    x.charges.add(charge);
                    x.amountReceived = x.amount;
                });
            }
            return null;
        } else if (outcome instanceof AuthorizationOutcome.RequiresAction action) {
            NextAction next = action.nextAction() != null ? action.nextAction()
                    : returnUrl != null ? new NextAction.RedirectToUrl(HOOKS + d.id + "/redirect", returnUrl)
                    : new NextAction.UseStripeSdk("three_d_secure_redirect", HOOKS + d.id + "/authenticate");
            transitions.fire(work, trigger, Outcome.ACTION_REQUIRED, now, x -> x.nextAction = next);
            return null;
        } else if (outcome instanceof AuthorizationOutcome.Declined declined) {
            ChargeId chargeId = newChargeId();
            Charge charge = Charges.failed(chargeId, d, pm.id(), declined.code(), declined.message(),
                    declined.declineCode(), now);
            transitions.fire(work, trigger, Outcome.DECLINED, now, x -> {
                x.charges.add(charge);
                x.lastPaymentError = new LastPaymentError(declined.type(), declined.code(), declined.declineCode(),
                        declined.message(), chargeId, pm.id(), pm.type(), declined.adviceCode());
                // a failed attempt detaches its payment method: a retry must name one
                x.paymentMethod = null;
            });
            return new Decline(declined.code(), declined.declineCode(), declined.message(), chargeId);
        } else if (outcome instanceof AuthorizationOutcome.Processing processing) {
            Charge charge = Charges.pending(newChargeId(), d, pm.id(), now);
            Instant settlesAt = now.plus(processing.settlesAfter()).truncatedTo(ChronoUnit.SECONDS);
            transitions.fire(work, trigger, Outcome.PROCESSING, now, x -> {
                x.charges.add(charge);
                x.settlesAt = settlesAt;
            });
            return null;
        }
        throw new IllegalStateException("unknown authorization outcome " + outcome);
    }

    private ChargeId newChargeId() {
        return new ChargeId(engine.ids.next(IdKind.CHARGE));
    }

    /** The card options' capture method overrides the intent's. */
    static CaptureMethod captureMethod(IntentDraft d) {
        CaptureMethod override = d.cardOptions.captureMethod();
        return override != null ? override : d.captureMethod;
    }
}
