package io.paystate.testkit.engine;

import io.paystate.engine.ActionOutcome;
import io.paystate.engine.CardException;
import io.paystate.engine.ConfirmParams;
import io.paystate.engine.CreateParams;
import io.paystate.engine.CustomerParams;
import io.paystate.engine.CustomerRequest;
import io.paystate.engine.Request;
import io.paystate.engine.RequestOptions;
import io.paystate.engine.SetupIntentCreateParams;
import io.paystate.engine.SetupIntentRequest;
import io.paystate.engine.IncrementAuthorizationParams;
import io.paystate.engine.InvalidRequestException;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentMethodRequest;
import io.paystate.engine.TestModeProcessor;
import io.paystate.testkit.ManualClock;
import io.paystate.testkit.RecordingEventSink;
import io.paystate.testkit.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.AuthorizationRequest;
import io.paystate.model.CardOptions;
import io.paystate.model.Customer;
import io.paystate.model.PaymentMethod;
import io.paystate.model.SetupIntent;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.ThreeDSecureRequest;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.PaymentMethodData;
import io.paystate.spi.TokenizationResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every test payment method of spec B 7 and A 9, through the engine.
 *
 * <p>An engine behaviour test written with the testkit: it lives in the testkit module because
 * engine-core cannot depend on the testkit (the testkit depends on engine-core).
 */
final class TestModeProcessorTest {
    private final TestEngine testEngine = TestEngine.create(5);
    private final ManualClock clock = testEngine.clock();
    private final RecordingEventSink sink = testEngine.sink();
    private final PaymentEngine engine = testEngine.engine();

    private PaymentIntent pay(String pm) {
        return engine.create(CreateParams.builder(1000, "usd").paymentMethod(pm).confirm(true).build());
    }

