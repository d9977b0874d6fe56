package io.paystate.engine.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.AcquirerLog;
import io.paystate.engine.ActionOutcome;
import io.paystate.engine.CancelParams;
import io.paystate.engine.CaptureParams;
import io.paystate.engine.ConfirmParams;
import io.paystate.engine.CreateParams;
import io.paystate.engine.DeliveryOptions;
import io.paystate.engine.ListParams;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentEngineException;
import io.paystate.engine.RequestOptions;
import io.paystate.engine.SubscriberStatus;
import io.paystate.engine.TestClock;
import io.paystate.engine.TestModeProcessor;
import io.paystate.engine.UpdateParams;
import io.paystate.model.AccountId;
import io.paystate.model.CaptureMethod;
import io.paystate.model.Charge;
import io.paystate.model.EventId;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.EventSink;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.LoggedEvent;
import io.paystate.spi.ReleaseReason;
import io.paystate.spi.StoredIntent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Random operations on several threads against a store, sinks and a processor that fail on purpose,
 * with clock advances making holds expire and debits settle. Afterwards the whole history is
 * checked: every committed change has its events in the log and at every healthy subscriber, no
 * event exists without its change, each intent's events are gap-free and in order at each sink,
 * every approval is on exactly one charge or released, and each idempotency key executed once.
 */
final class FaultInjectionTest {
    private static final int THREADS = 4;
    private static final int OPERATIONS_PER_THREAD = 400;
    private static final String[] CARDS = {"pm_card_visa", "pm_card_visa", "pm_card_mastercard",
        "pm_card_chargeDeclined", "pm_card_threeDSecure2Required", "pm_sepaDebit_success", "pm_sepaDebit_failure"};

    private final TestClock clock = new TestClock();
    private final AcquirerLog acquirer = new AcquirerLog();
    private final FaultyStore store = new FaultyStore(41, 0.02, 0.02, 0.02, 0.005);
    private final FaultyProcessor processor = new FaultyProcessor(
            TestModeProcessor.recording(IdGenerator.seeded(5), Duration.ofSeconds(180), acquirer),
            43, 0.01, 0.01, 0.01, 0.02);
    private final Recorder healthy = new Recorder(0, 0);
    private final Recorder flaky = new Recorder(47, 0.01);
    private final Recorder slow = new Recorder(0, 0);
    private final Map<PaymentIntentId, Boolean> intents = new ConcurrentHashMap<>();
    private final AtomicInteger operations = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();

    /** A sink that records every delivery; may fail on purpose with the given odds. */
    private static final class Recorder implements EventSink {
        final List<PaymentEvent> received = java.util.Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger failed = new AtomicInteger();
        private final SplittableRandom random;
        private final double failOdds;
        volatile boolean spin;

        Recorder(long seed, double failOdds) {
            this.random = new SplittableRandom(seed);
            this.failOdds = failOdds;
        }

        @Override
        public void accept(PaymentEvent event) {
            boolean fail;
            synchronized (this) {
                fail = failOdds > 0 && random.nextDouble() < failOdds;
            }
            if (fail) {
                failed.incrementAndGet();
                throw new IllegalStateException("injected: sink failed on " + event.id());
            }
            if (spin) {
                // a slow subscriber: real work per event, no sleeping
                long x = 0;
                for (int i = 0; i < 20_000; i++) {
                    x += Long.bitCount(i);
                }
                assertThat(x).isPositive();
            }
            received.add(event);
        }
    }

