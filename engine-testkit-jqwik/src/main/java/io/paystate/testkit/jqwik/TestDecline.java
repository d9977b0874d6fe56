package io.paystate.testkit.jqwik;

import io.paystate.model.ErrorCode;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A declining test card and the error it gets on confirm (spec B 7.2): HTTP 402 {@code card_error}
 * with this {@code code} and {@code decline_code}, the intent in {@code requires_payment_method}.
 *
 * @param paymentMethod the test payment-method id
 * @param code the error code, e.g. {@code card_declined}
 * @param declineCode the issuer's reason, or null where Stripe sends none
 */
public record TestDecline(String paymentMethod, ErrorCode code, @Nullable String declineCode) {
    private static final List<TestDecline> ALL = List.of(
            new TestDecline("pm_card_visa_chargeDeclined", ErrorCode.CARD_DECLINED, "generic_decline"),
            new TestDecline("pm_card_chargeDeclined", ErrorCode.CARD_DECLINED, "generic_decline"),
            new TestDecline("pm_card_visa_chargeDeclinedInsufficientFunds", ErrorCode.CARD_DECLINED,
                    "insufficient_funds"),
            new TestDecline("pm_card_chargeDeclinedInsufficientFunds", ErrorCode.CARD_DECLINED, "insufficient_funds"),
            new TestDecline("pm_card_visa_chargeDeclinedLostCard", ErrorCode.CARD_DECLINED, "lost_card"),
            new TestDecline("pm_card_chargeDeclinedLostCard", ErrorCode.CARD_DECLINED, "lost_card"),
            new TestDecline("pm_card_visa_chargeDeclinedStolenCard", ErrorCode.CARD_DECLINED, "stolen_card"),
            new TestDecline("pm_card_chargeDeclinedStolenCard", ErrorCode.CARD_DECLINED, "stolen_card"),
            new TestDecline("pm_card_visa_chargeDeclinedVelocityLimitExceeded", ErrorCode.CARD_DECLINED,
                    "card_velocity_exceeded"),
            new TestDecline("pm_card_chargeDeclinedExpiredCard", ErrorCode.EXPIRED_CARD, null),
            new TestDecline("pm_card_chargeDeclinedIncorrectCvc", ErrorCode.INCORRECT_CVC, null),
            new TestDecline("pm_card_chargeDeclinedProcessingError", ErrorCode.PROCESSING_ERROR, null));

    /**
     * Throws {@link NullPointerException} if a required component is null.
     *
     * @param paymentMethod the test payment-method id
     * @param code the error code, e.g. {@code card_declined}
     * @param declineCode the issuer's reason, or null where Stripe sends none
     */
    public TestDecline {
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        Objects.requireNonNull(code, "code");
    }

    /**
     * Returns every declining test card whose codes Stripe documents, one entry per id.
     *
     * @return every declining test card whose codes Stripe documents, one entry per id
     */
    public static List<TestDecline> all() {
        return ALL;
    }
}
