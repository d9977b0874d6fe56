package io.paystate.testkit.tck;

import io.paystate.model.AccountId;
import io.paystate.model.CaptureMethod;
import io.paystate.model.CardOptions;
import io.paystate.model.ConfirmationMethod;
import io.paystate.model.Currency;
import io.paystate.model.CustomerId;
import io.paystate.model.NextAction;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.spi.StoredIntent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds valid stored intents for contract tests and host fixtures. */
public final class Fixtures {
    private Fixtures() {}

    /**
     * Returns a not-yet-stored intent (version 0) in {@code requires_payment_method}.
     *
     * @param customer the customer, or null
     */
    public static StoredIntent newIntent(AccountId account, String id, long createdEpochSecond,
            @Nullable String customer, long amount) {
        PaymentIntent pi = intent(id, createdEpochSecond, customer, amount, PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
        return new StoredIntent(account, pi, List.of(), 0, 0, null, null, false, 0, 0, 0, 0);
    }

    /** Returns a copy of {@code stored} held in {@code requires_capture} until {@code expiresAt}. */
    public static StoredIntent held(StoredIntent stored, Instant expiresAt) {
        PaymentIntent p = stored.intent();
        PaymentIntent pi = new PaymentIntent(p.id(), p.clientSecret(), p.amount(), p.amount(), 0, p.currency(),
                PaymentIntentStatus.REQUIRES_CAPTURE, CaptureMethod.MANUAL, p.confirmationMethod(), null, null,
                p.created(), p.customer(), p.description(), p.metadata(), null, null, null, null,
                p.paymentMethodTypes(), p.cardOptions(), null, null, null, null, null, List.of(), false);
        return new StoredIntent(stored.account(), pi, stored.charges(), stored.version(), stored.ordinal(), expiresAt,
                null, false, 0, stored.eventSequence(), 0, 0);
    }

    /** Returns a copy of {@code stored} with another description (a change that keeps every invariant). */
    public static StoredIntent described(StoredIntent stored, String description) {
        PaymentIntent p = stored.intent();
        PaymentIntent pi = new PaymentIntent(p.id(), p.clientSecret(), p.amount(), p.amountCapturable(),
                p.amountReceived(), p.currency(), p.status(), p.captureMethod(), p.confirmationMethod(),
                p.cancellationReason(), p.canceledAt(), p.created(), p.customer(), description, p.metadata(),
                p.lastPaymentError(), p.nextAction(), p.latestCharge(), p.paymentMethod(), p.paymentMethodTypes(),
                p.cardOptions(), p.receiptEmail(), p.setupFutureUsage(), p.statementDescriptor(),
                p.statementDescriptorSuffix(), p.shipping(), p.lineItems(), p.livemode());
        return new StoredIntent(stored.account(), pi, stored.charges(), stored.version(), stored.ordinal(),
                stored.expiresAt(), stored.settlesAt(), stored.authenticated(), stored.incrementAttempts(),
                stored.eventSequence(), stored.verificationAttempts(), stored.amountFunded());
    }

    private static PaymentIntent intent(String id, long created, @Nullable String customer, long amount,
            PaymentIntentStatus status) {
        NextAction none = null;
        return new PaymentIntent(PaymentIntentId.of(id), id + "_secret_test", amount, 0, 0, Currency.of("usd"), status,
                CaptureMethod.AUTOMATIC_ASYNC, ConfirmationMethod.AUTOMATIC, null, null, Instant.ofEpochSecond(created),
                customer == null ? null : CustomerId.of(customer), null, Map.of(), null, none, null, null,
                List.of("card"), CardOptions.NONE, null, null, null, null, null, List.of(), false);
    }
}
