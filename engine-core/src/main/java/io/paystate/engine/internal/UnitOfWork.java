package io.paystate.engine.internal;

import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredIntent;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The path every command on one intent takes, under the intent's lock: load, apply what the clock
 * made due (each step committed on its own, so an expiry is never lost to a failing command), run
 * the command, commit the new state with compare-and-set, then deliver the events. Nothing is
 * written or delivered before the command has passed every check.
 */
final class UnitOfWork {
    private static final Logger LOG = System.getLogger(UnitOfWork.class.getName());
    private static final int MAX_CONFLICT_RETRIES = 3;

    private final EngineContext engine;
    private final DueSteps due;
    private final GuardedEventSink sink;
    private final IntentLocks locks = new IntentLocks();

    UnitOfWork(EngineContext engine, DueSteps due, GuardedEventSink sink) {
        this.engine = engine;
        this.due = due;
        this.sink = sink;
    }

    /** The body of a command on a loaded draft; returns a decline to raise after the commit, or null. */
    @FunctionalInterface
    interface Body {
        @Nullable Decline apply(Work work);
    }

    /**
     * Runs a command on an intent. A compare-and-set conflict (another engine sharing the store won
     * the race) is retried when {@code retryOnConflict}; a command that consulted the processor is
     * not repeated behind the caller's back, and answers 429 instead.
     */
    PaymentIntent onIntent(PaymentIntentId id, Call call, boolean retryOnConflict, Body body) {
        return locks.withLock(id, () -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    return runOnce(id, call, body);
                } catch (StoreConflictException e) {
                    if (!retryOnConflict || attempt >= MAX_CONFLICT_RETRIES) {
                        throw Errors.lockTimeout(id);
                    }
                }
            }
        });
    }

    private PaymentIntent runOnce(PaymentIntentId id, Call call, Body body) {
        Instant now = engine.now();
        StoredIntent stored = engine.store.find(call.account(), id).orElseThrow(() -> Errors.noSuchIntent(id));
        stored = applyDue(stored, now);
        Work work = engine.work(new IntentDraft(stored), now, call);
        Decline decline = body.apply(work);
        PaymentIntent result = work.changed ? commit(work, false).intent() : stored.intent();
        if (decline != null) {
            throw decline.toException(result);
        }
        return result;
    }

    /** Stores a new intent built by {@code work}; raises its decline after the commit. */
    PaymentIntent insert(Work work, @Nullable Decline decline) {
        PaymentIntent created = commit(work, true).intent();
        if (decline != null) {
            throw decline.toException(created);
        }
        return created;
    }

    /** Loads an intent for a read, applying what the clock made due first. */
    StoredIntent read(PaymentIntentId id, Call call) {
        return locks.withLock(id, () -> applyDue(
                engine.store.find(call.account(), id).orElseThrow(() -> Errors.noSuchIntent(id)), engine.now()));
    }

    /**
     * Applies the next clock-driven step of a due intent, under its lock, re-reading it first;
     * returns whether it moved. A step that fails is logged and reported as not moved.
     */
    boolean applyNextDueStep(StoredIntent candidate, Instant now) {
        PaymentIntentId id = candidate.intent().id();
        return locks.withLock(id, () -> {
            StoredIntent current = engine.store.find(candidate.account(), id).orElse(null);
            if (current == null) {
                return false;
            }
            try {
                Work work = due.next(current, now);
                if (work == null) {
                    return false;
                }
                commit(work, false);
                return true;
            } catch (RuntimeException e) {
                // a failing processor must not block the other due intents
                LOG.log(Level.WARNING, "clock-driven transition of " + id + " failed", e);
                return false;
            }
        });
    }

    /** Applies every clock-driven step due at {@code now}, each committed with its events. */
    private StoredIntent applyDue(StoredIntent stored, Instant now) {
        StoredIntent current = stored;
        for (Work work = due.next(current, now); work != null; work = due.next(current, now)) {
            current = commit(work, false);
        }
        return current;
    }

    private StoredIntent commit(Work work, boolean insert) {
        StoredIntent candidate = work.draft.toStored();
        StoredIntent saved = insert ? engine.store.insert(candidate) : engine.store.update(candidate);
        for (PaymentEvent event : work.events) {
            sink.emit(event);
        }
        return saved;
    }
}
