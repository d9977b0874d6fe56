package io.paystate.testkit.engine;

import io.paystate.engine.ApplyCustomerBalanceParams;
import io.paystate.engine.CardException;
import io.paystate.engine.ChargeList;
import io.paystate.engine.ConfirmParams;
import io.paystate.engine.CreateParams;
import io.paystate.engine.InvalidRequestException;
import io.paystate.engine.LineItemList;
import io.paystate.engine.LineItemParams;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.RequestOptions;
import io.paystate.engine.UpdateParams;
import io.paystate.engine.VerifyMicrodepositsParams;
import io.paystate.testkit.ManualClock;
import io.paystate.testkit.RecordingEventSink;
import io.paystate.testkit.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.Charge;
import io.paystate.model.ChargeId;
import io.paystate.model.ChargeStatus;
import io.paystate.model.ErrorCode;
import io.paystate.model.EventType;
import io.paystate.model.LineItem;
import io.paystate.model.NextAction;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 4's remaining endpoints: microdeposits, customer balance, line items, charges.
 *
 * <p>An engine behaviour test written with the testkit: it lives in the testkit module because
 * engine-core cannot depend on the testkit (the testkit depends on engine-core).
 */
final class OtherEndpointsTest {
    private final TestEngine testEngine = TestEngine.create(31);
    private final ManualClock clock = testEngine.clock();
    private final RecordingEventSink sink = testEngine.sink();
    private final PaymentEngine engine = testEngine.engine();
    private final RequestOptions none = RequestOptions.none();

    private PaymentIntent bank(String pm) {
        return engine.create(CreateParams.builder(1000, "usd").paymentMethod(pm)
                .paymentMethodTypes(List.of("us_bank_account")).confirm(true).build());
    }

