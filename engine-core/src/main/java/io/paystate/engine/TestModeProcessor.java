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
 * The default {@link PaymentProcessor}: Stripe's test payment methods (spec B 7) and the engine's own
 * asynchronous SEPA debits (spec A 9), by {@code pm_...} id and, through
 * {@code payment_method_data}, by card number or IBAN. The table of every method and its outcome is
 * in docs/test-payment-methods.md.
 *
 * <p>Payment methods created from raw details get a fresh {@code pm_} id; only their behaviour and
 * last four digits are kept, never the full number.
 *
 * <p>Thread safety: safe for concurrent use.
 */
public final class TestModeProcessor implements PaymentProcessor {
    /** How long the test SEPA debits stay {@code processing} by default (spec A 9). */
    public static final Duration DEFAULT_SETTLEMENT_DELAY = Duration.ofMinutes(3);

    /** What a test payment method does when confirmed. */
    private enum Behaviour {
        SUCCEED,
        DECLINE,
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
    private record Profile(String type, @Nullable String brand, String last4, Behaviour behaviour,
            AuthorizationOutcome.@Nullable Declined decline) {}

    private static final Map<String, Profile> BY_ID = new HashMap<>();
    private static final Map<String, String> ID_BY_NUMBER = new HashMap<>();
    private static final Map<String, String> ID_BY_IBAN = Map.of(
            "AT321904300235473204", "pm_sepaDebit_success",
            "AT861904300235473202", "pm_sepaDebit_failure");

    private static AuthorizationOutcome.Declined card(ErrorCode code, @Nullable String declineCode, String message) {
        return AuthorizationOutcome.Declined.card(code, declineCode, message);
    }

    private static final AuthorizationOutcome.Declined GENERIC =
            card(ErrorCode.CARD_DECLINED, "generic_decline", "Your card was declined.");
    private static final AuthorizationOutcome.Declined INSUFFICIENT =
            card(ErrorCode.CARD_DECLINED, "insufficient_funds", "Your card has insufficient funds.");
    private static final AuthorizationOutcome.Declined PROCESSING_ERROR = card(ErrorCode.PROCESSING_ERROR, null,
            "An error occurred while processing your card. Try again in a little bit.");
    private static final AuthorizationOutcome.Declined AUTHENTICATION_REQUIRED = card(
            ErrorCode.AUTHENTICATION_REQUIRED, "authentication_required",
            "Your card was declined. This transaction requires authentication.");