    @Test
    void randomOperationsUnderFaults_loseNothingAndAccountForEveryApproval() throws Exception {
        slow.spin = true;
        PaymentEngine engine = PaymentEngine.builder().clock(clock).store(store).processor(processor)
                .idGenerator(IdGenerator.seeded(17)).processorTimeout(Duration.ofMillis(50))
                // the clock moves weeks ahead: keep every event, so the whole history can be checked
                .eventRetention(Duration.ofDays(3650))
                .subscriber("healthy", healthy).subscriber("flaky", flaky).subscriber("slow", slow)
                .deliveryOptions(new DeliveryOptions(1_000, Duration.ofSeconds(1), Duration.ofSeconds(30))).build();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = 1_000 + t;
            workers.add(pool.submit(() -> {
                start.await();
                work(engine, new SplittableRandom(seed), seed);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> w : workers) {
            w.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        // the faults stop; what is owed settles: hung calls end, backoffs pass, owed releases go out
        store.quiet(true);
        processor.quiet(true);
        processor.openGate();
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(1));
            engine.processDue();
        }
        for (SubscriberStatus s : engine.subscribers()) {
            assertThat(s.parked()).as(s.name() + " parked").isFalse();
        }

        Map<String, Integer> violations = new LinkedHashMap<>();
        List<LoggedEvent> log = readWholeLog();
        checkEventsMatchState(log, violations);
        for (Map.Entry<String, Recorder> sink : Map.of("healthy", healthy, "flaky", flaky, "slow", slow).entrySet()) {
            checkDelivered(sink.getKey(), sink.getValue(), log, violations);
        }
        checkApprovals(violations);
        checkKeys(log, violations);

        System.out.printf("fault injection: %d operations (%d failed, %d retried with their key), %d store faults, "
                        + "%d processor faults (%d hung), %d sink failures, %d events logged, %d/%d/%d delivered "
                        + "(healthy/flaky/slow), %d approvals, %d orphan releases, violations %s%n",
                operations.get(), failures.get(), retries.get(), store.injected.get(), processor.injected.get(),
                processor.hung.get(), flaky.failed.get(), log.size(), healthy.received.size(), flaky.received.size(),
                slow.received.size(), acquirer.entries(AcquirerLog.Kind.APPROVAL).size(),
                acquirer.entries(AcquirerLog.Kind.RELEASE).stream()
                        .filter(e -> e.reason() == ReleaseReason.ORPHANED).count(), violations);
        assertThat(store.injected.get()).as("store faults injected").isPositive();
        assertThat(processor.injected.get()).as("processor faults injected").isPositive();
        assertThat(flaky.failed.get()).as("sink faults injected").isPositive();
        assertThat(violations).isEmpty();
    }

    private void work(PaymentEngine engine, SplittableRandom random, long seed) {
        List<PaymentIntentId> mine = new ArrayList<>();
        for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
            operations.incrementAndGet();
            String key = random.nextInt(3) == 0 ? null : "k" + seed + "-" + i;
            int op = random.nextInt(100);
            PaymentIntentId target = mine.isEmpty() ? null : mine.get(random.nextInt(mine.size()));
            if (op < 30 || target == null) {
                String card = CARDS[random.nextInt(CARDS.length)];
                boolean sepa = card.startsWith("pm_sepa");
                CreateParams params = CreateParams.builder(1000 + random.nextInt(9000), sepa ? "eur" : "usd")
                        .paymentMethod(card).paymentMethodTypes(List.of(sepa ? "sepa_debit" : "card"))
                        .captureMethod(random.nextBoolean() ? CaptureMethod.MANUAL : CaptureMethod.AUTOMATIC)
                        .confirm(random.nextInt(3) > 0).build();
                PaymentIntent created = call(key, options -> engine.create(params, options));
                if (created != null) {
                    mine.add(created.id());
                    intents.put(created.id(), true);
                }
            } else if (op < 45) {
                call(key, options -> engine.confirm(target, ConfirmParams.none(), options));
            } else if (op < 60) {
                long amount = random.nextBoolean() ? 500 : 0;
                call(key, options -> engine.capture(target, amount == 0 ? CaptureParams.full()
                        : CaptureParams.amount(amount), options));
            } else if (op < 68) {
                call(key, options -> engine.cancel(target, CancelParams.none(), options));
            } else if (op < 76) {
                ActionOutcome outcome = random.nextInt(4) == 0 ? ActionOutcome.FAILURE : ActionOutcome.SUCCESS;
                call(key, options -> engine.completeAction(target, outcome, options));
            } else if (op < 82) {
                call(key, options -> engine.update(target, UpdateParams.builder().metadata("n", "" + seed).build(),
                        options));
            } else if (op < 90) {
                call(null, options -> engine.retrieve(target, options));
            } else if (op < 94) {
                call(null, options -> {
                    engine.list(ListParams.firstPage(), options);
                    return null;
                });
            } else {
                clock.advance(Duration.ofSeconds(random.nextInt(4) == 0 ? 86_400 * 2 : 120));
                try {
                    engine.processDue();
                } catch (PaymentEngineException e) {
                    failures.incrementAndGet();
                }
            }
        }
    }

    /** Runs one operation, retrying it with its key after a failure that may be retried. */
    private PaymentIntent call(String key, java.util.function.Function<RequestOptions, PaymentIntent> body) {
        RequestOptions options = key == null ? RequestOptions.none() : RequestOptions.idempotencyKey(key);
        for (int attempt = 0; ; attempt++) {
            try {
                return body.apply(options);
            } catch (PaymentEngineException e) {
                e.paymentIntent().ifPresent(pi -> intents.put(pi.id(), true));
                boolean retryable = e.httpStatus() == 500 || e.httpStatus() == 429 || e.httpStatus() == 409;
                if (!retryable || attempt >= 2) {
                    failures.incrementAndGet();
                    return null;
                }
                retries.incrementAndGet();
            }
        }
    }

