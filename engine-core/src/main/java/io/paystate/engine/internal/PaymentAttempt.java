package io.paystate.engine.internal;

import io.paystate.model.CaptureMethod;
import io.paystate.model.Charge;
import io.paystate.model.ChargeId;
import io.paystate.model.Currency;
import io.paystate.model.ErrorCode;
import io.paystate.model.LastPaymentError;
import io.paystate.model.NextAction;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.model.PaymentMethodId;
import io.paystate.spi.AuthorizationAttempt;
import io.paystate.spi.FundsMovement;
import io.paystate.spi.AuthorizationOutcome;
import io.paystate.spi.IdKind;
import io.paystate.spi.PaymentMethodDetails;
import io.paystate.spi.StoredPaymentMethod;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One payment attempt: clears the previous error, asks the processor, and applies its decision
 * through the transition table (authorized and captured or held, action required, declined, or
 * processing).
 */
final class PaymentAttempt {
    private static final String HOOKS = "https://hooks.stripe.test/3ds/";

    /** What an authorization is asked for: a re-run with other terms asks the processor again. */
    private record Terms(long amount, Currency currency, PaymentMethodId paymentMethod, boolean offSession,
            Trigger trigger) {}

    private final EngineContext engine;
    private final Transitions transitions;
    private final Holds holds;
    private final Orphans orphans;

    PaymentAttempt(EngineContext engine, Transitions transitions, Holds holds, Orphans orphans) {
        this.engine = engine;
        this.transitions = transitions;
        this.holds = holds;
        this.orphans = orphans;
    }

    /**
     * Runs the attempt; returns the decline to raise after the commit, or null. With
     * {@code errorOnRequiresAction}, an attempt the processor answers with a challenge fails at once
     * ({@code payment_intent_action_required}) instead of waiting for the customer.
     */
    @Nullable Decline run(Work work, Trigger trigger, PaymentMethodDetails pm, boolean offSession,
            @Nullable String returnUrl, boolean errorOnRequiresAction) {
        IntentDraft d = work.draft;
        pm = withSavedState(work.call, d.account, pm);
        d.lastPaymentError = null;
        d.nextAction = null;
        boolean authenticated = d.authenticated;
        d.authenticated = false;
        // the snapshot the processor sees is the intent as it stands when the attempt starts
        PaymentIntent before = snapshotForAttempt(d);
        d.verificationAttempts = 0;
        d.amountFunded = 0;
        Decisions.Decided<AuthorizationOutcome> decided = decide(work, before, pm, offSession, authenticated, trigger);
        AuthorizationOutcome outcome = decided.outcome();
        if (authenticated && outcome instanceof AuthorizationOutcome.RequiresAction) {
            throw new IllegalStateException("processor asked for authentication again after authentication");
        }
        if (outcome instanceof AuthorizationOutcome.Authorized) {
            work.call.decisions().approved(approval(decided.attemptId(), d));
        }
        if (errorOnRequiresAction && outcome instanceof AuthorizationOutcome.RequiresAction) {
            return actionNotHandled(work, trigger, pm);
        }
        return apply(work, trigger, outcome, pm, returnUrl, new ChargeId(decided.attemptId()));
    }

    /**
     * The processor decides on the stored method's state (set up for off-session use or not), which
     * only the engine's payment-method store knows; the fixed test ids are never stored. The charge
     * shows the stored method's billing details and card expiry: they start as the ones it was
     * created with, and a payment-method update changes them there only.
     */
    private PaymentMethodDetails withSavedState(Call call, io.paystate.model.AccountId account,
            PaymentMethodDetails pm) {
        // the reuse check of this request read it already (and refused another account's)
        Optional<StoredPaymentMethod> stored = call.checked(pm.id()) ? Optional.ofNullable(call.checkedMethod())
                : engine.config.paymentMethodStore().find(account, pm.id());
        return stored
                .map(s -> pm.withSetUpFor(s.paymentMethod().setUpFor())
                        .withBillingDetails(s.paymentMethod().billingDetails())
                        .withCardExpiry(s.paymentMethod().cardExpiry()))
                .orElse(pm);
    }

