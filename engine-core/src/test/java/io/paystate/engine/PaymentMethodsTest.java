package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.Customer;
import io.paystate.model.CustomerId;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodEvent;
import io.paystate.model.PaymentMethodEventType;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.PaymentMethodUsage;
import io.paystate.model.SetupFutureUsage;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.LoggedPaymentMethodEvent;
import io.paystate.spi.PaymentMethodData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class PaymentMethodsTest {
    private static final String SPENT = "The provided PaymentMethod was previously used with a PaymentIntent without "
            + "Customer attachment, shared with a connected account without Customer attachment, or was detached from a "
            + "Customer. It may not be used again. To use a PaymentMethod multiple times, you must attach it to a "
            + "Customer first.";
    private final InMemoryPaymentMethodStore store = new InMemoryPaymentMethodStore();
    private final PaymentEngine engine = PaymentEngine.builder().clock(new TestClock()).paymentMethodStore(store).requireKnownCustomers()
            .idGenerator(IdGenerator.seeded(11)).build();

    private <T> T run(Request<T> request) {
        return engine.execute(request, RequestOptions.none()).body();
    }

    private PaymentMethod card(String number) {
        return run(new PaymentMethodRequest.Create(new PaymentMethodData("card", Map.of("number", number,
                "exp_month", "12", "exp_year", "2034", "cvc", "123")), Map.of("k", "v")));
    }

    private Customer customer() {
        return run(new CustomerRequest.Create(CustomerParams.none()));
    }

    private PaymentMethod attach(PaymentMethod pm, Customer c) {
        return run(new PaymentMethodRequest.Attach(pm.id(), c.id().value()));
    }

    private PaymentIntent pay(PaymentMethod pm, Customer c) {
        CreateParams.Builder b = CreateParams.builder(1000, "usd").paymentMethod(pm.id().value()).confirm(true);
        if (c != null) {
            b.customer(c.id().value());
        }
        return engine.create(b.build());
    }

    private List<PaymentMethodEventType> types() {
        return store.readLog(0, 100).stream().map(LoggedPaymentMethodEvent::event).toList().stream().map(PaymentMethodEvent::type).toList();
    }

    private static void assertRefused(Runnable call, String param, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(400);
            assertThat(e.param()).contains(param);
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    void billingDetails_givenWithTheMethod_areKeptAndShownOnItsCharges() {
        io.paystate.model.BillingDetails jenny = new io.paystate.model.BillingDetails(
                new io.paystate.model.Address("1 Main St", null, "Berlin", null, "10115", "DE"), "jenny@example.com",
                "Jenny Rosen", "+49 30 1234");
        PaymentMethod stored = run(new PaymentMethodRequest.Create(new PaymentMethodData("card",
                Map.of("number", "4242424242424242"), jenny), Map.of()));
        PaymentIntent paidWithStored = pay(stored, null);
        PaymentIntent paidWithData = engine.create(CreateParams.builder(1000, "usd").paymentMethodData(
                new PaymentMethodData("card", Map.of("number", "4242424242424242"), jenny)).confirm(true).build());
        PaymentIntent paidWithoutDetails = pay(card("4242424242424242"), null);

        assertThat(stored.billingDetails()).isEqualTo(jenny);
        assertThat(engine.listCharges(paidWithStored.id()).data()).singleElement()
                .satisfies(charge -> assertThat(charge.billingDetails()).isEqualTo(jenny));
        assertThat(engine.listCharges(paidWithData.id()).data()).singleElement()
                .satisfies(charge -> assertThat(charge.billingDetails()).isEqualTo(jenny));
        assertThat(engine.listCharges(paidWithoutDetails.id()).data()).singleElement()
                .satisfies(charge -> assertThat(charge.billingDetails()).isEqualTo(
                        io.paystate.model.BillingDetails.NONE));
    }

    @Test
    void create_testToken_storesTheCardItStandsFor() {
        PaymentMethod visa = run(new PaymentMethodRequest.Create(new PaymentMethodData("card",
                Map.of("token", "tok_visa")), Map.of()));
        PaymentMethod declining = run(new PaymentMethodRequest.Create(new PaymentMethodData("card",
                Map.of("token", "tok_chargeDeclined")), Map.of()));

        assertThat(visa.brand()).isEqualTo("visa");
        assertThat(visa.last4()).isEqualTo("4242");
        assertThat(visa.id().value()).startsWith("pm_").doesNotStartWith("pm_card_");
        assertThatThrownBy(() -> pay(declining, null)).isInstanceOf(CardException.class);
    }

    @Test
    void create_unknownTestToken_isResourceMissingAndStoresNothing() {
        assertThatThrownBy(() -> run(new PaymentMethodRequest.Create(new PaymentMethodData("card",
                Map.of("token", "tok_nonsense")), Map.of())))
                .isInstanceOfSatisfying(PaymentEngineException.class, e -> {
                    assertThat(e.code()).contains(io.paystate.model.ErrorCode.RESOURCE_MISSING);
                    assertThat(e.param()).hasValueSatisfying(param -> assertThat(param).endsWith("[token]"));
                });

        assertThat(types()).isEmpty();
    }

    @Test
    void attach_fixedTestCardId_attachesANewStoredCopyEachTime() {
        Customer c = customer();

        PaymentMethod first = run(new PaymentMethodRequest.Attach(PaymentMethodId.of("pm_card_visa"), c.id().value()));
        PaymentMethod second = run(new PaymentMethodRequest.Attach(PaymentMethodId.of("pm_card_visa"),
                c.id().value()));

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.id().value()).doesNotStartWith("pm_card_");
        assertThat(first.customer()).isEqualTo(c.id());
        assertThat(first.brand()).isEqualTo("visa");
        assertThat(types()).containsExactly(PaymentMethodEventType.PAYMENT_METHOD_ATTACHED,
                PaymentMethodEventType.PAYMENT_METHOD_ATTACHED);
        assertThat(pay(first, c).status()).isEqualTo(io.paystate.model.PaymentIntentStatus.SUCCEEDED);
    }

    @Test
    void attach_unknownFixedLookingId_isResourceMissing() {
        Customer c = customer();

        assertThatThrownBy(() -> run(new PaymentMethodRequest.Attach(PaymentMethodId.of("pm_card_nonsense"),
                c.id().value())))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.httpStatus()).isEqualTo(404));
        assertThat(types()).isEmpty();
    }

    @Test
    void create_testCard_isStoredNewWithItsDetails() {
        PaymentMethod pm = card("4242424242424242");
        assertThat(pm.id().value()).startsWith("pm_");
        assertThat(pm.type()).isEqualTo("card");
        assertThat(pm.last4()).isEqualTo("4242");
        assertThat(pm.usage()).isEqualTo(PaymentMethodUsage.NEW);
        assertThat(pm.metadata()).containsEntry("k", "v");
        assertThat(run(new PaymentMethodRequest.Retrieve(pm.id()))).isEqualTo(pm);
        assertThatThrownBy(() -> run(new PaymentMethodRequest.Retrieve(PaymentMethodId.of("pm_nope"))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.httpStatus()).isEqualTo(404));
        assertThatThrownBy(() -> card("4242424242424241")).isInstanceOf(CardException.class);
    }

    @Test
    void attachAndDetach_followStripesRules() {
        PaymentMethod pm = card("4242424242424242");
        Customer a = customer();
        Customer b = customer();
        PaymentMethod attached = attach(pm, a);
        assertThat(attached.customer()).isEqualTo(a.id());
        assertThat(attach(pm, a)).isEqualTo(attached);
        assertRefused(() -> attach(pm, b), "payment_method", "has already been attached to a customer");
        assertRefused(() -> run(new PaymentMethodRequest.Attach(pm.id(), "cus_nope")), "customer", "No such customer");
        assertRefused(() -> run(new PaymentMethodRequest.Attach(pm.id(), "")), "customer", "Missing required param");
        PaymentMethod detached = run(new PaymentMethodRequest.Detach(pm.id()));
        assertThat(detached.usage()).isEqualTo(PaymentMethodUsage.DETACHED);
        assertThat(detached.customer()).isNull();
        assertRefused(() -> run(new PaymentMethodRequest.Detach(pm.id())), "payment_method", "not attached");
        assertRefused(() -> attach(pm, a), "payment_method", SPENT);
        assertThat(types()).containsExactly(PaymentMethodEventType.PAYMENT_METHOD_ATTACHED,
                PaymentMethodEventType.PAYMENT_METHOD_DETACHED);
        assertThat(store.readLog(0, 100).stream().map(LoggedPaymentMethodEvent::event).toList()).extracting(PaymentMethodEvent::sequence).containsExactly(1L, 2L);
    }

    @Test
    void intents_attachedMethod_onlyForItsCustomerAndReusable() {
        PaymentMethod pm = card("4242424242424242");
        Customer a = customer();
        Customer b = customer();
        attach(pm, a);
        assertThat(pay(pm, a).status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(pay(pm, a).status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertRefused(() -> pay(pm, b), "payment_method", "attached to another Customer");
        assertRefused(() -> pay(pm, null), "payment_method", "attached to another Customer");
        run(new PaymentMethodRequest.Detach(pm.id()));
        assertRefused(() -> pay(pm, a), "payment_method", SPENT);
    }

    @Test
    void intents_unattachedMethod_isUsableOnce() {
        PaymentMethod pm = card("4242424242424242");
        PaymentIntent first = pay(pm, null);
        assertThat(first.status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(run(new PaymentMethodRequest.Retrieve(pm.id())).usage()).isEqualTo(PaymentMethodUsage.CONSUMED);
        assertRefused(() -> pay(pm, null), "payment_method", SPENT);
        PaymentIntent other = engine.create(CreateParams.builder(500, "usd").build());
        assertRefused(() -> engine.update(other.id(), UpdateParams.builder().paymentMethod(pm.id().value()).build()),
                "payment_method", SPENT);
        assertRefused(() -> engine.confirm(other.id(), ConfirmParams.withPaymentMethod(pm.id().value())),
                "payment_method", SPENT);
        assertRefused(() -> attach(pm, customer()), "payment_method", SPENT);
        assertThat(types()).isEmpty();
    }

    @Test
    void intents_declinedAttempt_spendsTheMethodToo() {
        PaymentMethod pm = card("4000000000000002");
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").paymentMethod(pm.id().value()).build());
        assertThatThrownBy(() -> engine.confirm(pi.id(), ConfirmParams.none())).isInstanceOf(CardException.class);
        assertThat(run(new PaymentMethodRequest.Retrieve(pm.id())).usage()).isEqualTo(PaymentMethodUsage.CONSUMED);
        assertThatThrownBy(() -> pay(card("4000000000000002"), null)).isInstanceOf(CardException.class);
    }

    @Test
    void intents_setupFutureUsageWithCustomer_attachesTheMethod() {
        PaymentMethod pm = card("4242424242424242");
        Customer a = customer();
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").customer(a.id().value())
                .paymentMethod(pm.id().value()).setupFutureUsage(SetupFutureUsage.OFF_SESSION).confirm(true).build());
        assertThat(pi.status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        PaymentMethod saved = run(new PaymentMethodRequest.Retrieve(pm.id()));
        assertThat(saved.usage()).isEqualTo(PaymentMethodUsage.ATTACHED);
        assertThat(saved.customer()).isEqualTo(a.id());
        assertThat(types()).containsExactly(PaymentMethodEventType.PAYMENT_METHOD_ATTACHED);
        assertThat(pay(pm, a).status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
    }

    @Test
    void intents_fixedTestIds_keepWorkingAsBefore() {
        for (int i = 0; i < 3; i++) {
            assertThat(engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_card_visa").confirm(true)
                    .build()).status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        }
    }

    @Test
    void list_customersMethods_newestFirstByTypeWithCursor() {
        Customer a = customer();
        PaymentMethod one = attach(card("4242424242424242"), a);
        PaymentMethod two = attach(card("5555555555554444"), a);
        PaymentMethod three = attach(card("4000056655665556"), a);
        attach(card("4242424242424242"), customer());
        PaymentMethodList first = run(new PaymentMethodRequest.ListForCustomer(a.id(), null, 2, null));
        assertThat(first.data()).extracting(PaymentMethod::id).containsExactly(three.id(), two.id());
        assertThat(first.hasMore()).isTrue();
        assertThat(run(new PaymentMethodRequest.ListForCustomer(a.id(), "card", null, two.id().value())).data())
                .extracting(PaymentMethod::id).containsExactly(one.id());
        assertThat(run(new PaymentMethodRequest.ListForCustomer(a.id(), "sepa_debit", null, null)).data()).isEmpty();
        run(new PaymentMethodRequest.Detach(two.id()));
        assertThat(run(new PaymentMethodRequest.ListForCustomer(a.id(), null, null, null)).data())
                .extracting(PaymentMethod::id).containsExactly(three.id(), one.id());
    }

    @Test
    void list_badParameters_nameTheirParam() {
        Customer a = customer();
        assertRefused(() -> run(new PaymentMethodRequest.ListForCustomer(a.id(), null, 0, null)), "limit", "limit");
        assertRefused(() -> run(new PaymentMethodRequest.ListForCustomer(a.id(), null, null, "pm_nope")),
                "starting_after", "No such PaymentMethod");
        assertRefused(() -> run(new PaymentMethodRequest.ListForCustomer(a.id(), null, null, "x")),
                "starting_after", "No such PaymentMethod");
        assertThatThrownBy(() -> run(new PaymentMethodRequest.ListForCustomer(CustomerId.of("cus_nope"), null, null,
                null))).isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.code()).contains(ErrorCode.RESOURCE_MISSING));
        run(new CustomerRequest.Delete(a.id()));
        assertThatThrownBy(() -> run(new PaymentMethodRequest.ListForCustomer(a.id(), null, null, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.httpStatus()).isEqualTo(404));
        assertRefused(() -> run(new PaymentMethodRequest.Create(new PaymentMethodData("card", Map.of("number",
                "4242424242424242")), Map.of("k".repeat(41), "v"))), "metadata", "Metadata keys");
    }

    @Test
    void clientConfirm_unattachedMethod_isSpentToo() {
        PaymentMethod pm = card("4242424242424242");
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").paymentMethod(pm.id().value()).build());
        run(new Request.ClientConfirm(pi.id(), java.util.Objects.requireNonNull(pi.clientSecret()), ConfirmParams.none()));
        assertThat(run(new PaymentMethodRequest.Retrieve(pm.id())).usage()).isEqualTo(PaymentMethodUsage.CONSUMED);
    }

    @Test
    void update_metadata_mergesAndEmitsUpdatedOnlyOnChange() {
        PaymentMethod pm = card("4242424242424242");
        PaymentMethod u = run(new PaymentMethodRequest.Update(pm.id(), Map.of("k", "", "tier", "gold")));
        assertThat(u.metadata()).containsExactlyEntriesOf(Map.of("tier", "gold"));
        assertThat(run(new PaymentMethodRequest.Update(pm.id(), Map.of("tier", "gold")))).isEqualTo(u);
        assertThat(types()).containsExactly(PaymentMethodEventType.PAYMENT_METHOD_UPDATED);
        assertRefused(() -> run(new PaymentMethodRequest.Update(pm.id(), Map.of("k".repeat(41), "v"))), "metadata",
                "Metadata keys");
        assertThatThrownBy(() -> run(new PaymentMethodRequest.Update(PaymentMethodId.of("pm_nope"), Map.of())))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.httpStatus()).isEqualTo(404));
    }

    @Test
    void confirm_anotherAccountsStoredMethod_isAnUnknownMethodAndChargesNothing() {
        PaymentMethod mine = card("4242424242424242");
        RequestOptions other = RequestOptions.none().withAccount(io.paystate.model.AccountId.of("acct_other"));
        for (Request<?> request : List.<Request<?>>of(
                new Request.Create(CreateParams.builder(500, "usd").paymentMethod(mine.id().value()).confirm(true)
                        .build()),
                new SetupIntentRequest.Create(SetupIntentCreateParams.builder().paymentMethod(mine.id().value())
                        .build()))) {
            assertThatThrownBy(() -> engine.execute(request, other))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(400);
                        assertThat(e.code()).contains(ErrorCode.RESOURCE_MISSING);
                        assertThat(e.param()).contains("payment_method");
                        assertThat(e.getMessage()).contains("No such PaymentMethod");
                    });
        }
        assertThat(engine.list(ListParams.firstPage(), other).data()).isEmpty();
        assertThat(run(new PaymentMethodRequest.Retrieve(mine.id())).usage()).isEqualTo(PaymentMethodUsage.NEW);
    }
}
