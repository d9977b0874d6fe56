package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.AccountHolderType;
import io.paystate.model.Address;
import io.paystate.model.AllowRedisplay;
import io.paystate.model.BillingDetails;
import io.paystate.model.CardExpiry;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodEventType;
import io.paystate.model.PaymentMethodId;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.PaymentMethodData;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/payment_methods/:id} beyond metadata: billing details, card expiry, redisplay, holder type. */
final class PaymentMethodUpdateTest {
    private static final BillingDetails JENNY = new BillingDetails(
            new Address("1 Main St", null, "Berlin", null, "10115", "DE"), "jenny@example.com", "Jenny Rosen",
            "+49 30 1234");
    private final TestClock clock = new TestClock();
    private final InMemoryPaymentMethodStore store = new InMemoryPaymentMethodStore();
    private final PaymentEngine engine = PaymentEngine.builder().clock(clock).paymentMethodStore(store)
            .idGenerator(IdGenerator.seeded(5)).build();

    private <T> T run(Request<T> request) {
        return engine.execute(request, RequestOptions.none()).body();
    }

    private PaymentMethod card(Map<String, String> fields, @Nullable BillingDetails billing) {
        return run(new PaymentMethodRequest.Create(new PaymentMethodData("card", fields, billing), Map.of()));
    }

    private PaymentMethod visa() {
        return card(Map.of("number", "4242424242424242", "exp_month", "8", "exp_year", "2030"), JENNY);
    }

    private static PaymentMethodRequest.Update expiry(PaymentMethodId id, @Nullable Integer month,
            @Nullable Integer year) {
        return new PaymentMethodRequest.Update(id, Map.of(), null, month, year, null, null);
    }

    private List<PaymentMethodEventType> types() {
        return store.readLog(0, 100).stream().map(e -> e.event().type()).toList();
    }

