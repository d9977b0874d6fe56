package io.paystate.sim;

import io.paystate.engine.ActionOutcome;
import io.paystate.engine.CancelParams;
import io.paystate.engine.CaptureParams;
import io.paystate.engine.CardException;
import io.paystate.engine.ConfirmParams;
import io.paystate.engine.CreateParams;
import io.paystate.engine.InvalidRequestException;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.StateMachineRuntime;
import io.paystate.engine.Request;
import io.paystate.engine.RequestOptions;
import io.paystate.engine.Response;
import io.paystate.model.CancellationReason;
import io.paystate.model.CaptureMethod;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.spi.IdGenerator;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * One partition of a simulation: its own engine, store, virtual clock and random stream, so that
 * partitions run on separate threads and the result depends only on the seed and the partition
 * count. Every lifecycle is a series of planned actions executed in virtual-time order.
 */
final class Partition {
    private static final List<String> DECLINING = List.of("pm_card_visa_chargeDeclined",
            "pm_card_visa_chargeDeclinedInsufficientFunds", "pm_card_chargeDeclinedExpiredCard",
            "pm_card_chargeDeclinedIncorrectCvc", "pm_card_visa_chargeDeclinedLostCard",
            "pm_card_chargeDeclinedProcessingError");
    private static final long DUE_EVERY_SECONDS = 60;

    /** A clock the loop moves; the engine reads it. */
    private static final class VirtualClock implements InstantSource {
        private Instant now;

