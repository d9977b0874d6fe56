package io.paystate.bench;

import io.paystate.engine.CreateParams;
import io.paystate.engine.InMemoryPaymentIntentStore;
import io.paystate.engine.PaymentEngine;
import io.paystate.model.CaptureMethod;
import io.paystate.model.PaymentIntent;
import io.paystate.spi.IdGenerator;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Memory per live intent in the in-memory store: heap after holding N intents through the engine,
 * against a baseline of the same N intent snapshots in a plain list, measured in the same run.
 * Usage: {@code bin/bench memory [N]}.
 */
public final class MemoryPerIntent {
    private MemoryPerIntent() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        System.out.printf("intents: %d (held, each with its charge and its 3 events)%n", n);
        measure(n, new InMemoryPaymentIntentStore(), "events kept for the events API (default)");
        measure(n, InMemoryPaymentIntentStore.keepingEventsUntilDelivered(), "events kept until delivered");
    }

    private static void measure(int n, InMemoryPaymentIntentStore store, String mode) {
        InstantSource clock = InstantSource.fixed(Instant.ofEpochSecond(1_767_225_600L));
        CreateParams params = CreateParams.builder(2000, "usd").paymentMethod("pm_card_visa")
                .captureMethod(CaptureMethod.MANUAL).confirm(true).build();
        long base = used();
        PaymentEngine engine = PaymentEngine.builder().clock(clock).store(store).idGenerator(IdGenerator.seeded(1))
                .eventSink(event -> { }).build();
        // held only to keep the records alive while the heap is measured
        @SuppressWarnings("ModifiedButNotUsed")
        List<PaymentIntent> snapshots = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            snapshots.add(engine.create(params));
        }
        long withStoreAndSnapshots = used() - base;
        int events = store.eventCount();
        engine = null;
        store = null;
        long snapshotsOnly = used() - base;
        System.out.printf("%s: %d events held%n", mode, events);
        System.out.printf("  baseline, the intent records alone in a list: %.0f bytes/intent%n",
                (double) snapshotsOnly / n);
        System.out.printf("  in-memory store (records, charges, events, indexes): %.0f bytes/intent (%.2fx the baseline)%n",
                (double) withStoreAndSnapshots / n, (double) withStoreAndSnapshots / snapshotsOnly);
        snapshots.clear();
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