    private static void add(String id, @Nullable String number, String brand, Behaviour behaviour,
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
        add("pm_card_chargeCustomerFail", "4000000000000341", "visa", Behaviour.DECLINE, GENERIC);
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

    private static final Map<String, String> ID_BY_BANK_ACCOUNT = Map.of(
            "000123456789", "pm_usBankAccount",
            "000111111113", "pm_usBankAccount_accountClosed",
            "000222222227", "pm_usBankAccount_insufficientFunds");

    private final IdGenerator ids;
    private final Duration settlementDelay;
    private final ConcurrentHashMap<String, Profile> minted = new ConcurrentHashMap<>();
    private final @Nullable AcquirerLog acquirer;

    private TestModeProcessor(IdGenerator ids, Duration settlementDelay, @Nullable AcquirerLog acquirer) {
        this.acquirer = acquirer;
        this.ids = Objects.requireNonNull(ids, "ids");
        this.settlementDelay = Objects.requireNonNull(settlementDelay, "settlementDelay");
        if (settlementDelay.isNegative()) {
            throw new IllegalArgumentException("settlementDelay must not be negative");
        }
    }

    /**
     * Returns a processor with random ids for minted payment methods and a 180 s settlement delay.
     *
     * @return a processor with random ids for minted payment methods and a 180 s settlement delay
     */
    public static TestModeProcessor create() {
        return new TestModeProcessor(IdGenerator.random(), DEFAULT_SETTLEMENT_DELAY, null);
    }

    /**
     * Returns a processor minting payment-method ids with {@code ids} (seed it for reproducible runs)
     * whose asynchronous debits settle {@code settlementDelay} after entering {@code processing}.
     *
     * @param ids the ids
     * @param settlementDelay the settlement delay
     * @return a processor minting payment-method ids with {@code ids} (seed it for reproducible runs) whose asynchronous debits settle {@code settlementDelay} after entering {@code processing}
     */
    public static TestModeProcessor create(IdGenerator ids, Duration settlementDelay) {
        return new TestModeProcessor(ids, settlementDelay, null);
    }

    /**
     * Returns a processor like {@link #create(IdGenerator, Duration)} that also records every
     * approval and funds movement in {@code acquirer}.
     * @param settlementDelay how long asynchronous debits stay processing
     * @param ids mints the ids of created payment methods
     * @param acquirer where approvals and movements are recorded
     * @return a processor like {@link #create(IdGenerator, Duration)} that also records every approval and funds movement in {@code acquirer}
     */
    public static TestModeProcessor recording(IdGenerator ids, Duration settlementDelay, AcquirerLog acquirer) {
        return new TestModeProcessor(ids, settlementDelay, Objects.requireNonNull(acquirer, "acquirer"));
    }

    @Override
    public void capture(FundsMovement movement) {
        record(AcquirerLog.Kind.CAPTURE, movement, null);
    }

    @Override
    public void release(FundsMovement movement, ReleaseReason reason) {
        record(AcquirerLog.Kind.RELEASE, movement, reason);
    }

    @Override
    public void refund(FundsMovement movement) {
        record(AcquirerLog.Kind.REFUND, movement, null);
    }

    private void record(AcquirerLog.Kind kind, FundsMovement movement, @Nullable ReleaseReason reason) {
        if (acquirer != null) {
            acquirer.add(kind, movement, reason);
        }
    }

    private AuthorizationOutcome approved(AuthorizationAttempt attempt, AuthorizationOutcome outcome) {
        if (outcome instanceof AuthorizationOutcome.Authorized) {
            PaymentIntent pi = attempt.intent();
            record(AcquirerLog.Kind.APPROVAL, new FundsMovement(attempt.account(), pi.id(), attempt.attemptId(),
                    pi.amount(), pi.currency()), null);
        }
        return outcome;
    }

    private @Nullable Profile profile(PaymentMethodId id) {
        Profile known = BY_ID.get(id.value());
        return known != null ? known : minted.get(id.value());
    }

    @Override
    public Optional<PaymentMethodDetails> findPaymentMethod(PaymentMethodId id) {
        Profile p = profile(id);
        return p == null ? Optional.empty() : Optional.of(new PaymentMethodDetails(id, p.type(), p.brand(), p.last4()));
    }

    @Override
    public TokenizationResult createPaymentMethod(PaymentMethodData data) {
        Profile profile;
        if (data.type().equals("card")) {
            String number = data.fields().getOrDefault("number", "").replace(" ", "");
            if (number.isEmpty()) {
                return new TokenizationResult.Rejected(ErrorCode.INVALID_NUMBER, "Your card number is incomplete.",
                        "payment_method_data[card][number]");
            }
            String known = ID_BY_NUMBER.get(number);
            if (known != null) {
                profile = BY_ID.get(known);
            } else if (!number.chars().allMatch(Character::isDigit) || number.length() < 13 || number.length() > 19
                    || !luhn(number)) {
                return new TokenizationResult.Rejected(ErrorCode.INCORRECT_NUMBER, "Your card number is incorrect.",
                        "payment_method_data[card][number]");
            } else {
                profile = new Profile("card", brandOf(number), number.substring(number.length() - 4),
                        Behaviour.SUCCEED, null);
            }
        } else if (data.type().equals("sepa_debit")) {
            String iban = data.fields().getOrDefault("iban", "").replace(" ", "");
            String known = ID_BY_IBAN.get(iban);
            if (known == null) {
                return new TokenizationResult.Rejected(ErrorCode.PAYMENT_INTENT_INVALID_PARAMETER,
                        "The IBAN is not one of the test IBANs (AT321904300235473204, AT861904300235473202).",
                        "payment_method_data[sepa_debit][iban]");
            }
            profile = BY_ID.get(known);
        } else if (data.type().equals("us_bank_account")) {
            String known = "110000000".equals(data.fields().get("routing_number"))
                    ? ID_BY_BANK_ACCOUNT.get(data.fields().getOrDefault("account_number", "")) : null;
            if (known == null) {
                return new TokenizationResult.Rejected(ErrorCode.PAYMENT_INTENT_INVALID_PARAMETER,
                        "Use routing number 110000000 with a test account number (000123456789, 000111111113, "
                                + "000222222227).", "payment_method_data[us_bank_account][account_number]");
            }
            profile = BY_ID.get(known);
        } else if (data.type().equals("customer_balance")) {
            profile = BY_ID.get("pm_customerBalance");
        } else {
            return new TokenizationResult.Rejected(ErrorCode.PAYMENT_INTENT_INVALID_PARAMETER,
                    "Test mode cannot create payment methods of type " + data.type() + ".",
                    "payment_method_data[type]");
        }
        if (profile == null) {
            throw new IllegalStateException("the test-mode table lacks a profile for " + data.type());
        }
        PaymentMethodId id = new PaymentMethodId(ids.next(IdKind.PAYMENT_METHOD));
        minted.put(id.value(), profile);
        return new TokenizationResult.Created(
                new PaymentMethodDetails(id, profile.type(), profile.brand(), profile.last4()));
    }

    private static boolean luhn(String number) {
        int sum = 0;
        boolean doubled = false;
        for (int i = number.length() - 1; i >= 0; i--) {
            int digit = number.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static String brandOf(String number) {
        if (number.startsWith("4")) {
            return "visa";
        } else if (number.startsWith("5") || number.startsWith("2")) {
            return "mastercard";
        } else if (number.startsWith("34") || number.startsWith("37")) {
            return "amex";
        } else if (number.startsWith("6011") || number.startsWith("65")) {
            return "discover";
        } else if (number.startsWith("35")) {
            return "jcb";
        } else if (number.startsWith("62")) {
            return "unionpay";
        }
        return "unknown";
    }

    private Profile require(AuthorizationAttempt attempt) {
        Profile p = profile(attempt.paymentMethod().id());
        if (p == null) {
            throw new IllegalArgumentException("unknown test payment method " + attempt.paymentMethod().id());
        }
        return p;
    }

    @Override
    public AuthorizationOutcome authorize(AuthorizationAttempt attempt) {
        return approved(attempt, decide(attempt));
    }

    private AuthorizationOutcome decide(AuthorizationAttempt attempt) {
        Profile p = require(attempt);
        PaymentIntent intent = attempt.intent();
        boolean offSession = attempt.offSession();
        boolean challengeRequested = intent.cardOptions().requestThreeDSecure() == ThreeDSecureRequest.ANY
                || intent.cardOptions().requestThreeDSecure() == ThreeDSecureRequest.CHALLENGE;
        return switch (p.behaviour()) {
            case SUCCEED -> challengeRequested && !offSession && p.type().equals("card")
                    && !"amex".equals(p.brand()) ? new AuthorizationOutcome.RequiresAction(null) : authorized(p, intent);
            case DECLINE -> Objects.requireNonNull(p.decline());
            case AUTHENTICATE -> offSession ? AUTHENTICATION_REQUIRED : new AuthorizationOutcome.RequiresAction(null);
            case AUTHENTICATE_UNLESS_SET_UP -> {
                // B 7.3: once set up for off-session use, off-session payments need no authentication
                if (offSession) {
                    yield setUpForOffSession(intent) ? authorized(p, intent) : AUTHENTICATION_REQUIRED;
                }
                yield new AuthorizationOutcome.RequiresAction(null);
            }
            case AUTHENTICATE_ON_SESSION -> offSession ? authorized(p, intent)
                    : new AuthorizationOutcome.RequiresAction(null);
            case AUTHENTICATE_IF_REQUESTED -> challengeRequested && !offSession
                    ? new AuthorizationOutcome.RequiresAction(null) : authorized(p, intent);
            case ASYNC_SUCCEED, ASYNC_FAIL -> new AuthorizationOutcome.Processing(settlementDelay);
            case MICRODEPOSITS -> new AuthorizationOutcome.RequiresAction(new NextAction.VerifyWithMicrodeposits(
                    attempt.attemptedAt().plus(Duration.ofDays(1)).getEpochSecond(),
                    "https://payments.stripe.test/microdeposit/" + intent.id(), "amounts"));
            case BANK_TRANSFER -> new AuthorizationOutcome.RequiresAction(new NextAction.DisplayBankTransferInstructions(
                    intent.amount(), intent.currency(), "REF-" + intent.id().value().substring(3, 11).toUpperCase(
                            java.util.Locale.ROOT)));
        };
    }

    private static boolean setUpForOffSession(PaymentIntent intent) {
        SetupFutureUsage usage = intent.cardOptions().setupFutureUsage() != null
                ? intent.cardOptions().setupFutureUsage() : intent.setupFutureUsage();
        return usage == SetupFutureUsage.OFF_SESSION;
    }

    private static AuthorizationOutcome authorized(Profile p, PaymentIntent intent) {
        boolean incremental = ("visa".equals(p.brand()) || "mastercard".equals(p.brand()))
                && intent.cardOptions().incrementalAuthorizationRequested();
        boolean extended = p.brand() != null && java.util.Set.of("visa", "mastercard", "amex", "discover")
                .contains(p.brand()) && intent.cardOptions().extendedAuthorizationRequested();
        return new AuthorizationOutcome.Authorized(incremental, extended);
    }

    @Override
    public AuthorizationOutcome afterAuthentication(AuthorizationAttempt attempt) {
        return approved(attempt, decideAfterAuthentication(attempt));
    }

    private AuthorizationOutcome decideAfterAuthentication(AuthorizationAttempt attempt) {
        Profile p = require(attempt);
        if (p.behaviour() == Behaviour.DECLINE || p.decline() != null) {
            return Objects.requireNonNull(p.decline());
        }
        if (p.behaviour() == Behaviour.ASYNC_SUCCEED || p.behaviour() == Behaviour.ASYNC_FAIL
                || p.behaviour() == Behaviour.MICRODEPOSITS) {
            return new AuthorizationOutcome.Processing(settlementDelay);
        }
        return authorized(p, attempt.intent());
    }

    @Override
    public SettlementOutcome settle(AuthorizationAttempt attempt) {
        Profile p = require(attempt);
        if (p.behaviour() == Behaviour.ASYNC_FAIL) {
            return new SettlementOutcome.Failed(ErrorType.INVALID_REQUEST_ERROR,
                    ErrorCode.PAYMENT_INTENT_PAYMENT_ATTEMPT_FAILED,
                    "The payment failed: the bank debit was returned.");
        }
        return new SettlementOutcome.Succeeded();
    }

    @Override
    public IncrementOutcome incrementAuthorization(PaymentIntent intent, Charge charge, long newAmount) {
        if (charge.incrementalAuthorizationAvailable()) {
            return new IncrementOutcome.Approved();
        }
        return new IncrementOutcome.Declined(ErrorCode.CARD_DECLINED, "generic_decline",
                "Your card does not support incremental authorization.");
    }

    @Override
    public String toString() {
        return "TestModeProcessor[settlementDelay=" + settlementDelay + "]";
    }
}