        VirtualClock(Instant start) {
            now = start;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private enum Kind { ARRIVE, CAPTURE, CANCEL_HOLD, COMPLETE, ABANDON, RETRY }

    private record Action(long at, long seq, Kind kind, int index, PaymentIntentId id) {}

    private final Scenario scenario;
    private final int partition;
    private final int partitions;
    private final Instant start;
    private final SplittableRandom random;
    private final VirtualClock clock;
    final Tally tally;
    final SimulationStore store;
    private final PaymentEngine engine;
    private final PriorityQueue<Action> queue = new PriorityQueue<>(
            (a, b) -> a.at != b.at ? Long.compare(a.at, b.at) : Long.compare(a.seq, b.seq));
    private long seq;
    long operations;
    /** CPU and wall time of {@link #run} on its thread, in nanoseconds (the machine's, not simulated). */
    long cpuNanos;
    long wallNanos;

    Partition(Scenario scenario, long seed, int partition, int partitions, Instant start, boolean tableRunner) {
        this.scenario = scenario;
        this.partition = partition;
        this.partitions = partitions;
        this.start = start;
        this.random = new SplittableRandom(seed * 31 + partition);
        this.clock = new VirtualClock(start);
        this.tally = new Tally(start);
        this.store = new SimulationStore(tally::finished);
        IdGenerator ids = IdGenerator.seeded(seed * 1_000_003L + partition);
        // the baseline runs the same engine with a plain table lookup instead of squirrel
        this.engine = PaymentEngine.builder().clock(clock).store(store).eventSink(tally).idGenerator(ids)
                .stateMachine(tableRunner ? StateMachineRuntime.TABLE_LOOKUP : StateMachineRuntime.SQUIRREL).build();
    }

    /** Runs every lifecycle of this partition; {@code progress} receives each finished arrival. */
    void run(LongConsumer progress) {
        // reported only, never simulated: what the partition cost its thread, to tell the engine's
        // scaling (CPU per intent) from the machine's (wall time)
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        runLifecycles(progress);
        cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
        wallNanos = System.nanoTime() - wallStart;
    }

    private void runLifecycles(LongConsumer progress) {
        double spacing = scenario.days() * 86400.0 / scenario.intents();
        // Arrivals come in time order, so they are read from a cursor rather than queued up front:
        // the queue holds only the follow-ups of live intents instead of every arrival of the run
        // (a heap of millions, each poll a walk down its levels). An arrival goes before a follow-up
        // due at the same second, as when every arrival was queued first.
        int nextArrival = partition;
        long lastDue = 0;
        while (true) {
            boolean arrivalsLeft = nextArrival < scenario.intents();
            Action next = queue.peek();
            if (!arrivalsLeft && next == null) {
                break;
            }
            long arrivalAt = arrivalsLeft ? (long) (nextArrival * spacing) : Long.MAX_VALUE;
            Action a;
            if (next == null || arrivalAt <= next.at) {
                // never queued, so its sequence number is never compared
                a = new Action(arrivalAt, -1, Kind.ARRIVE, nextArrival, null);
                nextArrival += partitions;
            } else {
                a = queue.poll();
            }
            if (a.at >= lastDue + DUE_EVERY_SECONDS) {
                // apply expiries and settlements in time order before acting at a.at
                clock.now = start.plusSeconds(a.at);
                engine.processDue();
                lastDue = a.at;
            }
            clock.now = start.plusSeconds(a.at);
            operations++;
            execute(a);
            if (a.kind == Kind.ARRIVE) {
                progress.accept(1);
            }
        }
        clock.now = clock.now.plusSeconds(10L * 86400);
        engine.processDue();
        tally.close();
    }

    private void schedule(long at, Kind kind, int index, PaymentIntentId id) {
        queue.add(new Action(at, seq++, kind, index, id));
    }

    private long now() {
        return clock.now.getEpochSecond() - start.getEpochSecond();
    }

    private void execute(Action a) {
        // a follow-up of an intent that finished (the store dropped it) is not run; asking the store
        // rather than remembering every finished id keeps the run's memory to the intents in flight
        if (a.id != null && !store.isHeld(a.id)) {
            if (a.kind == Kind.CAPTURE) {
                tally.captureAfterExpiry++;
            }
            return;
        }
        try {
            switch (a.kind) {
                case ARRIVE -> arrive(a.index);
                case CAPTURE -> {
                    PaymentIntent held = engine.retrieve(a.id);
                    if (held.status() == PaymentIntentStatus.REQUIRES_CAPTURE) {
                        boolean partial = random.nextDouble() < scenario.partialCaptureShare();
                        engine.capture(a.id, partial ? CaptureParams.amount(held.amountCapturable() * 7 / 10)
                                : CaptureParams.full());
                    }
                }
                case CANCEL_HOLD -> engine.cancel(a.id, CancelParams.reason(CancellationReason.REQUESTED_BY_CUSTOMER));
                case COMPLETE -> after(engine.completeAction(a.id, ActionOutcome.SUCCESS));
                case ABANDON -> engine.cancel(a.id, CancelParams.reason(CancellationReason.ABANDONED));
                case RETRY -> after(engine.confirm(a.id, ConfirmParams.withPaymentMethod("pm_card_visa")));
            }
        } catch (CardException decline) {
            declined(decline);
        } catch (InvalidRequestException wrongState) {
            if (a.kind == Kind.CAPTURE) {
                tally.captureAfterExpiry++;
            }
        }
    }

    private void arrive(int index) {
        tally.intents++;
        double pick = random.nextDouble();
        String pm;
        boolean card = true;
        boolean threeDs = false;
        if (pick < scenario.goodCardShare()) {
            pm = random.nextBoolean() ? "pm_card_visa" : "pm_card_mastercard";
        } else if (pick < scenario.goodCardShare() + scenario.declineShare()) {
            pm = DECLINING.get(random.nextInt(DECLINING.size()));
        } else if (pick < scenario.goodCardShare() + scenario.declineShare() + scenario.threeDSecureShare()) {
            pm = "pm_card_threeDSecure2Required";
            threeDs = true;
        } else {
            pm = random.nextDouble() < 0.9 ? "pm_sepaDebit_success" : "pm_sepaDebit_failure";
            card = false;
        }
        boolean manual = card && random.nextDouble() < scenario.manualCaptureShare();
        long amount = 500 + random.nextLong(20_000);
        CreateParams.Builder b = CreateParams.builder(amount, card ? "usd" : "eur").paymentMethod(pm).confirm(true)
                .captureMethod(manual ? CaptureMethod.MANUAL : CaptureMethod.AUTOMATIC_ASYNC)
                .metadata("order", Integer.toString(index));
        if (!card) {
            b.paymentMethodTypes(List.of("sepa_debit"));
        }
        CreateParams params = b.build();
        boolean retryTwice = random.nextDouble() < scenario.idempotentRetryShare();
        boolean abandon = threeDs && random.nextDouble() < scenario.abandonShare();
        RequestOptions options = retryTwice ? RequestOptions.idempotencyKey("order-" + index) : RequestOptions.none();
        PaymentIntent created;
        try {
            created = engine.execute(new Request.Create(params), options).body();
        } catch (CardException decline) {
            if (retryTwice) {
                replay(params, options);
            }
            declined(decline);
            return;
        }
        if (retryTwice) {
            replay(params, options);
        }
        if (created.status() == PaymentIntentStatus.REQUIRES_ACTION) {
            long delay = 30 + random.nextLong(600);
            schedule(now() + (abandon ? 3600 : delay), abandon ? Kind.ABANDON : Kind.COMPLETE, index, created.id());
        } else {
            after(created);
        }
    }

    private void replay(CreateParams params, RequestOptions options) {
        try {
            Response<PaymentIntent> again = engine.execute(new Request.Create(params), options);
            if (again.replayed()) {
                tally.replays++;
            }
        } catch (CardException decline) {
            if (decline.isReplayed()) {
                tally.replays++;
            }
        }
    }

    private void after(PaymentIntent pi) {
        if (pi.status() == PaymentIntentStatus.REQUIRES_CAPTURE) {
            long hours = 1 + random.nextLong(scenario.captureWithinHoursMax());
            boolean cancel = random.nextDouble() < scenario.cancelShare();
            schedule(now() + hours * 3600, cancel ? Kind.CANCEL_HOLD : Kind.CAPTURE, 0, pi.id());
        }
    }

    private void declined(CardException decline) {
        PaymentIntent pi = decline.paymentIntent().orElseThrow();
        if (random.nextDouble() < scenario.retryAfterDeclineShare()) {
            schedule(now() + 60 + random.nextLong(3600), Kind.RETRY, 0, pi.id());
        } else {
            // nothing will touch it again: no follow-up, and requires_payment_method has no deadline.
            // Held to the end, they grew the live set the collector copies through a long run.
            store.setAside(pi.id());
            tally.setAside(pi.id());
        }
    }
}
