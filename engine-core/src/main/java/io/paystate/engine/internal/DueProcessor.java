package io.paystate.engine.internal;

import io.paystate.model.PaymentIntentId;
import io.paystate.spi.IdempotencyStore;
import io.paystate.spi.StoredIntent;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code processDue()}: applies every clock-driven step due at the engine clock's instant, across all
 * intents, and frees idempotency keys past their retention.
 */
final class DueProcessor {
    private final EngineContext engine;
    private final UnitOfWork unitOfWork;
    private final IdempotencyStore idempotencyStore;

    DueProcessor(EngineContext engine, UnitOfWork unitOfWork, IdempotencyStore idempotencyStore) {
        this.engine = engine;
        this.unitOfWork = unitOfWork;
        this.idempotencyStore = idempotencyStore;
    }

    /** Returns how many steps were applied. */
    int processDue() {
        Instant now = engine.now();
        idempotencyStore.expire(now);
        int changed = 0;
        Set<PaymentIntentId> stuck = new HashSet<>();
        // One step at a time, always the earliest deadline: an intent that settles and is then held
        // re-enters the index with its new deadline, so every step across all intents happens in
        // due-time order (ties in creation order, the store's ordinal).
        while (true) {
            StoredIntent next = null;
            for (StoredIntent candidate : engine.store.findDue(now, stuck.size() + 1)) {
                if (!stuck.contains(candidate.intent().id())) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                return changed;
            }
            if (unitOfWork.applyNextDueStep(next, now)) {
                changed++;
            } else {
                stuck.add(next.intent().id());
            }
        }
    }
}
