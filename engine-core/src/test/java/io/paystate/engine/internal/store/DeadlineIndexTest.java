package io.paystate.engine.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.CreateParams;
import io.paystate.engine.InMemoryPaymentIntentStore;
import io.paystate.engine.PaymentEngine;
import io.paystate.model.AccountId;
import io.paystate.model.CaptureMethod;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.StoredIntent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

final class DeadlineIndexTest {
    private static final long T0 = 1_767_225_600L;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.ofEpochSecond(T0));
    private final InMemoryPaymentIntentStore store = new InMemoryPaymentIntentStore();
    private final PaymentEngine engine = PaymentEngine.builder().clock(now::get).store(store)
            .idGenerator(IdGenerator.seeded(5)).build();

    @Test
    void findDue_intentsOfEverySegmentInShuffledOrder_returnsTheEarliestDeadlinesFirst() {
        // 400 held intents, authorized at shuffled seconds (some twice): their deadlines are spread
        // over all the index's sets, in an order unrelated to the ids or to the order of creation
        List<Long> seconds = new ArrayList<>();
        for (long s = 0; s < 400; s++) {
            seconds.add(s / 2 * 2);
        }
        Collections.shuffle(seconds, new Random(3));
        List<StoredIntent> held = new ArrayList<>();
        for (long s : seconds) {
            now.set(Instant.ofEpochSecond(T0 + s));
            PaymentIntentId id = engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_card_visa")
                    .captureMethod(CaptureMethod.MANUAL).confirm(true).build()).id();
            held.add(store.find(AccountId.DEFAULT, id).orElseThrow());
        }
        held.sort(Comparator.comparing((StoredIntent h) -> h.expiresAt()).thenComparingLong(StoredIntent::ordinal));
        Instant firstDeadline = held.get(0).expiresAt();

        assertThat(store.findDue(firstDeadline.minusSeconds(1), 10)).isEmpty();
        // every deadline passed: the limit takes the earliest, in order
        Instant afterAll = firstDeadline.plusSeconds(1_000);
        assertThat(ids(store.findDue(afterAll, 25))).containsExactlyElementsOf(ids(held.subList(0, 25)));
        assertThat(ids(store.findDue(afterAll, 1_000))).containsExactlyElementsOf(ids(held));
        // up to a deadline in the middle: exactly the intents due by then
        Instant middle = firstDeadline.plusSeconds(199);
        List<StoredIntent> dueByMiddle = held.stream().filter(h -> !h.expiresAt().isAfter(middle)).toList();
        assertThat(dueByMiddle).hasSize(200);
        assertThat(ids(store.findDue(middle, 1_000))).containsExactlyElementsOf(ids(dueByMiddle));
    }

    private static List<String> ids(List<StoredIntent> intents) {
        return intents.stream().map(s -> s.intent().id().value()).toList();
    }
}
