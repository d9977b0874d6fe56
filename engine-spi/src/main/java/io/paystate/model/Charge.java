package io.paystate.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One payment attempt of an intent as Stripe records it: a Charge. A successful manual-capture
 * authorization is a charge with {@code captured=false}; capture, release and expiry update it.
 *
 * @param id the charge id
 * @param paymentIntent the intent it belongs to
 * @param amount the amount authorized (or attempted), minor units
 * @param currency the currency
 * @param amountCaptured how much was captured
 * @param amountRefunded how much was refunded or released
 * @param captured whether the charge was captured
 * @param refunded whether the charge was refunded in full
 * @param status succeeded, pending or failed
 * @param failureCode the error code of a failed charge
 * @param failureMessage the message of a failed charge
 * @param declineCode the issuer's decline code of a failed card charge
 * @param paymentMethod the payment method charged
 * @param captureBefore when an uncaptured authorization expires
 * @param incrementalAuthorizationAvailable whether the authorization may be incremented
 * @param refundReason the reason of the refund that released or refunded the charge, if any
 * @param created when the charge was created
 * @param billingDetails the billing details of the payment method charged
 * @param cardExpiry the card's expiry when the charge was made, for a stored card method that
 *     has one; null shows the test cards' default
 */
public record Charge(
        ChargeId id,
        PaymentIntentId paymentIntent,
        long amount,
        Currency currency,
        long amountCaptured,
        long amountRefunded,
        boolean captured,
        boolean refunded,
        ChargeStatus status,
        @Nullable ErrorCode failureCode,
        @Nullable String failureMessage,
        @Nullable String declineCode,
        @Nullable PaymentMethodId paymentMethod,
        @Nullable Instant captureBefore,
        boolean incrementalAuthorizationAvailable,
        @Nullable RefundReason refundReason,
        Instant created,
        BillingDetails billingDetails,
        @Nullable CardExpiry cardExpiry) {
    /**
     * Throws {@link IllegalArgumentException} if the amounts are inconsistent.
     *
     * @param id the charge id
     * @param paymentIntent the intent it belongs to
     * @param amount the amount authorized (or attempted), minor units
     * @param currency the currency
     * @param amountCaptured how much was captured
     * @param amountRefunded how much was refunded or released
     * @param captured whether the charge was captured
     * @param refunded whether the charge was refunded in full
     * @param status succeeded, pending or failed
     * @param failureCode the error code of a failed charge
     * @param failureMessage the message of a failed charge
     * @param declineCode the issuer's decline code of a failed card charge
     * @param paymentMethod the payment method charged
     * @param captureBefore when an uncaptured authorization expires
     * @param incrementalAuthorizationAvailable whether the authorization may be incremented
     * @param refundReason the reason of the refund that released or refunded the charge, if any
     * @param created when the charge was created
     * @param billingDetails the billing details of the payment method charged ({@link BillingDetails#NONE}
     *     when it had none; null reads as that)
     * @param cardExpiry the stored card's expiry when the charge was made, or null
     */
    public Charge {
        // a charge stored before billing details were kept reads back without them
        billingDetails = billingDetails == null ? BillingDetails.NONE : billingDetails;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(paymentIntent, "paymentIntent");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(created, "created");
        if (amount < 0 || amountCaptured < 0 || amountRefunded < 0) {
            throw new IllegalArgumentException("charge amounts must not be negative");
        }
        if (amountCaptured > amount || amountRefunded > amount) {
            throw new IllegalArgumentException("charge captured or refunded more than its amount");
        }
        if (status == ChargeStatus.FAILED && failureCode == null) {
            throw new IllegalArgumentException("a failed charge needs a failure code");
        }
    }

    /**
     * Creates a charge without a stored card's expiry: it shows the test cards' default.
     *
     * @param id the charge id
     * @param paymentIntent the intent
     * @param amount the amount authorized or charged
     * @param currency the currency
     * @param amountCaptured the amount captured
     * @param amountRefunded the amount refunded or released
     * @param captured whether the charge was captured
     * @param refunded whether the charge was refunded in full
     * @param status succeeded, pending or failed
     * @param failureCode the error code of a failed charge
     * @param failureMessage the message of a failed charge
     * @param declineCode the issuer's decline code of a failed card charge
     * @param paymentMethod the payment method charged
     * @param captureBefore when an uncaptured authorization expires
     * @param incrementalAuthorizationAvailable whether the authorization may be incremented
     * @param refundReason the reason of the refund that released or refunded the charge, if any
     * @param created when the charge was created
     * @param billingDetails the billing details of the payment method charged
     */
    public Charge(ChargeId id, PaymentIntentId paymentIntent, long amount, Currency currency, long amountCaptured,
            long amountRefunded, boolean captured, boolean refunded, ChargeStatus status,
            @Nullable ErrorCode failureCode, @Nullable String failureMessage, @Nullable String declineCode,
            @Nullable PaymentMethodId paymentMethod, @Nullable Instant captureBefore,
            boolean incrementalAuthorizationAvailable, @Nullable RefundReason refundReason, Instant created,
            BillingDetails billingDetails) {
        this(id, paymentIntent, amount, currency, amountCaptured, amountRefunded, captured, refunded, status,
                failureCode, failureMessage, declineCode, paymentMethod, captureBefore,
                incrementalAuthorizationAvailable, refundReason, created, billingDetails, null);
    }

    /**
     * Creates a charge of a payment method without billing details.
     *
     * @param id the charge id
     * @param paymentIntent the intent it belongs to
     * @param amount the amount authorized (or attempted), minor units
     * @param currency the currency
     * @param amountCaptured how much was captured
     * @param amountRefunded how much was refunded or released
     * @param captured whether the charge was captured
     * @param refunded whether the charge was refunded in full
     * @param status succeeded, pending or failed
     * @param failureCode the error code of a failed charge
     * @param failureMessage the message of a failed charge
     * @param declineCode the decline code of a declined charge
     * @param paymentMethod the payment method charged
     * @param captureBefore until when an uncaptured charge can be captured
     * @param incrementalAuthorizationAvailable whether the authorization can be incremented
     * @param refundReason the reason of the refund that released or refunded the charge, if any
     * @param created when the charge was created
     */
    public Charge(ChargeId id, PaymentIntentId paymentIntent, long amount, Currency currency, long amountCaptured,
            long amountRefunded, boolean captured, boolean refunded, ChargeStatus status,
            @Nullable ErrorCode failureCode, @Nullable String failureMessage, @Nullable String declineCode,
            @Nullable PaymentMethodId paymentMethod, @Nullable Instant captureBefore,
            boolean incrementalAuthorizationAvailable, @Nullable RefundReason refundReason, Instant created) {
        this(id, paymentIntent, amount, currency, amountCaptured, amountRefunded, captured, refunded, status,
                failureCode, failureMessage, declineCode, paymentMethod, captureBefore,
                incrementalAuthorizationAvailable, refundReason, created, BillingDetails.NONE);
    }

    /**
     * Returns the amount still held: authorized but neither captured nor released.
     *
     * @return the amount still held: authorized but neither captured nor released
     */
    public long amountHeld() {
        return status == ChargeStatus.SUCCEEDED && !captured ? amount - amountRefunded : 0;
    }
}