    @ParameterizedTest
    @CsvSource({"pm_card_visa", "pm_card_visa_debit", "pm_card_mastercard", "pm_card_mastercard_debit",
            "pm_card_mastercard_prepaid", "pm_card_amex", "pm_card_discover", "pm_card_diners", "pm_card_jcb",
            "pm_card_unionpay", "pm_card_threeDSecureOptional", "pm_card_amex_threeDSecureNotSupported"})
    void confirm_successCard_succeeds(String pm) {
        assertThat(pay(pm).status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "pm_card_visa_chargeDeclined, card_declined, generic_decline, Your card was declined.",
            "pm_card_chargeDeclined, card_declined, generic_decline, Your card was declined.",
            "pm_card_visa_chargeDeclinedInsufficientFunds, card_declined, insufficient_funds, Your card has insufficient funds.",
            "pm_card_chargeDeclinedInsufficientFunds, card_declined, insufficient_funds, Your card has insufficient funds.",
            "pm_card_visa_chargeDeclinedLostCard, card_declined, lost_card, Your card was declined.",
            "pm_card_chargeDeclinedLostCard, card_declined, lost_card, Your card was declined.",
            "pm_card_visa_chargeDeclinedStolenCard, card_declined, stolen_card, Your card was declined.",
            "pm_card_chargeDeclinedStolenCard, card_declined, stolen_card, Your card was declined.",
            "pm_card_chargeDeclinedExpiredCard, expired_card, null, Your card has expired.",
            "pm_card_chargeDeclinedIncorrectCvc, incorrect_cvc, null, Your card's security code is incorrect.",
            "pm_card_chargeDeclinedProcessingError, processing_error, null, An error occurred while processing your card. Try again in a little bit.",
            "pm_card_chargeCustomerFail, card_declined, generic_decline, Your card was declined.",
            "pm_card_radarBlock, card_declined, fraudulent, Your card was declined."})
    void confirm_declineCard_isA402WithItsCodes(String pm, String code, String declineCode, String message) {
        assertThatThrownBy(() -> pay(pm)).isInstanceOfSatisfying(CardException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(402);
            assertThat(e.code()).map(ErrorCode::wireName).contains(code);
            assertThat(e.declineCode().orElse(null)).isEqualTo(declineCode);
            assertThat(e.getMessage()).isEqualTo(message);
            PaymentIntent pi = e.paymentIntent().orElseThrow();
            assertThat(pi.status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
            assertThat(pi.lastPaymentError().code().wireName()).isEqualTo(code);
            assertThat(pi.paymentMethod()).isNull();
        });
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "pm_card_threeDSecure2Required, succeeded, null",
            "pm_card_threeDSecureRequired, succeeded, null",
            "pm_card_authenticationRequired, succeeded, null",
            "pm_card_authenticationRequiredOnSetup, succeeded, null",
            "pm_card_authenticationRequiredSetupForOffSession, succeeded, null",
            "pm_card_authenticationRequiredChargeDeclinedInsufficientFunds, requires_payment_method, insufficient_funds",
            "pm_card_threeDSecureRequiredChargeDeclined, requires_payment_method, generic_decline",
            "pm_card_threeDSecureRequiredProcessingError, requires_payment_method, null"})
    void completeAction_threeDSecureCard_appliesThePostAuthenticationOutcome(String pm, String status,
            String declineCode) {
        PaymentIntent pi = pay(pm);
        assertThat(pi.status()).isEqualTo(PaymentIntentStatus.REQUIRES_ACTION);
        PaymentIntent after = engine.completeAction(pi.id(), ActionOutcome.SUCCESS);
        assertThat(after.status().wireName()).isEqualTo(status);
        if (after.lastPaymentError() != null) {
            assertThat(after.lastPaymentError().declineCode()).isEqualTo(declineCode);
        }
    }

    @ParameterizedTest
    @CsvSource({"pm_card_threeDSecure2Required", "pm_card_authenticationRequired", "pm_card_authenticationRequiredOnSetup"})
    void confirm_threeDSecureCardOffSession_isAuthenticationRequired(String pm) {
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").paymentMethod(pm).build());
        assertThatThrownBy(() -> engine.confirm(pi.id(), ConfirmParams.builder().offSession(true).build()))
                .isInstanceOfSatisfying(CardException.class, e -> {
                    assertThat(e.code()).contains(ErrorCode.AUTHENTICATION_REQUIRED);
                    assertThat(e.declineCode()).contains("authentication_required");
                });
    }

    @Test
    void confirm_intentsOwnSetupFutureUsageOffSession_isStillAuthenticationRequired() {
        // the saved state is the stored method's: an intent's own setup_future_usage sets the card up
        // only once its payment went through, so it does not exempt its own off-session confirmation
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd")
                .paymentMethod("pm_card_authenticationRequiredOnSetup").setupFutureUsage(SetupFutureUsage.OFF_SESSION)
                .build());
        assertThatThrownBy(() -> engine.confirm(pi.id(), ConfirmParams.builder().offSession(true).build()))
                .isInstanceOfSatisfying(CardException.class,
                        e -> assertThat(e.code()).contains(ErrorCode.AUTHENTICATION_REQUIRED));
    }

    @Test
    void confirm_cardSetUpBySetupIntentOffSession_succeedsWithoutAuthentication() {
        Customer jenny = engine.execute(new CustomerRequest.Create(CustomerParams.none()), RequestOptions.none())
                .body();
        PaymentMethod card = engine.execute(new PaymentMethodRequest.Create(new PaymentMethodData("card",
                Map.of("number", "4000002500003155")), Map.of()), RequestOptions.none()).body();
        SetupIntent si = engine.execute(new SetupIntentRequest.Create(SetupIntentCreateParams.builder()
                .customer(jenny.id().value()).paymentMethod(card.id().value()).confirm(true).build()),
                RequestOptions.none()).body();
        engine.execute(new SetupIntentRequest.CompleteAction(si.id(), ActionOutcome.SUCCESS), RequestOptions.none());
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").customer(jenny.id().value())
                .paymentMethod(card.id().value()).build());
        assertThat(engine.confirm(pi.id(), ConfirmParams.builder().offSession(true).build()).status())
                .isEqualTo(PaymentIntentStatus.SUCCEEDED);
        PaymentIntent other = engine.create(CreateParams.builder(1000, "usd")
                .paymentMethod("pm_card_authenticationRequiredSetupForOffSession").build());
        assertThat(engine.confirm(other.id(), ConfirmParams.builder().offSession(true).build()).status())
                .isEqualTo(PaymentIntentStatus.SUCCEEDED);
    }

    @Test
    void confirm_threeDSecureOptionalWithRequestAny_requiresAction() {
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_card_threeDSecureOptional")
                .cardOptions(new CardOptions(null, null, null, ThreeDSecureRequest.ANY, null)).confirm(true).build());
        assertThat(pi.status()).isEqualTo(PaymentIntentStatus.REQUIRES_ACTION);
    }

    @Test
    void sepaDebits_settleAfter180Seconds() {
        PaymentIntent ok = engine.create(CreateParams.builder(1000, "eur").paymentMethod("pm_sepaDebit_success")
                .paymentMethodTypes(List.of("sepa_debit")).confirm(true).build());
        PaymentIntent ko = engine.create(CreateParams.builder(1000, "eur").paymentMethod("pm_sepaDebit_failure")
                .paymentMethodTypes(List.of("sepa_debit")).confirm(true).build());
        assertThat(ok.status()).isEqualTo(PaymentIntentStatus.PROCESSING);
        clock.advanceSeconds(179);
        assertThat(engine.retrieve(ok.id()).status()).isEqualTo(PaymentIntentStatus.PROCESSING);
        clock.advanceSeconds(1);
        assertThat(engine.retrieve(ok.id()).status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        PaymentIntent failed = engine.retrieve(ko.id());
        assertThat(failed.status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
        assertThat(failed.lastPaymentError().code()).isEqualTo(ErrorCode.PAYMENT_INTENT_PAYMENT_ATTEMPT_FAILED);
    }

    @Test
    void sepaDebit_withCardOnlyTypes_isIncompatible() {
        assertThatThrownBy(() -> pay("pm_sepaDebit_success")).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> {
                    assertThat(e.code()).contains(ErrorCode.PAYMENT_INTENT_INCOMPATIBLE_PAYMENT_METHOD);
                    assertThat(e.param()).contains("payment_method");
                });
    }

    @Test
    void visaAndMastercard_withIncrementRequested_supportIncrementalAuthorization() {
        for (String pm : List.of("pm_card_visa", "pm_card_mastercard")) {
            PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").paymentMethod(pm)
                    .captureMethod(io.paystate.model.CaptureMethod.MANUAL)
                    .cardOptions(new CardOptions(null, AuthorizationRequest.IF_AVAILABLE, null, null, null))
                    .confirm(true).build());
            assertThat(engine.incrementAuthorization(pi.id(), IncrementAuthorizationParams.amount(1500)).amount())
                    .isEqualTo(1500);
        }
    }

    @Test
    void createPaymentMethod_testNumbers_behaveLikeTheirIds() {
        TestModeProcessor processor = TestModeProcessor.create(IdGenerator.seeded(1), TestModeProcessor.DEFAULT_SETTLEMENT_DELAY);
        TokenizationResult result = processor.createPaymentMethod(new PaymentMethodData("card",
                Map.of("number", "4000000000009995", "exp_month", "12", "exp_year", "2030")));
        assertThat(result).isInstanceOfSatisfying(TokenizationResult.Created.class, c -> {
            assertThat(c.paymentMethod().last4()).isEqualTo("9995");
            assertThat(c.paymentMethod().id().value()).startsWith("pm_");
            assertThat(c.toString()).doesNotContain("4000000000009995");
        });
        assertThat(processor.createPaymentMethod(new PaymentMethodData("card", Map.of("number", "4242424242424241"))))
                .isInstanceOfSatisfying(TokenizationResult.Rejected.class,
                        r -> assertThat(r.code()).isEqualTo(ErrorCode.INCORRECT_NUMBER));
        assertThat(processor.findPaymentMethod(PaymentMethodId.of("pm_nope"))).isEmpty();
    }

    @Test
    void paymentMethodData_declineNumber_declinesThroughTheEngine() {
        assertThatThrownBy(() -> engine.create(CreateParams.builder(1000, "usd").paymentMethodData(
                new PaymentMethodData("card", Map.of("number", "4000000000000002"))).confirm(true).build()))
                .isInstanceOfSatisfying(CardException.class,
                        e -> assertThat(e.declineCode()).contains("generic_decline"));
    }
}
