package io.paystate.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.AcquirerLog;
import io.paystate.engine.CancelParams;
import io.paystate.engine.CaptureParams;
import io.paystate.engine.ConfirmParams;
import io.paystate.engine.CreateParams;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentEngineException;
import io.paystate.engine.RequestOptions;
import io.paystate.engine.TestModeProcessor;
import io.paystate.model.AccountId;
import io.paystate.model.CaptureMethod;
import io.paystate.model.Charge;
import io.paystate.model.EventType;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.LoggedEvent;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.StoredIntent;
import io.paystate.testkit.ManualClock;
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
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Two engines on one database, four pairs of threads: each pair runs one script of random
 * operations twice at once, once on each engine, with the same idempotency keys, on the same
 * intents, while the shared clock makes holds expire and debits settle. Afterwards: every intent's
 * events are gap-free and unique across both nodes and end in its final state, each key executed
 * once, each due step applied once, the amounts add up, and the subscriber both engines name got
 * every event, from the one node holding its lease at the time, each node's share in order.
 */
final class TwoEnginesTest {
    private static final int PAIRS = 4;
    private static final int OPERATIONS = 40;
    private static final Duration KEY_RETENTION = Duration.ofDays(3650);

    private final ManualClock clock = new ManualClock();
    private final AcquirerLog acquirer = new AcquirerLog();
    private final Map<Integer, AtomicInteger> outcomes = new ConcurrentHashMap<>();

    /** One step of a pair's script; {@code target} is the index of an earlier create of that script. */
    private record Op(int kind, String key, int target, long amount, boolean sepa) {}

    private static final class Audit implements io.paystate.spi.EventSink {
        final List<PaymentEvent> received = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public void accept(PaymentEvent event) {
            received.add(event);
        }
    }

    private PaymentEngine engine(PostgresStores stores, Audit audit) {
        return PaymentEngine.builder().clock(clock).store(stores.intentStore())
                .idempotencyStore(stores.idempotencyStore())
                .processor(TestModeProcessor.recording(IdGenerator.random(), Duration.ofSeconds(180), acquirer))
                .eventRetention(Duration.ofDays(3650)).idempotencyKeyRetention(KEY_RETENTION).subscriber("audit", audit).build();
    }

    @Test
    void twoEnginesOnSharedIntents_applyEveryChangeOnceAndLoseNoEvent() throws Exception {
        twoEnginesOnSharedIntents(false);
    }

    @Test
    void twoEnginesNotifyingCommits_applyEveryChangeOnceAndLoseNoEvent() throws Exception {
        // the delivering node's listener delivers the other node's commits while its own threads deliver
        twoEnginesOnSharedIntents(true);
    }

    private void twoEnginesOnSharedIntents(boolean notifying) throws Exception {
        // the clock jumps weeks ahead while the other node of a pair still has to send the same key:
        // keys are kept for the whole test, so that every second use of a key is a replay
        String schema = TestDatabase.freshSchema("two");
        PostgresStores first = PostgresStores.create(TestDatabase.pool(), schema, KEY_RETENTION,
                PostgresStores.DEFAULT_DUE_LEASE);
        first.migrate();
        PostgresStores second = PostgresStores.create(TestDatabase.pool(), schema, KEY_RETENTION,
                PostgresStores.DEFAULT_DUE_LEASE);
        if (notifying) {
            first.notifyCommits();
            second.notifyCommits();
        }
        Audit auditA = new Audit();
        Audit auditB = new Audit();
        PaymentEngine[] engines = {engine(first, auditA), engine(second, auditB)};

        ExecutorService pool = Executors.newFixedThreadPool(PAIRS * 2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int p = 0; p < PAIRS; p++) {
            List<Op> script = script(new SplittableRandom(100 + p), p);
            Map<Integer, PaymentIntentId> created = new ConcurrentHashMap<>();
            for (int side = 0; side < 2; side++) {
                PaymentEngine engine = engines[side];
                boolean advancer = side == 0;
                workers.add(pool.submit(() -> {
                    start.await();
                    run(engine, script, created, advancer);
                    return null;
                }));
            }
        }
        start.countDown();
        for (Future<?> w : workers) {
            w.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        // let everything due happen, on both nodes
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofDays(8));
            engines[0].processDue();
            engines[1].processDue();
        }
        // the listeners stopped: nothing is delivered while the sinks are checked
        first.close();
        second.close();

