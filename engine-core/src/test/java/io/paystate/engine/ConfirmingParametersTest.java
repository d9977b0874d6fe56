package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.CaptureMethod;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.EventType;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.model.RecordedFields;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.PaymentMethodData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The parameters a confirmation, a capture, an increment and an update carry beside their own:
 * {@code error_on_requires_action}, {@code amount_to_confirm}, {@code payment_method_types},
 * {@code amount_details}, {@code payment_details}, {@code excluded_payment_method_types} and
 * {@code payment_method_data} on update.
 */
final class ConfirmingParametersTest {
    private final RecordingSink sink = new RecordingSink();
    private final PaymentEngine engine = PaymentEngine.builder().clock(new TestClock()).eventSink(sink)
            .idGenerator(IdGenerator.seeded(21)).build();

    private PaymentIntent open(String paymentMethod) {
        return engine.create(CreateParams.builder(2000, "usd").paymentMethod(paymentMethod).build());
    }

    @Test
    void confirm_errorOnRequiresActionWith3dsCard_failsWithoutChargeOrAction() {
        PaymentIntent pi = open("pm_card_threeDSecureRequired");
        int before = sink.size();

        assertThatThrownBy(() -> engine.confirm(pi.id(), ConfirmParams.builder().errorOnRequiresAction(true).build()))
                .isInstanceOfSatisfying(CardException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(402);
                    assertThat(e.type()).isEqualTo(ErrorType.CARD_ERROR);
                    assertThat(e.code()).contains(ErrorCode.PAYMENT_INTENT_ACTION_REQUIRED);
                    assertThat(e.charge()).isEmpty();
                });

        PaymentIntent after = engine.retrieve(pi.id());
        assertThat(after.status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
        assertThat(after.nextAction()).isNull();
        assertThat(after.latestCharge()).isNull();
        assertThat(after.paymentMethod()).isNull();
        assertThat(after.lastPaymentError()).isNotNull();
        assertThat(after.lastPaymentError().code()).isEqualTo(ErrorCode.PAYMENT_INTENT_ACTION_REQUIRED);
        assertThat(after.lastPaymentError().paymentMethod()).isNotNull();
        assertThat(engine.listCharges(pi.id()).data()).isEmpty();
        assertThat(sink.intentTypesSince(before)).containsExactly(EventType.PAYMENT_INTENT_PAYMENT_FAILED);
    }

