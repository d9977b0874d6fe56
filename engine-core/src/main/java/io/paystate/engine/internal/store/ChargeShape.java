package io.paystate.engine.internal.store;

import io.paystate.model.BillingDetails;
import io.paystate.model.CardExpiry;
import io.paystate.model.Charge;
import io.paystate.model.ChargeStatus;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentIntent;
import io.paystate.model.RefundReason;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an intent's newest charge says that the intent does not: its outcome, flags and the
 * payment method's details, with its amounts as codes relative to the intent's. A charge's id,
 * intent, amount, currency and payment method repeat its intent's, so the in-memory store keeps
 * only this part, and since most charges share it (every hold of a test card has the same one)
 * {@link ChargeShapes} keeps one of each.
 *
 * @param captured how {@code amount_captured} follows: {@link #NONE}, {@link #ALL} or
 *     {@link #RECEIVED} (the intent's {@code amount_received})
 * @param refunded how {@code amount_refunded} follows: {@link #NONE}, or {@link #REMAINDER} (the
 *     amount not captured)
 * @param isCaptured the charge's {@code captured}
 * @param isRefunded the charge's {@code refunded}
 * @param status the charge's status
 * @param failureCode the charge's failure code
 * @param failureMessage the charge's failure message
 * @param declineCode the charge's decline code
 * @param incrementalAuthorizationAvailable the charge's flag of that name
 * @param refundReason the charge's refund reason
 * @param billingDetails the charge's billing details
 * @param cardExpiry the charge's card expiry
 */
record ChargeShape(
        byte captured,
        byte refunded,
        boolean isCaptured,
        boolean isRefunded,
        ChargeStatus status,
        @Nullable ErrorCode failureCode,
        @Nullable String failureMessage,
        @Nullable String declineCode,
        boolean incrementalAuthorizationAvailable,
        @Nullable RefundReason refundReason,
        BillingDetails billingDetails,
        @Nullable CardExpiry cardExpiry) {
    static final byte NONE = 0;
    static final byte ALL = 1;
    static final byte RECEIVED = 2;
    static final byte REMAINDER = 1;

    /**
     * Returns whether {@code charge}, the newest charge of {@code intent}, repeats the intent's
     * id, amount, currency and payment method, so that a shape can stand for it.
     */
    static boolean followsFrom(Charge charge, PaymentIntent intent) {
        return charge.id().equals(intent.latestCharge()) && charge.paymentIntent().equals(intent.id())
                && charge.amount() == intent.amount() && charge.currency().equals(intent.currency())
                && Objects.equals(charge.paymentMethod(), intent.paymentMethod());
    }

    /** Returns the code of the charge's {@code amount_captured}, or -1 when none says it. */
    static byte capturedCode(Charge charge, PaymentIntent intent) {
        if (charge.amountCaptured() == 0) {
            return NONE;
        }
        if (charge.amountCaptured() == charge.amount()) {
            return ALL;
        }
        return charge.amountCaptured() == intent.amountReceived() ? RECEIVED : -1;
    }

    /** Returns the code of the charge's {@code amount_refunded}, or -1 when none says it. */
    static byte refundedCode(Charge charge) {
        if (charge.amountRefunded() == 0) {
            return NONE;
        }
        return charge.amountRefunded() == charge.amount() - charge.amountCaptured() ? REMAINDER : -1;
    }

    /** Returns the shape of a charge with these amount codes. */
    static ChargeShape of(Charge charge, byte captured, byte refunded) {
        return new ChargeShape(captured, refunded, charge.captured(), charge.refunded(), charge.status(),
                charge.failureCode(), charge.failureMessage(), charge.declineCode(),
                charge.incrementalAuthorizationAvailable(), charge.refundReason(), charge.billingDetails(),
                charge.cardExpiry());
    }

    /** Returns whether this is the shape {@link #of} would make of the charge: without making it. */
    boolean matches(Charge charge, byte capturedCode, byte refundedCode) {
        return captured == capturedCode && refunded == refundedCode && isCaptured == charge.captured()
                && isRefunded == charge.refunded() && status == charge.status() && failureCode == charge.failureCode()
                && Objects.equals(failureMessage, charge.failureMessage())
                && Objects.equals(declineCode, charge.declineCode())
                && incrementalAuthorizationAvailable == charge.incrementalAuthorizationAvailable()
                && refundReason == charge.refundReason() && billingDetails.equals(charge.billingDetails())
                && Objects.equals(cardExpiry, charge.cardExpiry());
    }

    /** Returns the {@link #hashCode()} of the shape {@link #of} would make of the charge. */
    static int hash(Charge charge, byte capturedCode, byte refundedCode) {
        return hash(capturedCode, refundedCode, charge.captured(), charge.refunded(), charge.status(),
                charge.failureCode(), charge.failureMessage(), charge.declineCode(),
                charge.incrementalAuthorizationAvailable(), charge.refundReason(), charge.billingDetails(),
                charge.cardExpiry());
    }

    @Override
    public int hashCode() {
        return hash(captured, refunded, isCaptured, isRefunded, status, failureCode, failureMessage, declineCode,
                incrementalAuthorizationAvailable, refundReason, billingDetails, cardExpiry);
    }

    // one parameter per component, as the record's own hashCode reads them; within one JVM only
    private static int hash(byte captured, byte refunded, boolean isCaptured, boolean isRefunded, ChargeStatus status,
            @Nullable ErrorCode failureCode, @Nullable String failureMessage, @Nullable String declineCode,
            boolean incremental, @Nullable RefundReason refundReason, BillingDetails billingDetails,
            @Nullable CardExpiry cardExpiry) {
        int h = captured * 31 + refunded;
        h = h * 31 + (isCaptured ? 2 : 0) + (isRefunded ? 1 : 0);
        h = h * 31 + status.hashCode();
        h = h * 31 + Objects.hashCode(failureCode);
        h = h * 31 + Objects.hashCode(failureMessage);
        h = h * 31 + Objects.hashCode(declineCode);
        h = h * 31 + (incremental ? 1 : 0);
        h = h * 31 + Objects.hashCode(refundReason);
        h = h * 31 + billingDetails.hashCode();
        return h * 31 + Objects.hashCode(cardExpiry);
    }

    /** Returns the charge of this shape for {@code intent}, equal to the one it was taken from. */
    Charge toCharge(PaymentIntent intent, Instant created, @Nullable Instant captureBefore) {
        long amount = intent.amount();
        long amountCaptured = switch (captured) {
            case NONE -> 0;
            case ALL -> amount;
            default -> intent.amountReceived();
        };
        long amountRefunded = refunded == NONE ? 0 : amount - amountCaptured;
        return new Charge(Objects.requireNonNull(intent.latestCharge(), "latest charge"), intent.id(), amount,
                intent.currency(), amountCaptured, amountRefunded, isCaptured, isRefunded, status, failureCode,
                failureMessage, declineCode, intent.paymentMethod(), captureBefore, incrementalAuthorizationAvailable,
                refundReason, created, billingDetails, cardExpiry);
    }
}
