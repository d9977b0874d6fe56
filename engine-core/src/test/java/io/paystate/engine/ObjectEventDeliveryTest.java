package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.Customer;
import io.paystate.model.CustomerEvent;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentMethod;
import io.paystate.model.SetupIntent;
import io.paystate.model.StripeEvent;
import io.paystate.spi.EventSink;
import io.paystate.spi.PaymentMethodData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Customers', payment methods' and SetupIntents' events reach the sinks that take them, from their logs. */
final class ObjectEventDeliveryTest {
    private final TestClock clock = new TestClock();
    private final InMemoryCustomerStore customers = new InMemoryCustomerStore();
    private final InMemoryPaymentMethodStore methods = new InMemoryPaymentMethodStore();
    private final InMemorySetupIntentStore setups = new InMemorySetupIntentStore();
    private final InMemoryPaymentIntentStore intents = new InMemoryPaymentIntentStore();

    /** Takes every kind; fails on the first {@code failures} object events. */
    private static final class AllKinds implements EventSink {
        final List<StripeEvent> received = new ArrayList<>();
        int failures;

        @Override
        public synchronized void accept(PaymentEvent event) {
            acceptAny(event);
        }

        @Override
        public synchronized void acceptAny(StripeEvent event) {
            if (!(event instanceof PaymentEvent) && failures > 0) {
                failures--;
                throw new IllegalStateException("sink down");
            }
            received.add(event);
        }

        synchronized List<String> types() {
            return received.stream().map(e -> e.type().wireName()).toList();
        }
    }

    private PaymentEngine engine(EventSink all, EventSink intentsOnly) {
        return PaymentEngine.builder().clock(clock).store(intents).customerStore(customers).paymentMethodStore(methods)
                .setupIntentStore(setups).subscriber("all", all).subscriber("intents-only", intentsOnly)
                .deliveryOptions(new DeliveryOptions(5, Duration.ofSeconds(10), Duration.ofMinutes(1))).build();
    }

    private static <T> T run(PaymentEngine engine, Request<T> request) {
        return engine.execute(request, RequestOptions.none()).body();
    }

    private static SetupIntent saveCard(PaymentEngine engine) {
        Customer c = run(engine, new CustomerRequest.Create(CustomerParams.builder().email("a@example.com").build()));
        PaymentMethod pm = run(engine, new PaymentMethodRequest.Create(new PaymentMethodData("card",
                Map.of("number", "4242424242424242", "exp_month", "12", "exp_year", "2034", "cvc", "123")), Map.of()));
        return run(engine, new SetupIntentRequest.Create(SetupIntentCreateParams.builder().customer(c.id().value())
                .paymentMethod(pm.id().value()).confirm(true).build()));
    }

    @Test
    void execute_objectCommits_reachSinksOverridingThemInOrderPerObject() {
        AllKinds all = new AllKinds();
        List<PaymentEvent> lambda = new ArrayList<>();
        PaymentEngine engine = engine(all, lambda::add);
        SetupIntent si = saveCard(engine);
        assertThat(si.status().wireName()).isEqualTo("succeeded");
        assertThat(all.types()).containsSubsequence("customer.created", "setup_intent.created",
                "setup_intent.succeeded");
        assertThat(all.types()).contains("payment_method.attached");
        // every event of every log, each once, each carrying its own object's id and sequence
        assertThat(all.received).hasSize(customers.readLog(0, 100).size() + methods.readLog(0, 100).size()
                + setups.readLog(0, 100).size());
        assertThat(all.received).extracting(StripeEvent::id).doesNotHaveDuplicates();
        assertThat(all.received).filteredOn(e -> e.objectId().equals(si.id().value()))
                .extracting(StripeEvent::sequence).containsExactly(1L, 2L);
        assertThat(customers.deliveredPosition("all")).isEqualTo(customers.readLog(0, 100).size());
        assertThat(setups.deliveredPosition("all")).isEqualTo(setups.readLog(0, 100).size());
    }

    @Test
    void execute_sinkTakingIntentEventsOnly_neverReadsTheObjectLogs() {
        List<PaymentEvent> lambda = new ArrayList<>();
        PaymentEngine engine = engine(new AllKinds(), lambda::add);
        saveCard(engine);
        engine.create(CreateParams.builder(500, "usd").build());
        engine.processDue();
        assertThat(lambda).extracting(e -> e.type().wireName()).containsExactly("payment_intent.created");
        assertThat(customers.deliveredPosition("intents-only")).isZero();
        assertThat(methods.deliveredPosition("intents-only")).isZero();
        assertThat(setups.deliveredPosition("intents-only")).isZero();
        assertThat(intents.deliveredPosition("intents-only")).isEqualTo(1);
    }

    @Test
    void processDue_failedObjectEvent_isRetriedAfterBackoffAndDeliveredOnce() {
        AllKinds all = new AllKinds();
        all.failures = 1;
        PaymentEngine engine = engine(all, e -> { });
        Customer c = run(engine, new CustomerRequest.Create(CustomerParams.none()));
        assertThat(all.received).isEmpty();
        SubscriberStatus failing = engine.subscribers().stream().filter(s -> s.name().equals("all")).findFirst()
                .orElseThrow();
        assertThat(failing.failedAttempts()).isEqualTo(1);
        assertThat(failing.lastError()).contains("sink down");
        engine.processDue();
        assertThat(all.received).isEmpty(); // still within the backoff
        clock.advance(Duration.ofSeconds(11));
        engine.processDue();
        assertThat(all.received).singleElement().isInstanceOfSatisfying(CustomerEvent.class,
                e -> assertThat(e.customerId()).isEqualTo(c.id()));
        engine.processDue();
        assertThat(all.received).hasSize(1);
    }

    @Test
    void build_restartedEngineOnTheSameStores_resumesEachLogWhereDeliveryStopped() {
        AllKinds first = new AllKinds();
        saveCard(engine(first, e -> { }));
        int delivered = first.received.size();
        // a crash before delivery: the events are in the logs, the positions behind them
        Customer late = run(PaymentEngine.builder().clock(clock).customerStore(customers).build(),
                new CustomerRequest.Create(CustomerParams.none()));
        AllKinds second = new AllKinds();
        PaymentEngine restarted = engine(second, e -> { });
        assertThat(second.received).isEmpty();
        restarted.processDue();
        assertThat(second.received).singleElement().satisfies(e -> assertThat(e.objectId())
                .isEqualTo(late.id().value()));
        assertThat(first.received).hasSize(delivered);
    }
}
