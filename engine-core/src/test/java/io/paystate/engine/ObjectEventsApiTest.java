package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.Customer;
import io.paystate.model.CustomerEvent;
import io.paystate.model.PaymentEvent;
import io.paystate.model.SetupIntentEvent;
import io.paystate.model.StripeEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The events API over the customers', payment methods' and SetupIntents' logs. */
final class ObjectEventsApiTest {
    private final TestClock clock = new TestClock();
    private final PaymentEngine engine = PaymentEngine.builder().clock(clock).build();

    private Customer customer(String email) {
        return engine.execute(new CustomerRequest.Create(CustomerParams.builder().email(email).build()),
                RequestOptions.none()).body();
    }

    private static EventListParams type(String type, String startingAfter, Integer limit) {
        return new EventListParams(limit, startingAfter, null, type, null, null, null);
    }

    private static List<String> types(EventList list) {
        return list.data().stream().map(e -> e.type().wireName()).toList();
    }

    @Test
    void listEvents_customerWildcard_newestFirstPagedByCursor() {
        Customer a = customer("a@example.com");
        customer("b@example.com");
        engine.execute(new CustomerRequest.Update(a.id(), CustomerParams.builder().name("A").build()),
                RequestOptions.none());
        EventList first = engine.listEvents(type("customer.*", null, 2));
        assertThat(types(first)).containsExactly("customer.updated", "customer.created");
        assertThat(first.hasMore()).isTrue();
        EventList rest = engine.listEvents(type("customer.*", first.data().get(1).id().value(), 2));
        assertThat(rest.data()).singleElement().isInstanceOfSatisfying(CustomerEvent.class,
                e -> assertThat(e.customer().email()).isEqualTo("a@example.com"));
        assertThat(rest.hasMore()).isFalse();
        assertThat(types(engine.listEvents(type("customer.updated", null, null)))).containsExactly("customer.updated");
        assertThat(engine.listEvents(new EventListParams(null, null, null, null,
                List.of("customer.created", "customer.deleted"), null, null)).data()).hasSize(2);
    }

    @Test
    void listEvents_withoutTypeFilter_holdsTheIntentsAndChargesEvents() {
        customer("a@example.com");
        engine.create(CreateParams.builder(500, "usd").build());
        EventList all = engine.listEvents(EventListParams.firstPage());
        assertThat(all.data()).singleElement().isInstanceOf(PaymentEvent.class);
        assertThat(all.paymentEvents()).hasSize(1);
        assertThat(engine.listEvents(type("customer.*", null, null)).paymentEvents()).isEmpty();
    }

    @Test
    void retrieveEvent_ofACustomerOrSetupIntent_isFoundInItsLog() {
        Customer c = customer("a@example.com");
        StripeEvent created = engine.listEvents(type("customer.created", null, null)).data().get(0);
        assertThat(engine.retrieveEvent(created.id())).isEqualTo(created).extracting(StripeEvent::objectId)
                .isEqualTo(c.id().value());
        engine.execute(new SetupIntentRequest.Create(SetupIntentCreateParams.builder().customer(c.id().value())
                .build()), RequestOptions.none());
        StripeEvent setup = engine.listEvents(type("setup_intent.*", null, null)).data().get(0);
        assertThat(engine.retrieveEvent(setup.id())).isInstanceOf(SetupIntentEvent.class);
    }

    @Test
    void listEvents_typesOfTwoKindsOrAnIntentFilterOnCustomers_isATyped400NamingTheParam() {
        customer("a@example.com");
        assertThatThrownBy(() -> engine.listEvents(new EventListParams(null, null, null, null,
                List.of("customer.created", "payment_intent.created"), null, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.param()).contains("types[1]");
                });
        assertThatThrownBy(() -> engine.listEvents(new EventListParams(null, null, null, "customer.*", null, null,
                "pi_123")))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.param()).contains("payment_intent"));
        assertThatThrownBy(() -> engine.listEvents(type("customer.nothing", null, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.param()).contains("type"));
    }

    @Test
    void processDue_objectEventsPastTheRetention_areDeletedAndNoLongerFound() {
        customer("old@example.com");
        StripeEvent old = engine.listEvents(type("customer.created", null, null)).data().get(0);
        clock.advance(java.time.Duration.ofDays(30).plusSeconds(1));
        customer("new@example.com");
        engine.processDue();
        assertThat(engine.listEvents(type("customer.*", null, null)).data()).singleElement()
                .isInstanceOfSatisfying(CustomerEvent.class,
                        e -> assertThat(e.customer().email()).isEqualTo("new@example.com"));
        assertThatThrownBy(() -> engine.retrieveEvent(old.id()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.httpStatus()).isEqualTo(404));
    }
}
