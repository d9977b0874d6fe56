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
import io.paystate.spi.SetupAttempt;
import io.paystate.spi.TokenizationResult;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import io.paystate.engine.TestCards.Behaviour;
import io.paystate.engine.TestCards.Profile;
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
    // the card brands whose holds may be extended when the intent asks for it
    private static final java.util.Set<String> EXTENDED_AUTHORIZATION_BRANDS =
            java.util.Set.of("visa", "mastercard", "amex", "discover");

    // the test methods' details never change (minted ids never take a test method's id): looked up on
    // every create and confirm that names one, so made once instead of a record and an Optional each time
    private static final Map<String, Optional<PaymentMethodDetails>> KNOWN_DETAILS = knownDetails();

    private final IdGenerator ids;
    private final Duration settlementDelay;
    private final ConcurrentHashMap<String, Profile> minted = new ConcurrentHashMap<>();
    // the billing details a minted method was created with: shown on its later charges (after 3-D Secure)
    private final ConcurrentHashMap<String, io.paystate.model.BillingDetails> mintedBilling = new ConcurrentHashMap<>();
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

    private void record(AcquirerLog.Kind kind, FundsMovement movement, @Nullable ReleaseReason reason) {
        if (acquirer != null) {
            acquirer.add(kind, movement, reason);
        }
    }

    private AuthorizationOutcome approved(AuthorizationAttempt attempt, AuthorizationOutcome outcome) {
        // the approval is written down only when there is an acquirer log to write it in
        if (acquirer != null && outcome instanceof AuthorizationOutcome.Authorized) {
            PaymentIntent pi = attempt.intent();
            record(AcquirerLog.Kind.APPROVAL, new FundsMovement(attempt.account(), pi.id(), attempt.attemptId(),
                    pi.amount(), pi.currency()), null);
        }
        return outcome;
    }

    private static Map<String, Optional<PaymentMethodDetails>> knownDetails() {
        Map<String, Optional<PaymentMethodDetails>> details = new HashMap<>();
        TestCards.BY_ID.forEach((id, p) -> details.put(id, Optional.of(
                new PaymentMethodDetails(PaymentMethodId.of(id), p.type(), p.brand(), p.last4()))));
        return Map.copyOf(details);
    }

    private @Nullable Profile profile(PaymentMethodId id) {
        Profile known = TestCards.BY_ID.get(id.value());
        return known != null ? known : minted.get(id.value());
    }

    @Override
    public Optional<PaymentMethodDetails> findPaymentMethod(PaymentMethodId id) {
        Optional<PaymentMethodDetails> known = KNOWN_DETAILS.get(id.value());
        if (known != null) {
            return known;
        }
        Profile p = minted.get(id.value());
        return p == null ? Optional.empty() : Optional.of(new PaymentMethodDetails(id, p.type(), p.brand(), p.last4(),
                null, mintedBilling.get(id.value()), null));
    }

    @Override
    public TokenizationResult createPaymentMethod(PaymentMethodData data) {
        Profile profile;
        if (data.type().equals("card") && data.fields().containsKey("token")) {
            String token = data.fields().get("token");
            profile = TestCards.BY_ID.get(TestCards.idOfToken(token));
            if (profile == null || !profile.type().equals("card")) {
                return new TokenizationResult.Rejected(ErrorCode.RESOURCE_MISSING, "No such token: '" + token + "'",
                        "payment_method_data[card][token]");
            }
        } else if (data.type().equals("card")) {
            String number = data.fields().getOrDefault("number", "").replace(" ", "");
            if (number.isEmpty()) {
                return new TokenizationResult.Rejected(ErrorCode.INVALID_NUMBER, "Your card number is incomplete.",
                        "payment_method_data[card][number]");
            }
            String known = TestCards.ID_BY_NUMBER.get(number);
            if (known != null) {
                profile = TestCards.BY_ID.get(known);
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
            String known = TestCards.ID_BY_IBAN.get(iban);
            if (known == null) {
                return new TokenizationResult.Rejected(ErrorCode.PAYMENT_INTENT_INVALID_PARAMETER,
                        "The IBAN is not one of the test IBANs (AT321904300235473204, AT861904300235473202).",
                        "payment_method_data[sepa_debit][iban]");
            }
            profile = TestCards.BY_ID.get(known);
        } else if (data.type().equals("us_bank_account")) {
            String known = "110000000".equals(data.fields().get("routing_number"))
                    ? TestCards.ID_BY_BANK_ACCOUNT.get(data.fields().getOrDefault("account_number", "")) : null;
            if (known == null) {
                return new TokenizationResult.Rejected(ErrorCode.PAYMENT_INTENT_INVALID_PARAMETER,
                        "Use routing number 110000000 with a test account number (000123456789, 000111111113, "
                                + "000222222227).", "payment_method_data[us_bank_account][account_number]");
            }
            profile = TestCards.BY_ID.get(known);
        } else if (data.type().equals("customer_balance")) {
            profile = TestCards.BY_ID.get("pm_customerBalance");
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
        if (data.billingDetails() != null) {
            mintedBilling.put(id.value(), data.billingDetails());
        }
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
            case DECLINE, DECLINE_ON_CHARGE -> Objects.requireNonNull(p.decline());
            case AUTHENTICATE -> offSession ? TestCards.AUTHENTICATION_REQUIRED : new AuthorizationOutcome.RequiresAction(null);
            case AUTHENTICATE_UNLESS_SET_UP -> {
                // B 7.3: once set up for off-session use, off-session payments need no authentication
                if (offSession) {
                    yield setUpForOffSession(attempt.paymentMethod()) ? authorized(p, intent)
                            : TestCards.AUTHENTICATION_REQUIRED;
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

    // The saved state comes from the engine's stored method (PaymentMethodDetails.setUpFor), never from
    // the intent: an intent's own setup_future_usage sets the card up only once its payment succeeded.
    private static boolean setUpForOffSession(PaymentMethodDetails pm) {
        return pm.setUpFor() == SetupFutureUsage.OFF_SESSION;
    }

    @Override
    public AuthorizationOutcome setUp(SetupAttempt attempt) {
        Profile p = requireSetup(attempt);
        boolean challengeRequested = attempt.setupIntent().requestThreeDSecure() == ThreeDSecureRequest.ANY
                || attempt.setupIntent().requestThreeDSecure() == ThreeDSecureRequest.CHALLENGE;
        return switch (p.behaviour()) {
            // a setup checks the card without charging it: 4000000000000341 attaches, its charges decline
            case SUCCEED, DECLINE_ON_CHARGE, AUTHENTICATE_ON_SESSION -> challengeRequested && p.type().equals("card")
                    && !"amex".equals(p.brand()) ? new AuthorizationOutcome.RequiresAction(null) : setUpDone();
            case DECLINE -> Objects.requireNonNull(p.decline());
            case AUTHENTICATE, AUTHENTICATE_UNLESS_SET_UP -> new AuthorizationOutcome.RequiresAction(null);
            case AUTHENTICATE_IF_REQUESTED -> challengeRequested ? new AuthorizationOutcome.RequiresAction(null)
                    : setUpDone();
            case ASYNC_SUCCEED, ASYNC_FAIL -> new AuthorizationOutcome.Processing(settlementDelay);
            case MICRODEPOSITS -> new AuthorizationOutcome.RequiresAction(new NextAction.VerifyWithMicrodeposits(
                    attempt.attemptedAt().plus(Duration.ofDays(1)).getEpochSecond(),
                    "https://payments.stripe.test/microdeposit/" + attempt.setupIntent().id(), "amounts"));
            case BANK_TRANSFER -> new AuthorizationOutcome.Declined(ErrorType.INVALID_REQUEST_ERROR,
                    ErrorCode.SETUP_INTENT_INVALID_PARAMETER, null,
                    "A customer balance cannot be set up for future payments.", null);
        };
    }

    @Override
    public AuthorizationOutcome afterSetupAuthentication(SetupAttempt attempt) {
        requireSetup(attempt);
        // authentication is the whole of a card setup: the cards that decline payments after
        // authenticating (4000008400001629, 4000008260003178) are set up and decline when charged
        return setUpDone();
    }

    @Override
    public SettlementOutcome settleSetup(SetupAttempt attempt) {
        Profile p = requireSetup(attempt);
        if (p.behaviour() == Behaviour.ASYNC_FAIL) {
            return new SettlementOutcome.Failed(ErrorType.INVALID_REQUEST_ERROR,
                    ErrorCode.SETUP_INTENT_SETUP_ATTEMPT_FAILED,
                    "The setup failed: the bank refused the mandate for this account.");
        }
        return new SettlementOutcome.Succeeded();
    }

    private Profile requireSetup(SetupAttempt attempt) {
        Profile p = profile(attempt.paymentMethod().id());
        if (p == null) {
            throw new IllegalArgumentException("unknown test payment method " + attempt.paymentMethod().id());
        }
        return p;
    }

    private static AuthorizationOutcome setUpDone() {
        return new AuthorizationOutcome.Authorized(false, false);
    }

    private static AuthorizationOutcome authorized(Profile p, PaymentIntent intent) {
        boolean incremental = ("visa".equals(p.brand()) || "mastercard".equals(p.brand()))
                && intent.cardOptions().incrementalAuthorizationRequested();
        boolean extended = p.brand() != null && EXTENDED_AUTHORIZATION_BRANDS.contains(p.brand())
                && intent.cardOptions().extendedAuthorizationRequested();
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
