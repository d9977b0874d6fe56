package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.AccountId;
import io.paystate.model.Customer;
import io.paystate.model.CustomerEventType;
import io.paystate.model.CustomerId;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentMethodId;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.LoggedCustomerEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CustomersTest {
    private final TestClock clock = new TestClock();
    private final InMemoryCustomerStore store = new InMemoryCustomerStore();
    private final PaymentEngine engine = PaymentEngine.builder().clock(clock).customerStore(store).requireKnownCustomers()
            .idGenerator(IdGenerator.seeded(7)).build();

    private <T> T run(Request<T> request) {
        return engine.execute(request, RequestOptions.none()).body();
    }

    private Customer create(CustomerParams params) {
        return run(new CustomerRequest.Create(params));
    }

    private Customer jenny() {
        return create(CustomerParams.builder().email("jenny@example.com").name("Jenny Rosen").description("vip")
                .metadata("order", "42").defaultPaymentMethod("pm_card_visa").build());
    }

    private List<CustomerEventType> types() {
        return store.readLog(0, 100).stream().map(e -> e.event().type()).toList();
    }

    private static void assertInvalid(Runnable call, String param, ErrorCode code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.param()).contains(param);
            assertThat(e.code()).contains(code);
        });
    }

    private static void assertInvalid(Runnable call, String param) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(400);
            assertThat(e.param()).contains(param);
        });
    }

    @Test
    void create_withDetails_storesThemAndEmitsCreated() {
        Customer c = jenny();
        assertThat(c.id().value()).startsWith("cus_");
        assertThat(c.email()).isEqualTo("jenny@example.com");
        assertThat(c.defaultPaymentMethod()).isEqualTo(PaymentMethodId.of("pm_card_visa"));
        assertThat(c.created()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(run(new CustomerRequest.Retrieve(c.id()))).isEqualTo(c);
        LoggedCustomerEvent created = store.readLog(0, 10).get(0);
        assertThat(created.event().type()).isEqualTo(CustomerEventType.CUSTOMER_CREATED);
        assertThat(created.event().customer()).isEqualTo(c);
        assertThat(created.event().sequence()).isEqualTo(1);
        assertThat(created.event().requestId()).startsWith("req_");
    }

    @Test
    void create_emptyValues_areLeftOut() {
        Customer c = create(CustomerParams.builder().email("").name("").metadata("gone", "").build());
        assertThat(c.email()).isNull();
        assertThat(c.name()).isNull();
        assertThat(c.metadata()).isEmpty();
        assertThat(create(CustomerParams.none()).defaultPaymentMethod()).isNull();
    }

    @Test
    void create_withIdempotencyKey_runs() {
        Customer c = engine.execute(new CustomerRequest.Create(CustomerParams.none()),
                RequestOptions.idempotencyKey("k1")).body();
        assertThat(run(new CustomerRequest.Retrieve(c.id()))).isEqualTo(c);
    }

    @Test
    void retrieve_unknownOrOtherAccount_isResourceMissing() {
        Customer c = jenny();
        assertThatThrownBy(() -> run(new CustomerRequest.Retrieve(CustomerId.of("cus_nope"))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.code()).contains(ErrorCode.RESOURCE_MISSING);
                    assertThat(e.param()).contains("id");
                    assertThat(e.getMessage()).contains("No such customer: 'cus_nope'");
                });
        assertThatThrownBy(() -> engine.execute(new CustomerRequest.Retrieve(c.id()),
                RequestOptions.none().withAccount(AccountId.of("acct_other")))).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void update_fields_mergeClearAndEmitUpdated() {
        Customer c = jenny();
        Customer u = run(new CustomerRequest.Update(c.id(), CustomerParams.builder().email("new@example.com")
                .description("").metadata("order", "").metadata("tier", "gold").defaultPaymentMethod("").build()));
        assertThat(u.email()).isEqualTo("new@example.com");
        assertThat(u.name()).isEqualTo("Jenny Rosen");
        assertThat(u.description()).isNull();
        assertThat(u.metadata()).containsExactlyEntriesOf(java.util.Map.of("tier", "gold"));
        assertThat(u.defaultPaymentMethod()).isNull();
        assertThat(types()).containsExactly(CustomerEventType.CUSTOMER_CREATED, CustomerEventType.CUSTOMER_UPDATED);
        assertThat(store.readLog(1, 1).get(0).event().sequence()).isEqualTo(2);
        Customer again = run(new CustomerRequest.Update(c.id(), CustomerParams.builder()
                .defaultPaymentMethod("pm_card_mastercard").build()));
        assertThat(again.defaultPaymentMethod()).isEqualTo(PaymentMethodId.of("pm_card_mastercard"));
    }

    @Test
    void update_nothingChanged_emitsNothing() {
        Customer c = jenny();
        assertThat(run(new CustomerRequest.Update(c.id(), CustomerParams.builder().name("Jenny Rosen").build())))
                .isEqualTo(c);
        assertThat(types()).containsExactly(CustomerEventType.CUSTOMER_CREATED);
    }

    @Test
    void delete_customer_isShownDeletedLeftOutOfListsAndFinal() {
        Customer c = jenny();
        Customer deleted = run(new CustomerRequest.Delete(c.id()));
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.email()).isNull();
        assertThat(run(new CustomerRequest.Retrieve(c.id()))).isEqualTo(deleted);
        assertThat(run(new CustomerRequest.List(CustomerListParams.firstPage())).data()).isEmpty();
        LoggedCustomerEvent event = store.readLog(1, 1).get(0);
        assertThat(event.event().type()).isEqualTo(CustomerEventType.CUSTOMER_DELETED);
        assertThat(event.event().customer()).isEqualTo(c);
        assertThatThrownBy(() -> run(new CustomerRequest.Delete(c.id())))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.httpStatus()).isEqualTo(404));
        assertThatThrownBy(() -> run(new CustomerRequest.Update(c.id(), CustomerParams.builder().name("x").build())))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.httpStatus()).isEqualTo(404));
    }

    @Test
    void list_customers_newestFirstWithCursorsAndEmail() {
        Customer a = create(CustomerParams.builder().email("a@example.com").build());
        Customer b = create(CustomerParams.none());
        Customer c = create(CustomerParams.builder().email("a@example.com").build());
        CustomerList first = run(new CustomerRequest.List(new CustomerListParams(2, null, null, null)));
        assertThat(first.data()).containsExactly(c, b);
        assertThat(first.hasMore()).isTrue();
        assertThat(run(new CustomerRequest.List(new CustomerListParams(null, b.id().value(), null, null))).data())
                .containsExactly(a);
        assertThat(run(new CustomerRequest.List(new CustomerListParams(null, null, a.id().value(), null))).data())
                .containsExactly(c, b);
        assertThat(run(new CustomerRequest.List(new CustomerListParams(null, null, null, "a@example.com"))).data())
                .containsExactly(c, a);
    }

    @Test
    void list_cursorThatCannotBeAnId_isAnUnknownCustomerNotAFailure() {
        for (String cursor : new String[] {"   ", "", "x".repeat(5001)}) {
            assertInvalid(() -> run(new CustomerRequest.List(new CustomerListParams(null, null, cursor, null))),
                    "ending_before");
            assertInvalid(() -> run(new CustomerRequest.List(new CustomerListParams(null, cursor, null, null))),
                    "starting_after");
        }
    }

    @Test
    void list_badParameters_nameTheirParam() {
        assertInvalid(() -> run(new CustomerRequest.List(new CustomerListParams(0, null, null, null))), "limit");
        assertInvalid(() -> run(new CustomerRequest.List(new CustomerListParams(101, null, null, null))), "limit");
        assertInvalid(() -> run(new CustomerRequest.List(new CustomerListParams(null, "cus_a", "cus_b", null))),
                "starting_after");
        assertInvalid(() -> run(new CustomerRequest.List(new CustomerListParams(null, "cus_nope", null, null))),
                "starting_after", ErrorCode.RESOURCE_MISSING);
        assertInvalid(() -> run(new CustomerRequest.List(new CustomerListParams(null, null, "", null))),
                "ending_before", ErrorCode.RESOURCE_MISSING);
        assertInvalid(() -> run(new CustomerRequest.List(new CustomerListParams(null, null, null, "e".repeat(513)))),
                "email");
    }

    @Test
    void create_badParameters_nameTheirParam() {
        assertInvalid(() -> create(CustomerParams.builder().email("not-an-email").build()), "email",
                ErrorCode.EMAIL_INVALID);
        assertInvalid(() -> create(CustomerParams.builder().email("a@b.co" + "x".repeat(510)).build()), "email");
        assertInvalid(() -> create(CustomerParams.builder().name("n".repeat(257)).build()), "name");
        assertInvalid(() -> create(CustomerParams.builder().description("d".repeat(5001)).build()), "description");
        assertInvalid(() -> create(CustomerParams.builder().metadata("k".repeat(41), "v").build()), "metadata");
        CustomerParams.Builder many = CustomerParams.builder();
        for (int i = 0; i < 51; i++) {
            many.metadata("k" + i, "v");
        }
        CustomerParams tooMany = many.build();
        assertInvalid(() -> create(tooMany), "metadata");
        assertInvalid(() -> create(CustomerParams.builder().defaultPaymentMethod("card_123").build()),
                "invoice_settings[default_payment_method]", ErrorCode.RESOURCE_MISSING);
        assertInvalid(() -> create(CustomerParams.builder().defaultPaymentMethod("pm_").build()),
                "invoice_settings[default_payment_method]", ErrorCode.RESOURCE_MISSING);
        assertInvalid(() -> create(CustomerParams.builder().defaultPaymentMethod("pm_unknown").build()),
                "invoice_settings[default_payment_method]", ErrorCode.RESOURCE_MISSING);
        assertThat(store.readLog(0, 10)).isEmpty();
    }

    @Test
    void update_mergedMetadataOverLimit_isRefused() {
        CustomerParams.Builder fifty = CustomerParams.builder();
        for (int i = 0; i < 50; i++) {
            fifty.metadata("k" + i, "v");
        }
        Customer c = create(fifty.build());
        assertInvalid(() -> run(new CustomerRequest.Update(c.id(), CustomerParams.builder().metadata("more", "v")
                .build())), "metadata");
        assertInvalid(() -> run(new CustomerRequest.Update(c.id(), CustomerParams.builder().email("bad").build())),
                "email");
    }

    @Test
    void builder_fieldSetTwice_isRefused() {
        assertThatThrownBy(() -> CustomerParams.builder().email("a@example.com").email("b@example.com"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CustomerParams.builder().metadata("k", "v").metadata("k", "w"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void createIntent_unknownOrDeletedCustomer_isResourceMissingOnCustomer() {
        Customer c = jenny();
        assertInvalid(() -> engine.create(CreateParams.builder(1000, "usd").customer("cus_nope").build()),
                "customer", ErrorCode.RESOURCE_MISSING);
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").customer(c.id().value()).build());
        assertThat(pi.customer()).isEqualTo(c.id());
        run(new CustomerRequest.Delete(c.id()));
        assertInvalid(() -> engine.create(CreateParams.builder(1000, "usd").customer(c.id().value()).build()),
                "customer", ErrorCode.RESOURCE_MISSING);
    }

    @Test
    void updateIntent_unknownCustomer_isResourceMissingOnCustomer() {
        Customer c = jenny();
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").build());
        assertInvalid(() -> engine.update(pi.id(), UpdateParams.builder().customer("cus_nope").build()), "customer",
                ErrorCode.RESOURCE_MISSING);
        assertThat(engine.update(pi.id(), UpdateParams.builder().customer(c.id().value()).build()).customer())
                .isEqualTo(c.id());
        assertThat(engine.update(pi.id(), UpdateParams.builder().customer("").build()).customer()).isNull();
    }

    @Test
    void createIntent_unknownCustomerWithoutTheCheck_isAnOpaqueHostId() {
        PaymentEngine opaque = PaymentEngine.builder().clock(clock).build();
        PaymentIntent pi = opaque.create(CreateParams.builder(1000, "usd").customer("cus_host_owned").build());
        assertThat(pi.customer()).isEqualTo(io.paystate.model.CustomerId.of("cus_host_owned"));
    }
}
