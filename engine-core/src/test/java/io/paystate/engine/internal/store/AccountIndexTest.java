package io.paystate.engine.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.CreateParams;
import io.paystate.engine.ListParams;
import io.paystate.engine.PaymentEngine;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.IdGenerator;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

final class AccountIndexTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.ofEpochSecond(1_767_225_600L));
    private final PaymentEngine engine = PaymentEngine.builder().clock(now::get)
            .idGenerator(IdGenerator.seeded(11)).build();

    private PaymentIntentId createAt(long secondsAfterStart) {
        now.set(Instant.ofEpochSecond(1_767_225_600L + secondsAfterStart));
        return engine.create(CreateParams.builder(1000, "usd").build()).id();
    }

    private List<PaymentIntentId> page(Integer limit, String startingAfter, String endingBefore) {
        return engine.list(new ListParams(limit, startingAfter, endingBefore, null, null)).data().stream()
                .map(PaymentIntent::id).toList();
    }

    @Test
    void list_insertsBehindTheNewestSecond_areOrderedByCreationInBothDirections() {
        // the clock moves back twice, as it does when a thread read it before a concurrent insert:
        // those inserts go to their place, not to the end
        PaymentIntentId at100 = createAt(100);
        PaymentIntentId at300 = createAt(300);
        PaymentIntentId at200 = createAt(200);
        PaymentIntentId at50 = createAt(50);
        PaymentIntentId secondAt300 = createAt(300);
        assertThat(page(null, null, null)).containsExactly(secondAt300, at300, at200, at100, at50);
        assertThat(page(2, at300.value(), null)).containsExactly(at200, at100);
        assertThat(page(2, null, at100.value())).containsExactly(at300, at200);
        assertThat(page(null, null, at300.value())).containsExactly(secondAt300);
        assertThat(page(null, at50.value(), null)).isEmpty();
    }

    @Test
    void list_pastTheArraysGrowth_keepsEveryIntentNewestFirst() {
        PaymentIntentId first = createAt(0);
        for (int i = 1; i < 40; i++) {
            createAt(i);
        }
        PaymentIntentId last = createAt(40);
        List<PaymentIntentId> all = page(100, null, null);
        assertThat(all).hasSize(41).startsWith(last).endsWith(first).doesNotHaveDuplicates();
    }
}