    private static void assertCardError(Runnable call, ErrorCode code, String param) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(CardException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(402);
            assertThat(e.details().type()).isEqualTo(ErrorType.CARD_ERROR);
            assertThat(e.code()).contains(code);
            assertThat(e.param()).contains(param);
        });
    }

    @Test
    void create_rawCardWithExpiry_keepsIt_testTokenKeepsTheDefault() {
        assertThat(visa().cardExpiry()).isEqualTo(new CardExpiry(8, 2030));
        PaymentMethod token = run(new PaymentMethodRequest.Create(new PaymentMethodData("card",
                Map.of("token", "tok_visa")), Map.of()));
        assertThat(token.cardExpiry()).isNull();
        assertThat(token.allowRedisplay()).isEqualTo(AllowRedisplay.UNSPECIFIED);
    }

    @Test
    void create_rawCardWithBadOrPastExpiry_isStripesCardErrorAndStoresNothing() {
        assertCardError(() -> card(Map.of("number", "4242424242424242", "exp_month", "13", "exp_year", "2030"), null),
                ErrorCode.INVALID_EXPIRY_MONTH, "exp_month");
        assertCardError(() -> card(Map.of("number", "4242424242424242", "exp_month", "1", "exp_year", "2025"), null),
                ErrorCode.INVALID_EXPIRY_YEAR, "exp_year");
        assertCardError(() -> card(Map.of("number", "4242424242424242", "exp_month", "x", "exp_year", "2030"), null),
                ErrorCode.INVALID_EXPIRY_MONTH, "exp_month");
        assertThat(store.readLog(0, 10)).isEmpty();
    }

    @Test
    void update_cardExpiry_isKeptAndEmitsUpdatedWithIt() {
        PaymentMethod pm = visa();
        PaymentMethod updated = run(expiry(pm.id(), 3, 2031));
        assertThat(updated.cardExpiry()).isEqualTo(new CardExpiry(3, 2031));
        assertThat(run(new PaymentMethodRequest.Retrieve(pm.id()))).isEqualTo(updated);
        assertThat(run(expiry(pm.id(), null, 2032)).cardExpiry()).isEqualTo(new CardExpiry(3, 2032));
        assertThat(types()).containsExactly(PaymentMethodEventType.PAYMENT_METHOD_UPDATED,
                PaymentMethodEventType.PAYMENT_METHOD_UPDATED);
        assertThat(store.readLog(0, 10).get(1).event().paymentMethod().cardExpiry()).isEqualTo(new CardExpiry(3, 2032));
    }

    @Test
    void update_monthOnlyOfATestToken_startsFromTheTestDefault() {
        PaymentMethod token = run(new PaymentMethodRequest.Create(new PaymentMethodData("card",
                Map.of("token", "tok_visa")), Map.of()));
        assertThat(run(expiry(token.id(), 5, null)).cardExpiry()).isEqualTo(new CardExpiry(5, 2034));
    }

    @Test
    void update_badExpiry_namesItsParamChangesNothingAndEmitsNothing() {
        PaymentMethod pm = visa();
        assertCardError(() -> run(expiry(pm.id(), 0, null)), ErrorCode.INVALID_EXPIRY_MONTH, "exp_month");
        assertCardError(() -> run(expiry(pm.id(), 13, 2030)), ErrorCode.INVALID_EXPIRY_MONTH, "exp_month");
        assertCardError(() -> run(expiry(pm.id(), null, 2025)), ErrorCode.INVALID_EXPIRY_YEAR, "exp_year");
        assertCardError(() -> run(expiry(pm.id(), 1, 10_000)), ErrorCode.INVALID_EXPIRY_YEAR, "exp_year");
        clock.advance(java.time.Duration.ofDays(200)); // 2026-07-20: June 2026 is past
        assertCardError(() -> run(expiry(pm.id(), 6, 2026)), ErrorCode.INVALID_EXPIRY_MONTH, "exp_month");
        assertThat(run(new PaymentMethodRequest.Retrieve(pm.id()))).isEqualTo(pm);
        assertThat(types()).isEmpty();
    }

    @Test
    void update_yearOnlyThatMakesTheStoredMonthPast_isInvalidExpiryMonth() {
        PaymentMethod pm = card(Map.of("number", "4242424242424242", "exp_month", "2", "exp_year", "2030"), null);
        clock.advance(java.time.Duration.ofDays(60)); // March 2026
        assertCardError(() -> run(expiry(pm.id(), null, 2026)), ErrorCode.INVALID_EXPIRY_MONTH, "exp_month");
        assertThat(types()).isEmpty();
    }

    @Test
    void update_badExpiry_withIdempotencyKey_isNotRemembered() {
        PaymentMethod pm = visa();
        RequestOptions key = RequestOptions.idempotencyKey("k-1");
        assertThatThrownBy(() -> engine.execute(expiry(pm.id(), 13, null), key)).isInstanceOf(CardException.class);
        PaymentMethod fixed = engine.execute(expiry(pm.id(), 12, null), key).body();
        assertThat(fixed.cardExpiry()).isEqualTo(new CardExpiry(12, 2030));
    }

    @Test
    void update_cardFieldsOnANonCardMethod_isRefusedOnCard() {
        PaymentMethod sepa = run(new PaymentMethodRequest.Create(new PaymentMethodData("sepa_debit",
                Map.of("iban", "AT321904300235473204")), Map.of()));
        assertThatThrownBy(() -> run(expiry(sepa.id(), 1, 2030))).isInstanceOfSatisfying(
                InvalidRequestException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.param()).contains("card");
                });
        assertThatThrownBy(() -> run(new PaymentMethodRequest.Update(sepa.id(), Map.of(), null, null, null, null,
                AccountHolderType.COMPANY))).isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.param()).contains("us_bank_account"));
        assertThat(types()).isEmpty();
    }

    @Test
    void update_billingDetails_mergeFieldByField_emptyClears() {
        PaymentMethod pm = visa();
        PaymentMethod renamed = run(new PaymentMethodRequest.Update(pm.id(), Map.of(), new BillingDetails(
                new Address(null, null, "Hamburg", null, "20095", null), null, "Jenny R.", ""), null, null, null,
                null));
        assertThat(renamed.billingDetails()).isEqualTo(new BillingDetails(
                new Address("1 Main St", null, "Hamburg", null, "20095", "DE"), "jenny@example.com", "Jenny R.",
                null));
        PaymentMethod cleared = run(new PaymentMethodRequest.Update(pm.id(), Map.of(), new BillingDetails(
                new Address("", "", "", "", "", ""), "", "", ""), null, null, null, null));
        assertThat(cleared.billingDetails()).isEqualTo(BillingDetails.NONE);
        assertThat(types()).hasSize(2);
    }

    @Test
    void update_billingDetails_areShownOnLaterCharges() {
        PaymentMethod pm = visa();
        run(new PaymentMethodRequest.Update(pm.id(), Map.of(), new BillingDetails(null, null, "Jenny R.", null), null,
                null, null, null));
        io.paystate.model.PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd")
                .paymentMethod(pm.id().value()).confirm(true).build());
        assertThat(engine.listCharges(pi.id()).data()).singleElement()
                .satisfies(charge -> assertThat(charge.billingDetails().name()).isEqualTo("Jenny R."));
    }

    @Test
    void charges_showTheStoredCardsExpiryWhenCharged_testIdsNone() {
        PaymentMethod pm = visa();
        io.paystate.model.PaymentIntent before = engine.create(CreateParams.builder(1000, "usd")
                .paymentMethod(pm.id().value()).confirm(true).build());
        io.paystate.model.PaymentIntent fixedId = engine.create(CreateParams.builder(1000, "usd")
                .paymentMethod("pm_card_visa").confirm(true).build());
        assertThat(engine.listCharges(before.id()).data()).singleElement()
                .satisfies(charge -> assertThat(charge.cardExpiry()).isEqualTo(new CardExpiry(8, 2030)));
        assertThat(engine.listCharges(fixedId.id()).data()).singleElement()
                .satisfies(charge -> assertThat(charge.cardExpiry()).isNull());
    }

    @Test
    void update_badEmail_isEmailInvalidOnItsParam() {
        PaymentMethod pm = visa();
        assertThatThrownBy(() -> run(new PaymentMethodRequest.Update(pm.id(), Map.of(),
                new BillingDetails(null, "not-an-email", null, null), null, null, null, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.code()).contains(ErrorCode.EMAIL_INVALID);
                    assertThat(e.param()).contains("billing_details[email]");
                });
    }

    @Test
    void update_allowRedisplayAndHolderType_areKept_sameValuesEmitNothing() {
        PaymentMethod bank = run(new PaymentMethodRequest.Create(new PaymentMethodData("us_bank_account",
                Map.of("account_number", "000123456789", "routing_number", "110000000", "account_holder_type",
                        "individual")), Map.of()));
        PaymentMethodRequest.Update update = new PaymentMethodRequest.Update(bank.id(), Map.of(), null, null, null,
                AllowRedisplay.ALWAYS, AccountHolderType.COMPANY);
        PaymentMethod updated = run(update);
        assertThat(updated.allowRedisplay()).isEqualTo(AllowRedisplay.ALWAYS);
        assertThat(updated.accountHolderType()).isEqualTo(AccountHolderType.COMPANY);
        assertThat(run(update)).isEqualTo(updated);
        assertThat(types()).containsExactly(PaymentMethodEventType.PAYMENT_METHOD_UPDATED);
    }
}
