package io.paystate.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.CreateParams;
import io.paystate.engine.CustomerParams;
import io.paystate.engine.CustomerRequest;
import io.paystate.engine.DeliveryOptions;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.RequestOptions;
import io.paystate.model.PaymentEvent;
import io.paystate.model.StripeEvent;
import io.paystate.spi.EventSink;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One subscriber name on several engines is one subscriber, delivered by the engine holding its lease. */
final class SubscriberLeaseTest {
    private final ManualClock clock = new ManualClock();

    /** Records every kind of event. */
    private static final class Sink implements EventSink {
        final List<String> received = new ArrayList<>();

        @Override
        public synchronized void accept(PaymentEvent event) {
            acceptAny(event);
        }

        @Override
        public synchronized void acceptAny(StripeEvent event) {
            received.add(event.id().value());
        }

        synchronized List<String> received() {
            return List.copyOf(received);
        }
    }

    private PaymentEngine engine(PostgresStores stores, Sink sink) {
        return PaymentEngine.builder().clock(clock).store(stores.intentStore())
                .idempotencyStore(stores.idempotencyStore()).customerStore(stores.customerStore())
                .paymentMethodStore(stores.paymentMethodStore()).setupIntentStore(stores.setupIntentStore())
                .subscriber("webhooks", sink).build();
    }

    @Test
    void claimDelivery_twoHolders_oneAtATimeUntilTheLeaseLapses() {
        PaymentIntentStore store = TestDatabase.freshStores("lease").intentStore();
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(store.claimDelivery("s", "a", t0, t0.plusSeconds(30))).isTrue();
        assertThat(store.claimDelivery("s", "b", t0.plusSeconds(10), t0.plusSeconds(40))).isFalse();
        assertThat(store.claimDelivery("s", "a", t0.plusSeconds(20), t0.plusSeconds(50))).as("renewed").isTrue();
        assertThat(store.claimDelivery("s", "b", t0.plusSeconds(45), t0.plusSeconds(75))).isFalse();
        assertThat(store.claimDelivery("s", "b", t0.plusSeconds(51), t0.plusSeconds(81))).as("lapsed").isTrue();
        assertThat(store.claimDelivery("s", "a", t0.plusSeconds(52), t0.plusSeconds(82))).isFalse();
        assertThat(store.claimDelivery("other", "a", t0, t0.plusSeconds(30))).as("per subscriber").isTrue();
        store.saveDeliveredPosition("s", 7);
        store.readLog(0, 1);
        assertThat(store.deliveredPosition("s")).as("positions unaffected").isEqualTo(7);
    }

    @Test
    void engines_sharingASubscriber_deliverEachEventOnceAndTakeOverAfterTheLease() {
        PostgresStores stores = TestDatabase.freshStores("leases");
        Sink onA = new Sink();
        Sink onB = new Sink();
        PaymentEngine a = engine(stores, onA);
        PaymentEngine b = engine(stores, onB);
        a.create(CreateParams.builder(500, "usd").build());
        b.create(CreateParams.builder(700, "usd").build());
        b.execute(new CustomerRequest.Create(CustomerParams.none()), RequestOptions.none());
        a.processDue();
        b.processDue();
        // A claimed first and delivers for both; B's commits reach the subscriber through A
        assertThat(onA.received()).hasSize(3);
        assertThat(onB.received()).isEmpty();

        // A stops: B's new event waits until A's lease ran out, then B delivers from the position the
        // store has, so also what A delivered after the position it last saved (at least once)
        b.create(CreateParams.builder(900, "usd").build());
        b.processDue();
        assertThat(onB.received()).isEmpty();
        clock.advance(DeliveryOptions.DEFAULT_LEASE.plus(Duration.ofSeconds(1)));
        b.processDue();
        List<String> all = new ArrayList<>(onA.received());
        all.addAll(onB.received());
        assertThat(new java.util.HashSet<>(all)).hasSize(4);
        assertThat(onB.received()).doesNotHaveDuplicates().isNotEmpty();
        assertThat(onB.received().get(onB.received().size() - 1)).as("the event B committed while A held")
                .isNotIn(onA.received());
    }
}
