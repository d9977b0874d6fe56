package io.paystate.engine;

import io.paystate.model.Charge;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.NextAction;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.ThreeDSecureRequest;
import io.paystate.spi.AuthorizationAttempt;
import io.paystate.spi.AuthorizationOutcome;
import io.paystate.spi.FundsMovement;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.IdKind;
import io.paystate.spi.IncrementOutcome;
import io.paystate.spi.PaymentMethodData;
import io.paystate.spi.PaymentMethodDetails;
import io.paystate.spi.PaymentProcessor;
import io.paystate.spi.ReleaseReason;
import io.paystate.spi.SettlementOutcome;
import io.paystate.spi.TokenizationResult;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The table of the test-mode processor: every test payment method Stripe documents, by id, card
 * number and IBAN, with what it does when confirmed. docs/test-payment-methods.md lists the same.
 */
final class TestCards {
    private TestCards() {}

    /** What a test payment method does when confirmed. */
    enum Behaviour {
        SUCCEED,
        DECLINE,
        /** Sets up (attaches) successfully, then every payment declines with {@code decline}. */
        DECLINE_ON_CHARGE,
        /** Needs 3-D Secure on every payment; {@code after} applies once authenticated. */
        AUTHENTICATE,
        /** Needs 3-D Secure on-session unless set up for off-session use. */
        AUTHENTICATE_UNLESS_SET_UP,
        /** Set up already: on-session authenticates, off-session succeeds. */
        AUTHENTICATE_ON_SESSION,
        /** 3-D Secure supported, only done when requested. */
        AUTHENTICATE_IF_REQUESTED,
        ASYNC_SUCCEED,
        ASYNC_FAIL,
        /** A US bank account verified with microdeposits, then debited asynchronously. */
        MICRODEPOSITS,
        /** A customer balance waiting for a bank transfer. */
        BANK_TRANSFER
    }

    /**
     * A test payment method.
     *
     * @param decline the decline of a declining card, or, for a 3-D Secure card, after authentication
     */
    record Profile(String type, @Nullable String brand, String last4, Behaviour behaviour,
            AuthorizationOutcome.@Nullable Declined decline) {}

    static final Map<String, Profile> BY_ID = new HashMap<>();
    static final Map<String, String> ID_BY_NUMBER = new HashMap<>();
    static final Map<String, String> ID_BY_IBAN = Map.of(
            "AT321904300235473204", "pm_sepaDebit_success",
            "AT861904300235473202", "pm_sepaDebit_failure");

    static AuthorizationOutcome.Declined card(ErrorCode code, @Nullable String declineCode, String message) {
        return AuthorizationOutcome.Declined.card(code, declineCode, message);
    }

    static final AuthorizationOutcome.Declined GENERIC =
            card(ErrorCode.CARD_DECLINED, "generic_decline", "Your card was declined.");
    static final AuthorizationOutcome.Declined INSUFFICIENT =
            card(ErrorCode.CARD_DECLINED, "insufficient_funds", "Your card has insufficient funds.");
    static final AuthorizationOutcome.Declined PROCESSING_ERROR = card(ErrorCode.PROCESSING_ERROR, null,
            "An error occurred while processing your card. Try again in a little bit.");
    static final AuthorizationOutcome.Declined AUTHENTICATION_REQUIRED = card(
            ErrorCode.AUTHENTICATION_REQUIRED, "authentication_required",
            "Your card was declined. This transaction requires authentication.");

    /**
     * The fixed test method a card token stands for: Stripe's {@code tok_visa} is the card of
     * {@code pm_card_visa}, and so on; a {@code pm_card_...} id stands for itself.
     */
    static String idOfToken(String token) {
        return token.startsWith("tok_") ? "pm_card_" + token.substring("tok_".length()) : token;
    }

    static void add(String id, @Nullable String number, String brand, Behaviour behaviour,
            AuthorizationOutcome.@Nullable Declined decline) {
        String last4 = number != null ? number.substring(number.length() - 4) : "4242";
        BY_ID.put(id, new Profile("card", brand, last4, behaviour, decline));
        if (number != null) {
            ID_BY_NUMBER.putIfAbsent(number, id);
        }
    }