    @Test
    void microdeposits_rightAmounts_processThenSucceed() {
        PaymentIntent pi = bank("pm_usBankAccount_microdeposits");
        assertThat(pi.status()).isEqualTo(PaymentIntentStatus.REQUIRES_ACTION);
        assertThat(pi.nextAction()).isInstanceOfSatisfying(NextAction.VerifyWithMicrodeposits.class,
                a -> assertThat(a.microdepositType()).isEqualTo("amounts"));
        int mark = sink.mark();
        PaymentIntent verified = engine.verifyMicrodeposits(pi.id(), VerifyMicrodepositsParams.amounts(45, 32), none);
        assertThat(verified.status()).isEqualTo(PaymentIntentStatus.PROCESSING);
        assertThat(sink.typesSince(mark).stream().filter(EventType::isPaymentIntentEvent).toList()).containsExactly(EventType.PAYMENT_INTENT_PROCESSING);
        clock.advanceSeconds(180);
        assertThat(engine.retrieve(pi.id()).status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
    }

    @Test
    void microdeposits_descriptorCode_verifies() {
        PaymentIntent pi = bank("pm_usBankAccount_microdeposits");
        assertThat(engine.verifyMicrodeposits(pi.id(), VerifyMicrodepositsParams.descriptorCode("SM11AA"), none)
                .status()).isEqualTo(PaymentIntentStatus.PROCESSING);
    }

    @Test
    void microdeposits_wrongValues_countUntilTheTenthFails() {
        PaymentIntent pi = bank("pm_usBankAccount_microdeposits");
        for (int i = 1; i < 10; i++) {
            assertThatThrownBy(() -> engine.verifyMicrodeposits(pi.id(), VerifyMicrodepositsParams.amounts(10, 11), none))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                        assertThat(e.code()).contains(ErrorCode.PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_AMOUNTS_MISMATCH);
                        assertThat(e.param()).contains("amounts");
                    });
        }
        assertThatThrownBy(() -> engine.verifyMicrodeposits(pi.id(), VerifyMicrodepositsParams.descriptorCode("SM99ZZ"),
                none)).isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.code())
                        .contains(ErrorCode.PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_ATTEMPTS_EXCEEDED));
        PaymentIntent failed = engine.retrieve(pi.id());
        assertThat(failed.status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
        assertThat(failed.lastPaymentError().code())
                .isEqualTo(ErrorCode.PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_ATTEMPTS_EXCEEDED);
    }

    @Test
    void microdeposits_afterTheWindow_timeOut() {
        PaymentIntent pi = bank("pm_usBankAccount_microdeposits");
        clock.advance(Duration.ofDays(11));
        assertThatThrownBy(() -> engine.verifyMicrodeposits(pi.id(), VerifyMicrodepositsParams.amounts(32, 45), none))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.code())
                        .contains(ErrorCode.PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_TIMEOUT));
        assertThat(engine.retrieve(pi.id()).status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
    }

    @Test
    void microdeposits_invalidAmounts_areRejectedWithoutCounting() {
        PaymentIntent pi = bank("pm_usBankAccount_microdeposits");
        assertThatThrownBy(() -> engine.verifyMicrodeposits(pi.id(), new VerifyMicrodepositsParams(List.of(32L), null),
                none)).isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.code())
                        .contains(ErrorCode.PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_AMOUNTS_INVALID));
        assertThat(engine.retrieve(pi.id())).isEqualTo(pi);
    }

    @Test
    void microdeposits_onACardIntent_isWrongState() {
        PaymentIntent card = engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_card_threeDSecure2Required")
                .confirm(true).build());
        assertThatThrownBy(() -> engine.verifyMicrodeposits(card.id(), VerifyMicrodepositsParams.amounts(32, 45), none))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.code()).contains(ErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE));
    }

    @Test
    void bankDebit_returned_failsAtSettlement() {
        PaymentIntent pi = bank("pm_usBankAccount_insufficientFunds");
        clock.advanceSeconds(180);
        assertThat(engine.retrieve(pi.id()).status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
    }

    @Test
    void customerBalance_partialThenFull_fundsAndSucceeds() {
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_customerBalance")
                .paymentMethodTypes(List.of("customer_balance")).confirm(true).build());
        assertThat(pi.nextAction()).isInstanceOfSatisfying(NextAction.DisplayBankTransferInstructions.class,
                a -> assertThat(a.amountRemaining()).isEqualTo(1000));
        int mark = sink.mark();
        PaymentIntent partial = engine.applyCustomerBalance(pi.id(), ApplyCustomerBalanceParams.amount(300), none);
        assertThat(partial.status()).isEqualTo(PaymentIntentStatus.REQUIRES_ACTION);
        assertThat(((NextAction.DisplayBankTransferInstructions) partial.nextAction()).amountRemaining()).isEqualTo(700);
        assertThatThrownBy(() -> engine.applyCustomerBalance(pi.id(), ApplyCustomerBalanceParams.amount(701), none))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.param()).contains("amount"));
        assertThatThrownBy(() -> engine.applyCustomerBalance(pi.id(), new ApplyCustomerBalanceParams(100L, "eur"), none))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.param()).contains("currency"));
        PaymentIntent full = engine.applyCustomerBalance(pi.id(), ApplyCustomerBalanceParams.remaining(), none);
        assertThat(full.status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(full.amountReceived()).isEqualTo(1000);
        assertThat(sink.typesSince(mark).stream().filter(EventType::isPaymentIntentEvent).toList()).containsExactly(EventType.PAYMENT_INTENT_PARTIALLY_FUNDED,
                EventType.PAYMENT_INTENT_SUCCEEDED);
    }

    @Test
    void lineItems_storedAtCreateReplacedAtUpdateAndPaged() {
        List<LineItemParams> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lines.add(LineItemParams.of("item " + i, 100, 1 + i));
        }
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").lineItems(lines).build());
        assertThat(pi.lineItems()).hasSize(12).allSatisfy(l -> assertThat(l.id()).startsWith("uli_"));
        LineItemList first = engine.listLineItems(pi.id(), 5, null, none);
        assertThat(first.data()).extracting(LineItem::productName).containsExactly("item 0", "item 1", "item 2",
                "item 3", "item 4");
        assertThat(first.hasMore()).isTrue();
        LineItemList last = engine.listLineItems(pi.id(), 10, pi.lineItems().get(9).id(), none);
        assertThat(last.data()).extracting(LineItem::productName).containsExactly("item 10", "item 11");
        assertThat(last.hasMore()).isFalse();
        PaymentIntent replaced = engine.update(pi.id(), UpdateParams.builder()
                .lineItems(List.of(LineItemParams.of("only", 1000, 1))).build());
        assertThat(replaced.lineItems()).singleElement().satisfies(l -> assertThat(l.productName()).isEqualTo("only"));
        assertThatThrownBy(() -> engine.listLineItems(pi.id(), 5, "uli_nope", none))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.param()).contains("starting_after"));
    }

    @Test
    void lineItems_missingFieldsOrTooMany_areRejectedNamingTheField() {
        assertThatThrownBy(() -> engine.create(CreateParams.builder(1000, "usd")
                .lineItems(List.of(new LineItemParams(null, 100L, 1L, null, null, null))).build()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.code()).contains(ErrorCode.PARAMETER_MISSING);
                    assertThat(e.param()).contains("amount_details[line_items][0][product_name]");
                });
        List<LineItemParams> many = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            many.add(LineItemParams.of("x", 1, 1));
        }
        assertThatThrownBy(() -> engine.create(CreateParams.builder(1000, "usd").lineItems(many).build()))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.param()).contains("amount_details[line_items]"));
    }

    @Test
    void charges_listedNewestFirstAndRetrievable() {
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").build());
        assertThatThrownBy(() -> engine.confirm(pi.id(), ConfirmParams.withPaymentMethod("pm_card_chargeDeclined")))
                .isInstanceOf(CardException.class);
        PaymentIntent paid = engine.confirm(pi.id(), ConfirmParams.withPaymentMethod("pm_card_visa"));
        ChargeList charges = engine.listCharges(pi.id(), none);
        assertThat(charges.data()).extracting(Charge::status).containsExactly(ChargeStatus.SUCCEEDED, ChargeStatus.FAILED);
        assertThat(charges.data().get(0).id()).isEqualTo(paid.latestCharge());
        assertThat(engine.retrieveCharge(pi.id(), paid.latestCharge(), none).amountCaptured()).isEqualTo(1000);
        assertThatThrownBy(() -> engine.retrieveCharge(pi.id(), ChargeId.of("ch_nope"), none))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.httpStatus()).isEqualTo(404));
    }
}
