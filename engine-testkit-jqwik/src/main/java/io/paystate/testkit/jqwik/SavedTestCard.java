package io.paystate.testkit.jqwik;

import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentIntentStatus;
import org.jspecify.annotations.Nullable;

/**
 * The test cards for saving a card and charging it later (Stripe's "saved cards" test cards), with
 * what the test-mode processor does with each: when set up, and when charged on and off session.
 * See {@code docs/test-payment-methods.md} and {@code docs/setup-intents.md}.
 *
 * <p>Thread safety: immutable.
 */
public enum SavedTestCard {
    /** {@code 4242424242424242}: sets up at once, every charge succeeds. */
    PLAIN("4242424242424242"),
    /**
     * {@code 4000002500003155}: 3-D Secure to set up and on session; off session it succeeds only
     * once set up for {@code off_session}, else 402 {@code authentication_required}.
     */
    AUTHENTICATE_UNLESS_SET_UP("4000002500003155"),
    /** {@code 4000002760003184}: 3-D Secure to set up and on session; off session always 402 {@code authentication_required}. */
    ALWAYS_AUTHENTICATE("4000002760003184"),
    /** {@code 4000000000000341}: sets up and attaches at once; every charge declines with {@code card_declined}. */
    ATTACH_THEN_DECLINE("4000000000000341");

    private final String number;

    SavedTestCard(String number) {
        this.number = number;
    }

    /**
     * Returns the card number, for {@code card[number]} of {@code POST /v1/payment_methods}.
     *
     * @return the test card number
     */
    public String number() {
        return number;
    }

    /**
     * Returns whether a SetupIntent with this card asks for 3-D Secure ({@code requires_action}).
     *
     * @return true for the two authenticating cards
     */
    public boolean authenticatesToSetUp() {
        return this == AUTHENTICATE_UNLESS_SET_UP || this == ALWAYS_AUTHENTICATE;
    }

    /**
     * Returns the status a confirmed charge of this card ends in (before any 3-D Secure answer):
     * {@code succeeded}, {@code requires_action} (a challenge on session) or
     * {@code requires_payment_method} (declined with a 402).
     *
     * @param offSession whether the charge is {@code off_session}
     * @param setUpForOffSession whether the stored method was set up for {@code off_session}
     * @return the expected status
     */
    public PaymentIntentStatus chargeStatus(boolean offSession, boolean setUpForOffSession) {
        return switch (this) {
            case PLAIN -> PaymentIntentStatus.SUCCEEDED;
            case AUTHENTICATE_UNLESS_SET_UP -> !offSession ? PaymentIntentStatus.REQUIRES_ACTION
                    : setUpForOffSession ? PaymentIntentStatus.SUCCEEDED : PaymentIntentStatus.REQUIRES_PAYMENT_METHOD;
            case ALWAYS_AUTHENTICATE -> offSession ? PaymentIntentStatus.REQUIRES_PAYMENT_METHOD
                    : PaymentIntentStatus.REQUIRES_ACTION;
            case ATTACH_THEN_DECLINE -> PaymentIntentStatus.REQUIRES_PAYMENT_METHOD;
        };
    }

    /**
     * Returns the code of the 402 a declined charge gets, or null when {@link #chargeStatus} is not
     * {@code requires_payment_method}.
     *
     * @param offSession whether the charge is {@code off_session}
     * @param setUpForOffSession whether the stored method was set up for {@code off_session}
     * @return {@code authentication_required}, {@code card_declined}, or null
     */
    public @Nullable ErrorCode declineCode(boolean offSession, boolean setUpForOffSession) {
        if (chargeStatus(offSession, setUpForOffSession) != PaymentIntentStatus.REQUIRES_PAYMENT_METHOD) {
            return null;
        }
        return this == ATTACH_THEN_DECLINE ? ErrorCode.CARD_DECLINED : ErrorCode.AUTHENTICATION_REQUIRED;
    }
}