        PaymentIntentStore store = first.intentStore();
        List<LoggedEvent> log = readWholeLog(store);
        Map<String, Integer> violations = new LinkedHashMap<>();
        checkIntents(store, log, violations);
        checkKeys(log, violations);
        // one subscriber name on both nodes is one subscriber: its lease makes one node deliver at a
        // time, so the two sinks share the events between them, each in order, none lost
        checkDelivered("A", auditA, violations);
        checkDelivered("B", auditB, violations);
        checkNoneLost(List.of(auditA, auditB), log, violations);
        System.out.printf("two engines%s: %d events, outcomes by HTTP status %s, violations %s%n",
                notifying ? " notifying" : "", log.size(), outcomes, violations);
        assertThat(log).isNotEmpty();
        assertThat(outcomes.getOrDefault(200, new AtomicInteger()).get()).isPositive();
        assertThat(outcomes).as("no infrastructure failure").doesNotContainKey(500);
        assertThat(violations).isEmpty();
    }

    private static List<Op> script(SplittableRandom random, int pair) {
        List<Op> ops = new ArrayList<>();
        List<Integer> creates = new ArrayList<>();
        for (int n = 0; n < OPERATIONS; n++) {
            int kind = creates.isEmpty() ? 0 : random.nextInt(6);
            String key = random.nextInt(5) == 0 && kind != 0 ? null : "k" + pair + "-" + n;
            int target = creates.isEmpty() ? -1 : creates.get(random.nextInt(creates.size()));
            ops.add(new Op(kind, key, target, 1000 + random.nextInt(9000), random.nextInt(4) == 0));
            if (kind == 0) {
                creates.add(n);
            }
        }
        return ops;
    }

    private void run(PaymentEngine engine, List<Op> script, Map<Integer, PaymentIntentId> created, boolean advancer) {
        for (int n = 0; n < script.size(); n++) {
            Op op = script.get(n);
            PaymentIntentId target = op.target < 0 ? null : created.get(op.target);
            switch (op.kind) {
                case 0 -> {
                    CreateParams params = CreateParams.builder(op.amount, op.sepa ? "eur" : "usd")
                            .paymentMethod(op.sepa ? "pm_sepaDebit_success" : "pm_card_visa")
                            .paymentMethodTypes(List.of(op.sepa ? "sepa_debit" : "card"))
                            .captureMethod(CaptureMethod.MANUAL).confirm(true).build();
                    PaymentIntent pi = untilAnswered(op.key, o -> engine.create(params, o));
                    if (pi != null) {
                        created.putIfAbsent(n, pi.id());
                    }
                }
                case 1 -> call(target, op.key, o -> engine.capture(target, CaptureParams.full(), o));
                case 2 -> call(target, op.key, o -> engine.capture(target, CaptureParams.amount(500), o));
                case 3 -> call(target, op.key, o -> engine.cancel(target, CancelParams.none(), o));
                case 4 -> call(target, op.key, o -> engine.confirm(target, ConfirmParams.none(), o));
                default -> {
                    if (advancer) {
                        clock.advance(Duration.ofSeconds(op.amount % 3 == 0 ? 8 * 86_400 : 200));
                    }
                    engine.processDue();
                }
            }
        }
    }

    private void call(PaymentIntentId target, String key, Function<RequestOptions, PaymentIntent> body) {
        if (target != null) {
            untilAnswered(key, body);
        }
    }

    /**
     * Runs the request; a 409 (the same key in flight on the other node) is retried until that
     * request's answer is there to replay. Bounded, and without sleeping: the other request is short.
     */
    private PaymentIntent untilAnswered(String key, Function<RequestOptions, PaymentIntent> body) {
        RequestOptions options = key == null ? RequestOptions.none() : RequestOptions.idempotencyKey(key);
        for (int attempt = 0; attempt < 100_000; attempt++) {
            try {
                PaymentIntent pi = body.apply(options);
                outcomes.computeIfAbsent(200, s -> new AtomicInteger()).incrementAndGet();
                return pi;
            } catch (PaymentEngineException e) {
                outcomes.computeIfAbsent(e.httpStatus(), s -> new AtomicInteger()).incrementAndGet();
                if (e.httpStatus() != 409 || key == null) {
                    return null;
                }
                Thread.yield();
            }
        }
        throw new AssertionError("key " + key + " stayed in flight");
    }

    private static List<LoggedEvent> readWholeLog(PaymentIntentStore store) {
        List<LoggedEvent> all = new ArrayList<>();
        long after = 0;
        for (List<LoggedEvent> page = store.readLog(after, 500); !page.isEmpty(); page = store.readLog(after, 500)) {
            all.addAll(page);
            after = page.get(page.size() - 1).position();
        }
        return all;
    }

    /** Per intent: sequences 1..n once each, ending in the stored state; due steps once; amounts add up. */
    private static void checkIntents(PaymentIntentStore store, List<LoggedEvent> log, Map<String, Integer> violations) {
        Map<PaymentIntentId, List<PaymentEvent>> byIntent = new LinkedHashMap<>();
        for (LoggedEvent e : log) {
            byIntent.computeIfAbsent(e.event().paymentIntentId(), id -> new ArrayList<>()).add(e.event());
        }
        Set<String> expiredCharges = new HashSet<>();
        for (Map.Entry<PaymentIntentId, List<PaymentEvent>> entry : byIntent.entrySet()) {
            List<PaymentEvent> events = entry.getValue();
            StoredIntent stored = store.find(AccountId.DEFAULT, entry.getKey()).orElse(null);
            if (stored == null) {
                violations.merge("events without their intent", 1, Integer::sum);
                continue;
            }
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i).sequence() != i + 1) {
                    violations.merge("sequence gap or duplicate", 1, Integer::sum);
                    break;
                }
            }
            if (events.size() != stored.eventSequence()) {
                violations.merge("events missing for a committed change", 1, Integer::sum);
            }
            PaymentIntent last = events.get(events.size() - 1).paymentIntent();
            if (last.status() != stored.intent().status() || last.amountReceived() != stored.intent().amountReceived()) {
                violations.merge("last event disagrees with the final state", 1, Integer::sum);
            }
            long succeeded = count(events, EventType.PAYMENT_INTENT_SUCCEEDED);
            long canceled = count(events, EventType.PAYMENT_INTENT_CANCELED);
            if (succeeded > 1 || canceled > 1 || succeeded + canceled > 1) {
                violations.merge("terminal step applied twice", 1, Integer::sum);
            }
            for (PaymentEvent e : events) {
                if (e.type() == EventType.CHARGE_EXPIRED && !expiredCharges.add(e.charge().id().value())) {
                    violations.merge("expiry applied twice", 1, Integer::sum);
                }
            }
            PaymentIntent pi = stored.intent();
            long captured = stored.charges().stream().mapToLong(Charge::amountCaptured).sum();
            if (pi.amountReceived() > pi.amount() || captured != pi.amountReceived()) {
                violations.merge("amounts do not add up", 1, Integer::sum);
            }
            if (pi.status() == PaymentIntentStatus.REQUIRES_CAPTURE || pi.status() == PaymentIntentStatus.PROCESSING) {
                violations.merge("still due after the clock passed every deadline", 1, Integer::sum);
            }
        }
    }

    private static long count(List<PaymentEvent> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).count();
    }

    /** The changes made under one key all come from one request, whichever node ran it. */
    private static void checkKeys(List<LoggedEvent> log, Map<String, Integer> violations) {
        Map<String, Set<String>> requests = new HashMap<>();
        for (LoggedEvent e : log) {
            if (e.event().idempotencyKey() != null) {
                requests.computeIfAbsent(e.event().idempotencyKey(), k -> new HashSet<>())
                        .add(String.valueOf(e.event().requestId()));
            }
        }
        long twice = requests.values().stream().filter(r -> r.size() > 1).count();
        if (twice > 0) {
            violations.merge("key executed more than once", (int) twice, Integer::sum);
        }
    }

    /** What one node's sink received: each intent's events in sequence order (a node may see only some). */
    private static void checkDelivered(String name, Audit audit, Map<String, Integer> violations) {
        Set<String> seen = new HashSet<>();
        Map<PaymentIntentId, Long> last = new HashMap<>();
        for (PaymentEvent e : List.copyOf(audit.received)) {
            if (!seen.add(e.id().value())) {
                continue;
            }
            if (e.sequence() <= last.getOrDefault(e.paymentIntentId(), 0L)) {
                violations.merge(name + ": delivered out of order", 1, Integer::sum);
            }
            last.put(e.paymentIntentId(), e.sequence());
        }
    }

    /** Every logged event reached the subscriber, on one node or the other. */
    private static void checkNoneLost(List<Audit> audits, List<LoggedEvent> log, Map<String, Integer> violations) {
        Set<String> seen = new HashSet<>();
        for (Audit audit : audits) {
            List.copyOf(audit.received).forEach(e -> seen.add(e.id().value()));
        }
        long lost = log.stream().filter(e -> !seen.contains(e.event().id().value())).count();
        if (lost > 0) {
            violations.merge("events never delivered", (int) lost, Integer::sum);
        }
    }
}
