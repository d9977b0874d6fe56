package io.paystate.engine.internal;

import io.paystate.model.BillingDetails;
import io.paystate.model.Charge;
import io.paystate.model.ChargeId;
import io.paystate.model.ChargeStatus;
import io.paystate.model.ErrorCode;
import io.paystate.model.RefundReason;
import io.paystate.spi.PaymentMethodDetails;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The charge records of each step of a payment: new attempts and what later steps make of them. */
final class Charges {
    private Charges() {}

    static Charge held(ChargeId id, IntentDraft d, PaymentMethodDetails pm, Instant expiresAt, boolean incremental,
            Instant now) {
        return new Charge(id, d.id, d.amount, d.currency, 0, 0, false, false, ChargeStatus.SUCCEEDED, null, null, null,
                pm.id(), expiresAt, incremental, null, now, billing(pm), pm.cardExpiry());
    }

    static Charge captured(ChargeId id, IntentDraft d, PaymentMethodDetails pm, boolean incremental, Instant now) {
        return new Charge(id, d.id, d.amount, d.currency, d.amount, 0, true, false, ChargeStatus.SUCCEEDED, null, null,
                null, pm.id(), null, incremental, null, now, billing(pm), pm.cardExpiry());
    }

    static Charge failed(ChargeId id, IntentDraft d, PaymentMethodDetails pm, ErrorCode code, String message,
            @Nullable String declineCode, Instant now) {
        return new Charge(id, d.id, d.amount, d.currency, 0, 0, false, false, ChargeStatus.FAILED, code, message,
                declineCode, pm.id(), null, false, null, now, billing(pm), pm.cardExpiry());
    }

    static Charge pending(ChargeId id, IntentDraft d, PaymentMethodDetails pm, Instant now) {
        return new Charge(id, d.id, d.amount, d.currency, 0, 0, false, false, ChargeStatus.PENDING, null, null, null,
                pm.id(), null, false, null, now, billing(pm), pm.cardExpiry());
    }

    private static BillingDetails billing(PaymentMethodDetails pm) {
        BillingDetails given = pm.billingDetails();
        return given == null ? BillingDetails.NONE : given;
    }

    /** A pending charge whose asynchronous payment failed. */
    static Charge settledFailed(Charge c, ErrorCode code, String message) {
        return new Charge(c.id(), c.paymentIntent(), c.amount(), c.currency(), 0, 0, false, false, ChargeStatus.FAILED,
                code, message, null, c.paymentMethod(), null, false, null, c.created(), c.billingDetails(), c.cardExpiry());
    }

    /** A pending charge whose asynchronous payment succeeded and is held for manual capture. */
    static Charge settledHeld(Charge c, Instant captureBefore) {
        return new Charge(c.id(), c.paymentIntent(), c.amount(), c.currency(), 0, 0, false, false,
                ChargeStatus.SUCCEEDED, null, null, null, c.paymentMethod(), captureBefore, false, null,
                c.created(), c.billingDetails(), c.cardExpiry());
    }

    /** A pending charge whose asynchronous payment succeeded and was captured. */
    static Charge settledCaptured(Charge c, long amount) {
        return new Charge(c.id(), c.paymentIntent(), c.amount(), c.currency(), amount, 0, true, false,
                ChargeStatus.SUCCEEDED, null, null, null, c.paymentMethod(), null, false, null, c.created(),
                c.billingDetails(), c.cardExpiry());
    }

    /** A held charge captured for {@code amount}; the uncaptured remainder is recorded as refunded. */
    static Charge capturedPart(Charge held, long amount) {
        return new Charge(held.id(), held.paymentIntent(), held.amount(), held.currency(), amount,
                held.amount() - amount, true, false, ChargeStatus.SUCCEEDED, null, null, null, held.paymentMethod(),
                held.captureBefore(), held.incrementalAuthorizationAvailable(), null, held.created(),
                held.billingDetails(), held.cardExpiry());
    }

    /** A held charge whose authorization was raised to {@code amount}. */
    static Charge incremented(Charge held, long amount) {
        return new Charge(held.id(), held.paymentIntent(), amount, held.currency(), 0, 0, false, false, held.status(),
                null, null, null, held.paymentMethod(), held.captureBefore(), true, null, held.created(),
                held.billingDetails(), held.cardExpiry());
    }

    /** Releases a held authorization: nothing capturable, the charge refunded in full. */
    static void releaseHold(IntentDraft d, @Nullable RefundReason reason) {
        Charge held = Objects.requireNonNull(d.latestCharge(), "held without a charge");
        d.replaceLatestCharge(new Charge(held.id(), held.paymentIntent(), held.amount(), held.currency(), 0,
                held.amount(), false, true, held.status(), held.failureCode(), held.failureMessage(),
                held.declineCode(), held.paymentMethod(), held.captureBefore(), held.incrementalAuthorizationAvailable(),
                reason, held.created(), held.billingDetails(), held.cardExpiry()));
        d.amountCapturable = 0;
        d.expiresAt = null;
    }
}
