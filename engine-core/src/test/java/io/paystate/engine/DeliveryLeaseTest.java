package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.PaymentEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The relay delivers a subscriber only while the store grants this engine the subscriber's lease. */
final class DeliveryLeaseTest {
    private final TestClock clock = new TestClock();

    /** A store whose lease the test hands out, recording the claims. */
    private static final class LeasingStore extends ForwardingStore {
        volatile boolean grant;
        final List<Duration> claimedFor = new ArrayList<>();

        @Override
        public synchronized boolean claimDelivery(String subscriber, String holder, Instant now, Instant until) {
            if (subscriber.equals("audit")) {
                claimedFor.add(Duration.between(now, until));
            }
            return grant;
        }
    }

    @Test
    void deliver_leaseHeldElsewhere_deliversNothingUntilItsClaimIsGrantedAThirdOfTheLeaseLater() {
        LeasingStore store = new LeasingStore();
        List<PaymentEvent> received = new ArrayList<>();
        PaymentEngine engine = PaymentEngine.builder().clock(clock).store(store).subscriber("audit", received::add)
                .deliveryOptions(DeliveryOptions.defaults().withLease(Duration.ofSeconds(30))).build();
        engine.create(CreateParams.builder(500, "usd").build());
        engine.create(CreateParams.builder(600, "usd").build());
        assertThat(received).isEmpty();
        assertThat(store.claimedFor).as("claimed once, not per command").containsExactly(Duration.ofSeconds(30));

        store.grant = true;
        clock.advanceSeconds(9);
        engine.processDue();
        assertThat(received).as("not claimed again before a third of the lease").isEmpty();
        clock.advanceSeconds(1);
        engine.processDue();
        assertThat(received).extracting(e -> e.paymentIntent().amount()).containsExactly(500L, 600L);
        assertThat(store.claimedFor).hasSize(2);
    }
}