    private List<LoggedEvent> readWholeLog() {
        List<LoggedEvent> all = new ArrayList<>();
        long after = 0;
        for (List<LoggedEvent> page = store.delegate.readLog(after, 500); !page.isEmpty();
                page = store.delegate.readLog(after, 500)) {
            all.addAll(page);
            after = page.get(page.size() - 1).position();
        }
        return all;
    }

    /** Every logged event belongs to a stored change; each intent's events run 1..its sequence. */
    private void checkEventsMatchState(List<LoggedEvent> log, Map<String, Integer> violations) {
        Map<PaymentIntentId, List<Long>> sequences = new HashMap<>();
        for (LoggedEvent e : log) {
            sequences.computeIfAbsent(e.event().paymentIntentId(), id -> new ArrayList<>()).add(e.event().sequence());
            intents.put(e.event().paymentIntentId(), true);
        }
        for (PaymentIntentId id : intents.keySet()) {
            StoredIntent stored = store.delegate.find(AccountId.DEFAULT, id).orElse(null);
            List<Long> seq = sequences.getOrDefault(id, List.of());
            if (stored == null) {
                if (!seq.isEmpty()) {
                    violations.merge("event without its change", 1, Integer::sum);
                }
                continue;
            }
            for (int i = 0; i < seq.size(); i++) {
                if (seq.get(i) != i + 1) {
                    violations.merge("log sequence gap or disorder", 1, Integer::sum);
                    break;
                }
            }
            if (seq.size() != stored.eventSequence()) {
                violations.merge("committed change without its events", 1, Integer::sum);
            }
        }
    }

    /** Each sink received every logged event, each intent's in sequence order. */
    private static void checkDelivered(String name, Recorder sink, List<LoggedEvent> log,
            Map<String, Integer> violations) {
        Set<EventId> seen = new HashSet<>();
        Map<PaymentIntentId, Long> last = new HashMap<>();
        for (PaymentEvent e : List.copyOf(sink.received)) {
            if (!seen.add(e.id())) {
                continue; // at least once: a duplicate is allowed, the first delivery fixes the order
            }
            long previous = last.getOrDefault(e.paymentIntentId(), 0L);
            if (e.sequence() != previous + 1) {
                violations.merge(name + ": out of order", 1, Integer::sum);
            }
            last.put(e.paymentIntentId(), e.sequence());
        }
        long lost = log.stream().filter(e -> !seen.contains(e.event().id())).count();
        if (lost > 0) {
            violations.merge(name + ": lost events", (int) lost, Integer::sum);
        }
    }

    /** Every approval is on exactly one charge, or released, never both, never neither. */
    private void checkApprovals(Map<String, Integer> violations) {
        Map<String, Integer> charges = new HashMap<>();
        for (PaymentIntentId id : intents.keySet()) {
            store.delegate.find(AccountId.DEFAULT, id).ifPresent(s -> {
                for (Charge c : s.charges()) {
                    charges.merge(c.id().value(), 1, Integer::sum);
                }
            });
        }
        Set<String> orphanReleased = new HashSet<>();
        for (AcquirerLog.Entry e : acquirer.entries(AcquirerLog.Kind.RELEASE)) {
            if (e.reason() == ReleaseReason.ORPHANED) {
                orphanReleased.add(e.movement().attemptId());
            }
        }
        for (AcquirerLog.Entry approval : acquirer.entries(AcquirerLog.Kind.APPROVAL)) {
            String attempt = approval.movement().attemptId();
            int onCharges = charges.getOrDefault(attempt, 0);
            boolean released = orphanReleased.contains(attempt);
            if (onCharges > 1) {
                violations.merge("approval on several charges", 1, Integer::sum);
            } else if (onCharges == 1 && released) {
                violations.merge("approval on a charge and released", 1, Integer::sum);
            } else if (onCharges == 0 && !released) {
                violations.merge("approval unaccounted for", 1, Integer::sum);
            }
        }
    }

    /** The changes made under one idempotency key all come from one request. */
    private static void checkKeys(List<LoggedEvent> log, Map<String, Integer> violations) {
        Map<String, Set<String>> requestsByKey = new HashMap<>();
        for (LoggedEvent e : log) {
            if (e.event().idempotencyKey() != null) {
                requestsByKey.computeIfAbsent(e.event().idempotencyKey(), k -> new HashSet<>())
                        .add(String.valueOf(e.event().requestId()));
            }
        }
        long twice = requestsByKey.values().stream().filter(r -> r.size() > 1).count();
        if (twice > 0) {
            violations.merge("key executed more than once", (int) twice, Integer::sum);
        }
    }
}