    @Test
    void confirm_errorOnRequiresActionWithFrictionlessCard_succeeds() {
        PaymentIntent pi = open("pm_card_visa");

        PaymentIntent confirmed = engine.confirm(pi.id(), ConfirmParams.builder().errorOnRequiresAction(true).build());

        assertThat(confirmed.status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
    }

    @Test
    void create_errorOnRequiresActionWithConfirm_failsTheAttempt() {
        assertThatThrownBy(() -> engine.create(CreateParams.builder(2000, "usd")
                .paymentMethod("pm_card_threeDSecureRequired").confirm(true).errorOnRequiresAction(true).build()))
                .isInstanceOfSatisfying(CardException.class, e -> {
                    assertThat(e.code()).contains(ErrorCode.PAYMENT_INTENT_ACTION_REQUIRED);
                    assertThat(e.paymentIntent()).hasValueSatisfying(pi ->
                            assertThat(pi.status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD));
                });
    }

    @Test
    void create_errorOnRequiresActionWithoutConfirm_isRefusedAndStoresNothing() {
        int before = sink.size();

        assertThatThrownBy(() -> engine.create(CreateParams.builder(2000, "usd").errorOnRequiresAction(false).build()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e ->
                        assertThat(e.param()).contains("error_on_requires_action"));

        assertThat(sink.size()).isEqualTo(before);
        assertThat(engine.list(ListParams.firstPage()).data()).isEmpty();
    }

    @Test
    void confirm_amountToConfirm_chargesThatAmountAndMakesItTheIntents() {
        PaymentIntent pi = engine.create(CreateParams.builder(2000, "usd").paymentMethod("pm_card_visa")
                .captureMethod(CaptureMethod.MANUAL).build());

        PaymentIntent confirmed = engine.confirm(pi.id(), ConfirmParams.builder().amountToConfirm(2150).build());

        assertThat(confirmed.status()).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
        assertThat(confirmed.amount()).isEqualTo(2150);
        assertThat(confirmed.amountCapturable()).isEqualTo(2150);
        assertThat(engine.listCharges(pi.id()).data()).singleElement()
                .satisfies(charge -> assertThat(charge.amount()).isEqualTo(2150));
    }

    @Test
    void confirm_amountToConfirmBelowTheCurrencyMinimum_isRefusedAndChangesNothing() {
        PaymentIntent pi = open("pm_card_visa");
        int before = sink.size();

        assertThatThrownBy(() -> engine.confirm(pi.id(), ConfirmParams.builder().amountToConfirm(49).build()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.code()).contains(ErrorCode.AMOUNT_TOO_SMALL);
                    assertThat(e.param()).contains("amount_to_confirm");
                });

        assertThat(engine.retrieve(pi.id())).isEqualTo(pi);
        assertThat(sink.size()).isEqualTo(before);
    }

    @Test
    void confirm_zeroAmountToConfirm_isRefusedBeforeTheIntentIsRead() {
        PaymentIntent pi = open("pm_card_visa");

        assertThatThrownBy(() -> engine.confirm(pi.id(), ConfirmParams.builder().amountToConfirm(0).build()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e ->
                        assertThat(e.param()).contains("amount_to_confirm"));
    }

    @Test
    void confirm_paymentMethodTypes_replaceTheIntentsBeforeTheAttempt() {
        PaymentIntent pi = engine.create(CreateParams.builder(2000, "eur").paymentMethodTypes(List.of("card")).build());

        PaymentIntent confirmed = engine.confirm(pi.id(), ConfirmParams.builder()
                .paymentMethodTypes(List.of("card", "sepa_debit"))
                .paymentMethodData(new PaymentMethodData("sepa_debit", Map.of("iban", "AT321904300235473204")))
                .build());

        assertThat(confirmed.paymentMethodTypes()).containsExactly("card", "sepa_debit");
        assertThat(confirmed.status()).isEqualTo(PaymentIntentStatus.PROCESSING);
    }

    @Test
    void confirm_paymentMethodTypesWithoutTheMethodsType_isRefusedAndChangesNothing() {
        PaymentIntent pi = open("pm_card_visa");

        assertThatThrownBy(() -> engine.confirm(pi.id(),
                ConfirmParams.builder().paymentMethodTypes(List.of("sepa_debit")).build()))
                .isInstanceOf(InvalidRequestException.class);

        assertThat(engine.retrieve(pi.id())).isEqualTo(pi);
    }

    @Test
    void confirm_lineItemsAndPaymentDetails_areStoredWithTheAttempt() {
        PaymentIntent pi = open("pm_card_visa");
        RecordedFields details = new RecordedFields(null, null, null, null, null, List.of("sepa_debit"), "cust-7",
                "order-9");

        PaymentIntent confirmed = engine.confirm(pi.id(), ConfirmParams.builder()
                .lineItems(List.of(LineItemParams.of("Socks", 1000, 2))).recorded(details).build());

        assertThat(confirmed.lineItems()).singleElement().satisfies(line -> {
            assertThat(line.productName()).isEqualTo("Socks");
            assertThat(line.quantity()).isEqualTo(2);
        });
        assertThat(confirmed.recorded().customerReference()).isEqualTo("cust-7");
        assertThat(confirmed.recorded().orderReference()).isEqualTo("order-9");
        assertThat(confirmed.recorded().excludedPaymentMethodTypes()).containsExactly("sepa_debit");
    }

    @Test
    void capture_lineItemsAndPaymentDetails_areAppliedWithTheCapture() {
        PaymentIntent pi = engine.create(CreateParams.builder(2000, "usd").paymentMethod("pm_card_visa")
                .captureMethod(CaptureMethod.MANUAL).confirm(true).build());
        RecordedFields details = new RecordedFields(null, null, null, null, null, List.of(), null, "order-1");

        PaymentIntent captured = engine.capture(pi.id(), new CaptureParams(null, null, Map.of(), null, null, null, null,
                List.of(LineItemParams.of("Hat", 2000, 1)), details));

        assertThat(captured.status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(captured.lineItems()).extracting(io.paystate.model.LineItem::productName).containsExactly("Hat");
        assertThat(captured.recorded().orderReference()).isEqualTo("order-1");
    }

    @Test
    void capture_lineItemWithoutName_isRefusedNamingItsParamAndChangesNothing() {
        PaymentIntent pi = engine.create(CreateParams.builder(2000, "usd").paymentMethod("pm_card_visa")
                .captureMethod(CaptureMethod.MANUAL).confirm(true).build());

        assertThatThrownBy(() -> engine.capture(pi.id(), new CaptureParams(null, null, Map.of(), null, null, null,
                null, List.of(new LineItemParams(null, 100L, 1L, null, null, null)), null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e ->
                        assertThat(e.param()).hasValueSatisfying(p -> assertThat(p).startsWith("amount_details")));

        assertThat(engine.retrieve(pi.id()).status()).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
    }

    @Test
    void incrementAuthorization_paymentDetails_areRecorded() {
        PaymentIntent pi = engine.create(CreateParams.builder(2000, "usd")
                .paymentMethod("pm_card_visa").captureMethod(CaptureMethod.MANUAL)
                .cardOptions(new io.paystate.model.CardOptions(null,
                        io.paystate.model.AuthorizationRequest.IF_AVAILABLE, null, null, null)).confirm(true)
                .build());
        RecordedFields details = new RecordedFields(null, null, null, null, null, List.of(), "c-1", null);

        PaymentIntent raised = engine.incrementAuthorization(pi.id(), new IncrementAuthorizationParams(3000L, null,
                Map.of(), null, null, null, null, details));

        assertThat(raised.amount()).isEqualTo(3000);
        assertThat(raised.recorded().customerReference()).isEqualTo("c-1");
    }

    @Test
    void update_paymentMethodData_createsAMethodAndAttachesIt() {
        PaymentIntent pi = engine.create(CreateParams.builder(2000, "usd").build());

        PaymentIntent updated = engine.update(pi.id(), UpdateParams.builder()
                .paymentMethodData(new PaymentMethodData("card", Map.of("number", "4242424242424242",
                        "exp_month", "12", "exp_year", "2034", "cvc", "123")))
                .build());

        assertThat(updated.paymentMethod()).isNotNull();
        assertThat(updated.status()).isEqualTo(PaymentIntentStatus.REQUIRES_CONFIRMATION);
        assertThat(engine.confirm(pi.id(), ConfirmParams.none()).status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
    }

    @Test
    void update_paymentMethodAndPaymentMethodData_areExclusive() {
        PaymentIntent pi = engine.create(CreateParams.builder(2000, "usd").build());

        assertThatThrownBy(() -> engine.update(pi.id(), UpdateParams.builder().paymentMethod("pm_card_visa")
                .paymentMethodData(new PaymentMethodData("card", Map.of("number", "4242424242424242"))).build()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.code()).contains(ErrorCode.PARAMETERS_EXCLUSIVE);
                    assertThat(e.param()).contains("payment_method_data");
                });

        assertThat(engine.retrieve(pi.id())).isEqualTo(pi);
    }
}
