package io.paystate.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.engine.CreateParams;
import io.paystate.engine.CustomerListParams;
import io.paystate.engine.CustomerParams;
import io.paystate.engine.CustomerRequest;
import io.paystate.engine.InvalidRequestException;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentMethodRequest;
import io.paystate.engine.Request;
import io.paystate.engine.RequestOptions;
import io.paystate.model.AccountId;
import io.paystate.model.Customer;
import io.paystate.model.CustomerEventType;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodEvent;
import io.paystate.model.PaymentMethodEventType;
import io.paystate.model.PaymentMethodUsage;
import io.paystate.spi.LoggedCustomerEvent;
import io.paystate.spi.LoggedPaymentMethodEvent;
import io.paystate.spi.PaymentMethodData;
import io.paystate.testkit.ManualClock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An engine wired to all four PostgreSQL stores, as a host does it: customers and payment methods
 * are written and read through the engine, and a second engine on the same schema sees them.
 */
final class PostgresObjectsEngineTest {
    private final ManualClock clock = new ManualClock();

    private PaymentEngine engine(PostgresStores stores) {
        return PaymentEngine.builder().clock(clock).store(stores.intentStore())
                .idempotencyStore(stores.idempotencyStore()).customerStore(stores.customerStore())
                .paymentMethodStore(stores.paymentMethodStore()).requireKnownCustomers().build();
    }

    private static <T> T run(PaymentEngine engine, Request<T> request) {
        return engine.execute(request, RequestOptions.none()).body();
    }

    private static PaymentMethod card(PaymentEngine engine) {
        return run(engine, new PaymentMethodRequest.Create(new PaymentMethodData("card", Map.of("number",
                "4242424242424242", "exp_month", "12", "exp_year", "2034", "cvc", "123")), Map.of()));
    }

    @Test
    void engine_customersAndPaymentMethods_areStoredAndSharedAcrossEngines() {
        PostgresStores stores = TestDatabase.freshStores("objects");
        PaymentEngine engine = engine(stores);
        Customer jenny = run(engine, new CustomerRequest.Create(new CustomerParams("jenny@example.com", "Jenny Rosen",
                null, Map.of("tier", "gold"), null)));
        PaymentMethod attached = run(engine, new PaymentMethodRequest.Attach(card(engine).id(), jenny.id().value()));
        assertThat(attached.usage()).isEqualTo(PaymentMethodUsage.ATTACHED);
        PaymentIntent paid = engine.create(CreateParams.builder(1500, "usd").customer(jenny.id().value())
                .paymentMethod(attached.id().value()).confirm(true).build());
        assertThat(paid.status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);

        PaymentEngine other = engine(PostgresStores.create(TestDatabase.pool(), schemaOf(stores)));
        assertThat(run(other, new CustomerRequest.Retrieve(jenny.id()))).isEqualTo(jenny);
        assertThat(run(other, new CustomerRequest.List(new CustomerListParams(null, null, null, "jenny@example.com")))
                .data()).containsExactly(jenny);
        assertThat(run(other, new PaymentMethodRequest.ListForCustomer(jenny.id(), "card", null, null)).data())
                .containsExactly(attached);

        run(other, new CustomerRequest.Delete(jenny.id()));
        assertThat(run(engine, new CustomerRequest.List(CustomerListParams.firstPage())).data()).isEmpty();
        assertThat(run(engine, new CustomerRequest.Retrieve(jenny.id())).deleted()).isTrue();
        assertThatThrownBy(() -> engine.create(CreateParams.builder(1500, "usd").customer(jenny.id().value()).build()))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(stores.customerStore().readLog(0, 10)).extracting(LoggedCustomerEvent::position,
                e -> e.event().type()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, CustomerEventType.CUSTOMER_CREATED),
                        org.assertj.core.groups.Tuple.tuple(2L, CustomerEventType.CUSTOMER_DELETED));
        List<PaymentMethodEvent> methodEvents = stores.paymentMethodStore().readLog(0, 10).stream().map(LoggedPaymentMethodEvent::event).toList();
        assertThat(methodEvents).extracting(PaymentMethodEvent::type).startsWith(
                PaymentMethodEventType.PAYMENT_METHOD_ATTACHED);
        assertThat(stores.customerStore().findEvent(AccountId.DEFAULT, stores.customerStore().readLog(0, 1).get(0)
                .event().id())).hasValueSatisfying(e -> assertThat(e.customer()).isEqualTo(jenny));
    }

    private static String schemaOf(PostgresStores stores) {
        String s = stores.intentStore().toString();
        return s.substring(s.indexOf('[') + 1, s.indexOf(']'));
    }
}
