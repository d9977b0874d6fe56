package io.paystate.engine.internal;

import io.paystate.model.AccountId;
import io.paystate.model.ErrorType;
import io.paystate.model.LastSetupError;
import io.paystate.model.NextAction;
import io.paystate.model.PaymentMethodId;
import io.paystate.spi.AuthorizationOutcome;
import io.paystate.spi.IdKind;
import io.paystate.spi.PaymentMethodDetails;
import io.paystate.spi.SettlementOutcome;
import io.paystate.spi.SetupAttempt;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One setup attempt of a SetupIntent: the processor decides (set up, authenticate, decline,
 * processing) before the state machine fires, and the outcome picks the transition, as for payments.
 * A setup moves no money, so nothing is captured or released.
 */
final class SetupAttempts {
    private static final String HOOKS = "https://hooks.stripe.test/3ds/";

    /**
     * The processor's answer kept for the retries of one command after a lost compare-and-set, so
     * the processor is asked once per attempt. Used by one thread.
     */
    static final class Memo {
        private @Nullable String terms;
        private @Nullable AuthorizationOutcome outcome;
        private @Nullable String attemptId;

        AuthorizationOutcome decide(String forTerms, Supplier<AuthorizationOutcome> ask) {
            if (outcome == null || !forTerms.equals(terms)) {
                outcome = ask.get();
                terms = forTerms;
            }
            return outcome;
        }

        String attemptId(Supplier<String> mint) {
            if (attemptId == null) {
                attemptId = mint.get();
            }
            return attemptId;
        }
    }

    private final EngineContext engine;
    private final SetupIntents intents;

    SetupAttempts(EngineContext engine, SetupIntents intents) {
        this.engine = engine;
        this.intents = intents;
    }

    /**
     * Runs a setup attempt on the draft with this method: a fresh attempt on confirm, the
     * post-authentication decision after a passed challenge. Returns the failure to raise once the
     * state is committed, or null.
     */
    SetupIntents.@Nullable SetupFailure run(SetupDraft d, SetupTrigger trigger, PaymentMethodDetails method,
            boolean authenticated, @Nullable String returnUrl, Memo memo) {
        PaymentMethodDetails pm = withSavedState(d.account, method);
        d.lastSetupError = null;
        d.nextAction = null;
        d.verificationAttempts = 0;
        d.paymentMethod = pm.id();
        if (!authenticated || d.latestAttempt == null) {
            d.latestAttempt = memo.attemptId(() -> engine.ids.next(IdKind.SETUP_ATTEMPT));
        }
        String attemptId = Objects.requireNonNull(d.latestAttempt);
        Instant now = engine.now();
        SetupAttempt attempt = new SetupAttempt(attemptId, d.account, d.snapshotForAttempt(), pm, now);
        AuthorizationOutcome outcome = memo.decide(trigger + " " + pm.id() + " " + authenticated,
                () -> engine.gateway.call(() -> authenticated ? engine.processor.afterSetupAuthentication(attempt)
                        : engine.processor.setUp(attempt)));
        if (authenticated && outcome instanceof AuthorizationOutcome.RequiresAction) {
            throw new IllegalStateException("processor asked for authentication again after authentication");
        }
        if (outcome instanceof AuthorizationOutcome.Authorized) {
            intents.fire(d, trigger, Outcome.SUCCEEDED, x -> { });
            return null;
        } else if (outcome instanceof AuthorizationOutcome.RequiresAction action) {
            NextAction next = action.nextAction() != null ? action.nextAction()
                    : returnUrl != null ? new NextAction.RedirectToUrl(HOOKS + d.id + "/redirect", returnUrl)
                    : new NextAction.UseStripeSdk("three_d_secure_redirect", HOOKS + d.id + "/authenticate");
            intents.fire(d, trigger, Outcome.ACTION_REQUIRED, x -> x.nextAction = next);
            return null;
        } else if (outcome instanceof AuthorizationOutcome.Declined declined) {
            intents.fire(d, trigger, Outcome.DECLINED, x -> {
                x.lastSetupError = new LastSetupError(declined.type(), declined.code(), declined.declineCode(),
                        declined.message(), pm.id(), pm.type(), declined.adviceCode());
                x.paymentMethod = null;
            });
            // a card decline is Stripe's 402 card_error; any other refusal a 400
            int status = declined.type() == ErrorType.CARD_ERROR ? 402 : 400;
            return new SetupIntents.SetupFailure(status, declined.type(), declined.code(), declined.declineCode(),
                    declined.message(), declined.type() == ErrorType.CARD_ERROR ? null : "payment_method");
        }
        AuthorizationOutcome.Processing processing = (AuthorizationOutcome.Processing) outcome;
        intents.fire(d, trigger, Outcome.PROCESSING, x -> x.settlesAt = now.plus(processing.settlesAfter()));
        return null;
    }

    /** Applies the settlement of a processing setup that fell due; its events carry the settlement time. */
    void settle(SetupDraft d) {
        PaymentMethodId id = Objects.requireNonNull(d.paymentMethod, "a processing SetupIntent has a payment method");
        Instant at = Objects.requireNonNull(d.settlesAt, "a processing SetupIntent settles at a time");
        PaymentMethodDetails pm = details(id);
        String attemptId = d.latestAttempt != null ? d.latestAttempt : engine.ids.next(IdKind.SETUP_ATTEMPT);
        SetupAttempt attempt = new SetupAttempt(attemptId, d.account, d.snapshot(), pm, at);
        SettlementOutcome outcome = engine.gateway.call(() -> engine.processor.settleSetup(attempt));
        if (outcome instanceof SettlementOutcome.Failed failed) {
            intents.fireAt(d, SetupTrigger.SETTLE, Outcome.DECLINED, at, x -> {
                x.settlesAt = null;
                x.lastSetupError = new LastSetupError(failed.type(), failed.code(), null, failed.message(), pm.id(),
                        pm.type(), null);
                x.paymentMethod = null;
            });
        } else {
            intents.fireAt(d, SetupTrigger.SETTLE, Outcome.SUCCEEDED, at, x -> x.settlesAt = null);
        }
    }

    /** The processor's details of a method; one it does not know is reported as type {@code unknown}. */
    PaymentMethodDetails details(PaymentMethodId id) {
        return engine.gateway.call(() -> engine.processor.findPaymentMethod(id))
                .orElseGet(() -> new PaymentMethodDetails(id, "unknown", null, null));
    }

    private PaymentMethodDetails withSavedState(AccountId account, PaymentMethodDetails pm) {
        return engine.config.paymentMethodStore().find(account, pm.id())
                .map(s -> pm.withSetUpFor(s.paymentMethod().setUpFor())).orElse(pm);
    }
}
