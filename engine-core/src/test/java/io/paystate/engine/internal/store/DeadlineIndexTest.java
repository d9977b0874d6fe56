package io.paystate.engine.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.CancelParams;
import io.paystate.engine.CaptureParams;
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
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

final class DeadlineIndexTest {
    // the order findDue promises, written out here rather than taken from the index
    private static final Comparator<StoredIntent> BY_DEADLINE =
            Comparator.comparing((StoredIntent s) -> Objects.requireNonNull(s.deadline()))
                    .thenComparingLong(StoredIntent::ordinal);

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

    @Test
    void findDue_afterRandomCommitsIntoAndOutOfTheIndex_matchesTheStoredDeadlinesInOrder() {
        // holds, asynchronous debits (processing, then settled), intents with no deadline, captures
        // and cancellations that take intents out of the index, and a clock that moves: after each
        // step the index answers what the stored versions say, for small and large limits
        Random random = new Random(11);
        List<PaymentIntentId> created = new ArrayList<>();
        for (int step = 0; step < 600; step++) {
            int op = random.nextInt(10);
            if (op < 3) {
                created.add(engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_card_visa")
                        .captureMethod(CaptureMethod.MANUAL).confirm(true).build()).id());
            } else if (op < 5) {
                created.add(engine.create(CreateParams.builder(1000, "eur").paymentMethod("pm_sepaDebit_success")
                        .paymentMethodTypes(List.of("sepa_debit")).confirm(true).build()).id());
            } else if (op == 5) {
                created.add(engine.create(CreateParams.builder(1000, "usd").build()).id());
            } else if (op < 8 && !created.isEmpty()) {
                PaymentIntentId id = created.get(random.nextInt(created.size()));
                // the read applies what the clock made due first: an expiry, a settlement
                switch (engine.retrieve(id).status()) {
                    case REQUIRES_CAPTURE -> engine.capture(id, CaptureParams.full());
                    case REQUIRES_PAYMENT_METHOD -> engine.cancel(id, CancelParams.none());
                    default -> { }
                }
            } else {
                now.set(now.get().plusSeconds(random.nextInt(3 * 86_400)));
            }
            Instant at = now.get().plusSeconds(random.nextInt(10 * 86_400));
            List<StoredIntent> expected = created.stream().map(id -> store.find(AccountId.DEFAULT, id).orElseThrow())
                    .filter(h -> h.deadline() != null && !h.deadline().isAfter(at))
                    .sorted(BY_DEADLINE).toList();
            int limit = random.nextBoolean() ? 1 + random.nextInt(4) : 10_000;
            assertThat(ids(store.findDue(at, limit)))
                    .as("step %d, due at %s, limit %d", step, at, limit)
                    .containsExactlyElementsOf(ids(expected.subList(0, Math.min(limit, expected.size()))));
        }
        long withDeadline = created.stream().filter(id -> store.find(AccountId.DEFAULT, id).orElseThrow().deadline() != null)
                .count();
        assertThat(withDeadline).isPositive();
        assertThat(store.findDue(Instant.MAX, 10_000)).hasSize((int) withDeadline);
    }

    @Test
    void findDue_whileTwoThreadsHoldAndCaptureIntents_endsWithExactlyTheUncapturedHolds() throws Exception {
        // the heaps are shared by the threads' intents (16 heaps, 2,000 intents); a reader scans
        // them all the while: each answer is in order, and the end state is exact
        List<PaymentIntentId> kept = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            writers.add(new Thread(() -> {
                for (int i = 0; i < 1_000; i++) {
                    PaymentIntentId id = engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_card_visa")
                            .captureMethod(CaptureMethod.MANUAL).confirm(true).build()).id();
                    if (i % 2 == 0) {
                        engine.capture(id, CaptureParams.full());
                    } else {
                        kept.add(id);
                    }
                }
            }));
        }
        List<String> readerFailures = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                List<StoredIntent> due = store.findDue(Instant.MAX, 50);
                for (int i = 1; i < due.size(); i++) {
                    if (BY_DEADLINE.compare(due.get(i - 1), due.get(i)) >= 0) {
                        readerFailures.add("out of order at " + i);
                    }
                }
            }
        });
        reader.start();
        writers.forEach(Thread::start);
        for (Thread writer : writers) {
            writer.join();
        }
        writing.set(false);
        reader.join();

        assertThat(readerFailures).isEmpty();
        assertThat(store.findDue(Instant.MAX, 10_000)).extracting(h -> h.intent().id())
                .containsExactlyInAnyOrderElementsOf(kept);
    }

    private static List<String> ids(List<StoredIntent> intents) {
        return intents.stream().map(s -> s.intent().id().value()).toList();
    }
}
