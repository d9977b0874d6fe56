package io.paystate.engine.internal;

import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.spi.IdempotencyStore;
import io.paystate.spi.StoredIntent;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code processDue()}: applies every clock-driven step due at the engine clock's instant, across all
 * intents; retries failing event subscribers and owed releases; frees idempotency keys and deletes
 * events past their retention.
 */
final class DueProcessor {
    /** Events deleted per store call; bounded so that one call never holds the store for long. */
    private static final int RETENTION_BATCH = 1_000;
    /** Batches per {@code processDue()}; the rest waits for the next call. */
    private static final int RETENTION_BATCHES = 100;

    private final EngineContext engine;
    private final UnitOfWork unitOfWork;
    private final IdempotencyStore idempotencyStore;
    private final EventRelay relay;
    private final Orphans orphans;

    DueProcessor(EngineContext engine, UnitOfWork unitOfWork, IdempotencyStore idempotencyStore, EventRelay relay,
            Orphans orphans) {
        this.engine = engine;
        this.unitOfWork = unitOfWork;
        this.idempotencyStore = idempotencyStore;
        this.relay = relay;
        this.orphans = orphans;
    }

    /**
     * Returns how many steps were applied.
     *
     * @throws io.paystate.engine.EngineFailureException if the store fails
     */
    int processDue() {
        try {
            Instant now = engine.now();
            idempotencyStore.expire(now);
            orphans.retry();
            int changed = applySteps(now, false);
            relay.retryDue();
            deleteOldEvents(now);
            return changed;
        } catch (io.paystate.engine.PaymentEngineException e) {
            throw e;
        } catch (RuntimeException e) {
            throw Errors.failure("The engine failed to process due work: " + e.getClass().getSimpleName(), e);
        } finally {
            relay.deliver();
        }
    }

    /**
     * Applies the expiries due now, skipping intents busy elsewhere and every settlement: what a
     * list or search must apply before it reads, without ever waiting on the processor or on
     * another request.
     */
    void applyDueExpiries() {
        try {
            applySteps(engine.now(), true);
        } finally {
            relay.deliver();
        }
    }

    private int applySteps(Instant now, boolean expiriesOnly) {
        int changed = 0;
        Set<PaymentIntentId> skipped = new HashSet<>();
        // One step at a time, always the earliest deadline: an intent that settles and is then held
        // re-enters the index with its new deadline, so every step across all intents happens in
        // due-time order (ties in creation order, the store's ordinal).
        while (true) {
            StoredIntent next = null;
            List<StoredIntent> due = engine.store.findDue(now, skipped.size() + 1);
            for (StoredIntent candidate : due) {
                if (!skipped.contains(candidate.intent().id())) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                return changed;
            }
            boolean eligible = !expiriesOnly || next.intent().status() == PaymentIntentStatus.REQUIRES_CAPTURE;
            if (eligible && unitOfWork.applyNextDueStep(next, now, expiriesOnly)) {
                changed++;
            } else {
                skipped.add(next.intent().id());
            }
        }
    }

    private void deleteOldEvents(Instant now) {
        Instant cutoff = now.minus(engine.config.eventRetention());
        deleteInBatches(limit -> engine.store.deleteEventsBefore(cutoff, limit));
        deleteInBatches(limit -> engine.config.customerStore().deleteEventsBefore(cutoff, limit));
        deleteInBatches(limit -> engine.config.paymentMethodStore().deleteEventsBefore(cutoff, limit));
        deleteInBatches(limit -> engine.config.setupIntentStore().deleteEventsBefore(cutoff, limit));
    }

    /** Deletes one log's old events in bounded batches, so one call never holds a store for long. */
    private static void deleteInBatches(java.util.function.IntUnaryOperator deleteUpTo) {
        for (int i = 0; i < RETENTION_BATCHES; i++) {
            if (deleteUpTo.applyAsInt(RETENTION_BATCH) < RETENTION_BATCH) {
                return;
            }
        }
    }
}