    /**
     * Asks the processor, once per request for these terms: a retry after a lost race re-applies the
     * answer. A call that fails or times out may have approved at the processor, so its attempt is
     * released by id before the failure is answered (a 500 that changed nothing).
     */
    private Decisions.Decided<AuthorizationOutcome> decide(Work work, PaymentIntent before, PaymentMethodDetails pm,
            boolean offSession, boolean authenticated, Trigger trigger) {
        IntentDraft d = work.draft;
        Terms terms = new Terms(d.amount, d.currency, pm.id(), offSession, trigger);
        String[] minted = new String[1];
        try {
            return work.call.decisions().decide(authenticated ? "after_authentication" : "authorize", terms,
                    () -> minted[0] = engine.ids.next(IdKind.CHARGE),
                    attemptId -> engine.gateway.call(() -> {
                        AuthorizationAttempt attempt =
                                new AuthorizationAttempt(attemptId, d.account, before, pm, offSession, work.now);
                        return authenticated ? engine.processor.afterAuthentication(attempt)
                                : engine.processor.authorize(attempt);
                    }));
        } catch (ProcessorGateway.NotReached e) {
            throw Errors.failure("The payment processor could not be reached; nothing changed.", e);
        } catch (RuntimeException e) {
            if (minted[0] != null) {
                orphans.release(List.of(approval(minted[0], d)));
            }
            if (e instanceof ProcessorGateway.TimeoutFailure) {
                throw Errors.failure("The payment processor did not answer in time; the attempt was released "
                        + "and nothing changed.", e);
            }
            throw e;
        }
    }

    private static FundsMovement approval(String attemptId, IntentDraft d) {
        return new FundsMovement(d.account, d.id, attemptId, d.amount, d.currency);
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
            @Nullable String returnUrl, ChargeId chargeId) {
        IntentDraft d = work.draft;
        Instant now = work.now;
        if (outcome instanceof AuthorizationOutcome.Authorized authorized) {
            if (captureMethod(d) == CaptureMethod.MANUAL) {
                Instant expiresAt = holds.deadline(d, pm, authorized.extendedAuthorization());
                Charge charge = Charges.held(chargeId, d, pm, expiresAt,
                        authorized.incrementalAuthorizationSupported(), now);
                transitions.fire(work, trigger, Outcome.HELD, now, x -> {
                    x.addCharge(charge);
                    x.amountCapturable = x.amount;
                    x.expiresAt = expiresAt;
                });
                if (!now.isBefore(expiresAt)) {
                    // authorized at or after the deadline: it expires in the same request
                    holds.expire(work, expiresAt);
                }
            } else {
                Charge charge = Charges.captured(chargeId, d, pm, authorized.incrementalAuthorizationSupported(),
                        now);
                transitions.fire(work, trigger, Outcome.SUCCEEDED, now, x -> {
                    x.addCharge(charge);
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
            Charge charge = Charges.failed(chargeId, d, pm, declined.code(), declined.message(),
                    declined.declineCode(), now);
            transitions.fire(work, trigger, Outcome.DECLINED, now, x -> {
                x.addCharge(charge);
                x.lastPaymentError = new LastPaymentError(declined.type(), declined.code(), declined.declineCode(),
                        declined.message(), chargeId, pm.id(), pm.type(), declined.adviceCode());
                // a failed attempt detaches its payment method: a retry must name one
                x.paymentMethod = null;
            });
            return new Decline(declined.code(), declined.declineCode(), declined.message(), chargeId);
        } else if (outcome instanceof AuthorizationOutcome.Processing processing) {
            Charge charge = Charges.pending(chargeId, d, pm, now);
            Instant settlesAt = now.plus(processing.settlesAfter()).truncatedTo(ChronoUnit.SECONDS);
            transitions.fire(work, trigger, Outcome.PROCESSING, now, x -> {
                x.addCharge(charge);
                x.settlesAt = settlesAt;
            });
            return null;
        }
        throw new IllegalStateException("unknown authorization outcome " + outcome);
    }

    static final String ACTION_REQUIRED_MESSAGE = "This payment required an authentication action to complete, but "
            + "`error_on_requires_action` was set. When you're ready, you can upgrade your integration to handle "
            + "actions at https://stripe.com/docs/payments/payment-intents/upgrade-to-handle-actions.";

    /**
     * The challenge came before any authorization, so no charge is made: the attempt fails with the
     * payment method detached, as a decline does.
     */
    private Decline actionNotHandled(Work work, Trigger trigger, PaymentMethodDetails pm) {
        transitions.fire(work, trigger, Outcome.AUTHENTICATION_FAILED, work.now, x -> {
            x.lastPaymentError = new LastPaymentError(io.paystate.model.ErrorType.CARD_ERROR,
                    ErrorCode.PAYMENT_INTENT_ACTION_REQUIRED, null, ACTION_REQUIRED_MESSAGE, null, pm.id(), pm.type(),
                    null);
            x.paymentMethod = null;
        });
        return new Decline(ErrorCode.PAYMENT_INTENT_ACTION_REQUIRED, null, ACTION_REQUIRED_MESSAGE, null);
    }

    /** The card options' capture method overrides the intent's. */
    static CaptureMethod captureMethod(IntentDraft d) {
        CaptureMethod override = d.cardOptions.captureMethod();
        return override != null ? override : d.captureMethod;
    }
}
