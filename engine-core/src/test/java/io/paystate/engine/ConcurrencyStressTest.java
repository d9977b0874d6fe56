package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.internal.Transition;
import io.paystate.engine.internal.TransitionTable;
import io.paystate.model.CaptureMethod;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.spi.IdGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Several threads fire random operations at a few intents; afterwards every intent's events must
 * form a gap-free sequence whose statuses follow the transition table, and end in the intent's final
 * state. Bounded by operation count, so it takes well under a second.
 */
final class ConcurrencyStressTest {
    private static final int THREADS = 4;
    private static final int OPERATIONS_PER_THREAD = 1500;
    private static final List<String> METHODS = List.of("pm_ok", "pm_decline", "pm_3ds", "pm_increment");

    @Test
    void randomOperations_onSharedIntents_keepEveryIntentConsistent() throws Exception {
        TestClock clock = new TestClock();
        RecordingSink sink = new RecordingSink();
        PaymentEngine engine = PaymentEngine.builder().clock(clock).eventSink(sink)
                .processor(new ScriptedProcessor()).idGenerator(IdGenerator.seeded(7)).build();
        List<PaymentIntentId> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(engine.create(CreateParams.builder(1000, "usd").captureMethod(
                    i % 2 == 0 ? CaptureMethod.MANUAL : CaptureMethod.AUTOMATIC).build()).id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            SplittableRandom random = new SplittableRandom(t);
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                    randomOperation(engine, ids.get(random.nextInt(ids.size())), random);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        for (PaymentIntentId id : ids) {
            List<PaymentEvent> events = sink.forIntent(id);
            PaymentIntent last = null;
            for (int i = 0; i < events.size(); i++) {
                PaymentEvent e = events.get(i);
                assertThat(e.sequence()).as("gap-free sequence of " + id).isEqualTo(i + 1L);
                PaymentIntent snapshot = e.paymentIntent();
                assertThat(snapshot.amountReceived()).isLessThanOrEqualTo(snapshot.amount());
                if (last != null && last.status() != snapshot.status()) {
                    PaymentIntentStatus from = last.status();
                    assertThat(TransitionTable.instance().transitions().stream()
                            .filter(tr -> tr.from() == from).map(Transition::to))
                            .as("table has an edge %s -> %s", from, snapshot.status()).contains(snapshot.status());
                    assertThat(from.isTerminal()).as("terminal status left: " + from).isFalse();
                }
                last = snapshot;
            }
            PaymentIntent current = engine.retrieve(id);
            assertThat(current.status()).isEqualTo(last.status());
            assertThat(current.amountReceived()).isEqualTo(last.amountReceived());
        }
    }

    /** What the first request with a key answered, to compare every replay with. */
    private record Answer(@org.jspecify.annotations.Nullable Object body, @org.jspecify.annotations.Nullable ErrorDetails error) {}

    private record Replay(String key, Answer answer) {}

    @Test
    void concurrentRequestsWithKeys_executeOncePerKeyAndReplayIdentically() throws Exception {
        TestClock clock = new TestClock();
        PaymentEngine engine = PaymentEngine.builder().clock(clock).processor(new ScriptedProcessor())
                .idGenerator(IdGenerator.seeded(8)).build();
        List<PaymentIntentId> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(engine.create(CreateParams.builder(1000, "usd").captureMethod(CaptureMethod.MANUAL).build()).id());
        }
        int keys = 24;
        java.util.concurrent.ConcurrentHashMap<String, Answer> originals = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.AtomicInteger> executions =
                new java.util.concurrent.ConcurrentHashMap<>();
        List<Replay> replays = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            SplittableRandom random = new SplittableRandom(100 + t);
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 400; i++) {
                    int k = random.nextInt(keys);
                    String key = "key-" + k;
                    PaymentIntentId id = ids.get(k % ids.size());
                    Request<?> request = switch (k % 4) {
                        case 0 -> new Request.Confirm(id, ConfirmParams.withPaymentMethod(k % 8 == 0 ? "pm_decline" : "pm_ok"));
                        case 1 -> new Request.Capture(id, CaptureParams.amount(400 + k));
                        case 2 -> new Request.Create(CreateParams.builder(1000 + k, "usd").build());
                        default -> new Request.Cancel(id, CancelParams.none());
                    };
                    Answer answer;
                    boolean replayed;
                    try {
                        Response<?> r = engine.execute(request, RequestOptions.idempotencyKey(key));
                        answer = new Answer(r.body(), null);
                        replayed = r.replayed();
                    } catch (PaymentEngineException e) {
                        if (e.httpStatus() == 409) {
                            continue; // the first request with this key is still running: not remembered
                        }
                        answer = new Answer(null, e.details().asReplay());
                        replayed = e.isReplayed();
                    }
                    if (replayed) {
                        replays.add(new Replay(key, answer));
                    } else {
                        executions.computeIfAbsent(key, x -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                        originals.put(key, answer);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        executions.forEach((key, count) -> assertThat(count.get()).as("executions of " + key).isEqualTo(1));
        for (Replay replay : replays) {
            assertThat(replay.answer()).as("replay of " + replay.key()).isEqualTo(originals.get(replay.key()));
        }
        assertThat(replays).isNotEmpty();
    }

    private static void randomOperation(PaymentEngine engine, PaymentIntentId id, SplittableRandom random) {
        try {
            switch (random.nextInt(7)) {
                case 0 -> engine.confirm(id, ConfirmParams.withPaymentMethod(METHODS.get(random.nextInt(METHODS.size()))));
                case 1 -> engine.capture(id, random.nextBoolean() ? CaptureParams.full() : CaptureParams.amount(500));
                case 2 -> engine.cancel(id, CancelParams.none());
                case 3 -> engine.completeAction(id, random.nextBoolean() ? ActionOutcome.SUCCESS : ActionOutcome.FAILURE);
                case 4 -> engine.update(id, UpdateParams.builder().metadata("n", Integer.toString(random.nextInt(100)))
                        .build());
                case 5 -> engine.incrementAuthorization(id, IncrementAuthorizationParams.amount(1000 + random.nextInt(5000)));
                default -> engine.retrieve(id);
            }
        } catch (InvalidRequestException | CardException expected) {
            // wrong-state errors and declines are normal outcomes of random operations
        }
    }
}