    static {
        // B 7.1 success
        add("pm_card_visa", "4242424242424242", "visa", Behaviour.SUCCEED, null);
        add("pm_card_visa_debit", "4000056655665556", "visa", Behaviour.SUCCEED, null);
        add("pm_card_mastercard", "5555555555554444", "mastercard", Behaviour.SUCCEED, null);
        add("pm_card_mastercard_debit", "5200828282828210", "mastercard", Behaviour.SUCCEED, null);
        add("pm_card_mastercard_prepaid", "5105105105105100", "mastercard", Behaviour.SUCCEED, null);
        add("pm_card_amex", "378282246310005", "amex", Behaviour.SUCCEED, null);
        add("pm_card_amex_threeDSecureNotSupported", "378282246310005", "amex", Behaviour.SUCCEED, null);
        add("pm_card_discover", "6011111111111117", "discover", Behaviour.SUCCEED, null);
        add("pm_card_diners", "3056930009020004", "diners", Behaviour.SUCCEED, null);
        add("pm_card_jcb", "3566002020360505", "jcb", Behaviour.SUCCEED, null);
        add("pm_card_unionpay", "6200000000000005", "unionpay", Behaviour.SUCCEED, null);
        // B 7.2 declines, with the aliases without "visa_"
        for (String prefix : new String[] {"pm_card_visa_", "pm_card_"}) {
            add(prefix + "chargeDeclined", "4000000000000002", "visa", Behaviour.DECLINE, GENERIC);
            add(prefix + "chargeDeclinedInsufficientFunds", "4000000000009995", "visa", Behaviour.DECLINE, INSUFFICIENT);
            add(prefix + "chargeDeclinedLostCard", "4000000000009987", "visa", Behaviour.DECLINE,
                    card(ErrorCode.CARD_DECLINED, "lost_card", "Your card was declined."));
            add(prefix + "chargeDeclinedStolenCard", "4000000000009979", "visa", Behaviour.DECLINE,
                    card(ErrorCode.CARD_DECLINED, "stolen_card", "Your card was declined."));
            add(prefix + "chargeDeclinedVelocityLimitExceeded", "4000000000006975", "visa", Behaviour.DECLINE,
                    card(ErrorCode.CARD_DECLINED, "card_velocity_exceeded", "Your card was declined for making "
                            + "repeated attempts too frequently or exceeding its amount limit."));
        }
        add("pm_card_chargeDeclinedExpiredCard", "4000000000000069", "visa", Behaviour.DECLINE,
                card(ErrorCode.EXPIRED_CARD, null, "Your card has expired."));
        add("pm_card_chargeDeclinedIncorrectCvc", "4000000000000127", "visa", Behaviour.DECLINE,
                card(ErrorCode.INCORRECT_CVC, null, "Your card's security code is incorrect."));
        add("pm_card_chargeDeclinedProcessingError", "4000000000000119", "visa", Behaviour.DECLINE, PROCESSING_ERROR);
        add("pm_card_chargeCustomerFail", "4000000000000341", "visa", Behaviour.DECLINE_ON_CHARGE, GENERIC);
        // Radar's exact decline code is unconfirmed: a fraudulent-card decline is the documented choice
        add("pm_card_radarBlock", "4100000000000019", "visa", Behaviour.DECLINE,
                card(ErrorCode.CARD_DECLINED, "fraudulent", "Your card was declined."));
        // B 7.3 authentication
        add("pm_card_authenticationRequiredOnSetup", "4000002500003155", "visa",
                Behaviour.AUTHENTICATE_UNLESS_SET_UP, null);
        add("pm_card_authenticationRequired", "4000002760003184", "visa", Behaviour.AUTHENTICATE, null);
        add("pm_card_authenticationRequiredSetupForOffSession", "4000003800000446", "visa",
                Behaviour.AUTHENTICATE_ON_SESSION, null);
        add("pm_card_authenticationRequiredChargeDeclinedInsufficientFunds", "4000008260003178", "visa",
                Behaviour.AUTHENTICATE, INSUFFICIENT);
        add("pm_card_threeDSecure2Required", "4000000000003220", "visa", Behaviour.AUTHENTICATE, null);
        add("pm_card_threeDSecureRequired", "4000000000003063", "visa", Behaviour.AUTHENTICATE, null);
        add("pm_card_threeDSecureRequiredChargeDeclined", "4000008400001629", "visa", Behaviour.AUTHENTICATE, GENERIC);
        add("pm_card_threeDSecureRequiredProcessingError", "4000008400001280", "visa", Behaviour.AUTHENTICATE,
                PROCESSING_ERROR);
        add("pm_card_threeDSecureOptional", "4000000000003055", "visa", Behaviour.AUTHENTICATE_IF_REQUESTED, null);
        // A 9 asynchronous bank debits
        BY_ID.put("pm_sepaDebit_success", new Profile("sepa_debit", null, "3204", Behaviour.ASYNC_SUCCEED, null));
        BY_ID.put("pm_sepaDebit_failure", new Profile("sepa_debit", null, "3202", Behaviour.ASYNC_FAIL, null));
        // US bank accounts (B 7.4): instant verification, microdeposits, and debits that are returned
        BY_ID.put("pm_usBankAccount", new Profile("us_bank_account", null, "6789", Behaviour.ASYNC_SUCCEED, null));
        BY_ID.put("pm_usBankAccount_microdeposits",
                new Profile("us_bank_account", null, "6789", Behaviour.MICRODEPOSITS, null));
        BY_ID.put("pm_usBankAccount_accountClosed",
                new Profile("us_bank_account", null, "1113", Behaviour.ASYNC_FAIL, null));
        BY_ID.put("pm_usBankAccount_insufficientFunds",
                new Profile("us_bank_account", null, "2227", Behaviour.ASYNC_FAIL, null));
        BY_ID.put("pm_customerBalance", new Profile("customer_balance", null, "0000", Behaviour.BANK_TRANSFER, null));
    }

    static final Map<String, String> ID_BY_BANK_ACCOUNT = Map.of(
            "000123456789", "pm_usBankAccount",
            "000111111113", "pm_usBankAccount_accountClosed",
            "000222222227", "pm_usBankAccount_insufficientFunds");
}
