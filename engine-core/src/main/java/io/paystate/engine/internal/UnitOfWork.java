package io.paystate.engine.internal;

import io.paystate.engine.PaymentEngineException;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.Commit;
import io.paystate.spi.IdempotencyCompletion;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredIntent;
import io.paystate.spi.StoredResponse;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The path every command on one intent takes: under the intent's lock, load, apply what the clock
 * made due (each step committed on its own, so an expiry is never lost to a failing command), run
 * the command, and commit the new state with its events in one atomic call; then, after the lock
 * is released, deliver the events from the log.
 *
 * <p>A lost compare-and-set race (another engine sharing the store) re-runs the command on the
 * fresh state, re-applying the processor's decisions instead of asking again. A commit whose call
 * failed is checked in the store: landed, it is a success; not landed, nothing changed. Approvals
 * that no commit recorded are released.
 */
final class UnitOfWork {
    private static final Logger LOG = System.getLogger(UnitOfWork.class.getName());
    private static final int MAX_CONFLICT_RETRIES = 3;

    private final EngineContext engine;
    private final DueSteps due;
    private final EventRelay relay;
    private final Orphans orphans;
    private final IntentLocks locks = new IntentLocks();
    // made once: a lambda capturing the command's arguments would be made for every command
    private final IntentLocks.Locked<Call, Body, PaymentIntent> retried = this::runRetried;

    UnitOfWork(EngineContext engine, DueSteps due, EventRelay relay, Orphans orphans) {
        this.engine = engine;
        this.due = due;
        this.relay = relay;
        this.orphans = orphans;
    }

    /** The body of a command on a loaded draft; returns a decline to raise after the commit, or null. */
    @FunctionalInterface
    interface Body {
        @Nullable Decline apply(Work work);
    }

    /** A commit whose outcome the store could not tell: it may or may not have landed. */
    private static final class InDoubt extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Commit commit;

        InDoubt(Commit commit, Throwable cause) {
            super("commit of " + commit.intent().intent().id() + " in doubt", cause, false, false);
            this.commit = commit;
        }
    }

    /** Runs a command on an intent. */
    PaymentIntent onIntent(PaymentIntentId id, Call call, Body body) {
        boolean inDoubt = false;
        try {
            return locks.withLock(id, call, body, retried);
        } catch (InDoubt e) {
            inDoubt = true;
            throw inDoubt(call, e);
        } finally {
            settle(call, inDoubt);
        }
    }

    private PaymentIntent runRetried(PaymentIntentId id, Call call, Body body) {
        for (int attempt = 1; ; attempt++) {
            try {
                return runOnce(id, call, body);
            } catch (StoreConflictException e) {
                if (attempt >= MAX_CONFLICT_RETRIES) {
                    throw Errors.lockTimeout(id);
                }
            }
        }
    }

    /** Stores a new intent built by {@code work}; raises its decline after the commit. */
    PaymentIntent insert(Work work, @Nullable Decline decline) {
        return accounted(work.call, () -> finish(work, decline));
    }

    /** Loads an intent for a read, applying what the clock made due first. */
    StoredIntent read(PaymentIntentId id, Call call) {
        try {
            return locks.withLock(id, () -> applyDue(
                    engine.store.find(call.account, id).orElseThrow(() -> Errors.noSuchIntent(id)), engine.now()));
        } catch (InDoubt e) {
            throw Errors.failure("The store failed while writing a clock-driven change.", e.getCause());
        } finally {
            relay.deliver();
        }
    }

    /**
     * Applies the next clock-driven step of a due intent, under its lock, re-reading it first;
     * returns whether it moved. A step that fails is logged and reported as not moved. With
     * {@code onlyIfFree}, an intent whose lock is held elsewhere is skipped rather than waited for.
     */
    boolean applyNextDueStep(StoredIntent candidate, Instant now, boolean onlyIfFree) {
        PaymentIntentId id = candidate.intent().id();
        boolean[] moved = new boolean[1];
        Runnable step = () -> moved[0] = applyNextDueStepLocked(candidate, now);
        if (onlyIfFree) {
            locks.tryWithLock(id, step);
        } else {
            locks.withLock(id, () -> {
                step.run();
                return null;
            });
        }
        return moved[0];
    }

    private boolean applyNextDueStepLocked(StoredIntent candidate, Instant now) {
        PaymentIntentId id = candidate.intent().id();
        try {
            StoredIntent current = engine.store.find(candidate.account(), id).orElse(null);
            if (current == null) {
                return false;
            }
            Work work = due.next(current, now);
            if (work == null) {
                return false;
            }
            commit(work);
            return true;
        } catch (RuntimeException e) {
            // a failing processor or store must not block the other due intents
            LOG.log(Level.WARNING, "clock-driven transition of " + id + " failed", e);
            return false;
        }
    }

    /**
     * Runs a command's body and accounts for its approvals: released when no commit recorded them,
     * kept for a later check when the commit is in doubt. Events are delivered once the lock is free.
     */
    private PaymentIntent accounted(Call call, Supplier<PaymentIntent> locked) {
        boolean inDoubt = false;
        try {
            return locked.get();
        } catch (InDoubt e) {
            inDoubt = true;
            throw inDoubt(call, e);
        } finally {
            settle(call, inDoubt);
        }
    }

    /** Keeps the approvals of a commit in doubt for a later check; returns the failure to answer. */
    private RuntimeException inDoubt(Call call, InDoubt e) {
        orphans.inDoubt(e.commit, call.takeUnrecorded());
        return Errors.failure("The store failed while writing the change; whether it was saved is checked "
                + "again later.", e.getCause());
    }

    /** Releases the approvals no commit recorded (unless in doubt), then delivers the events. */
    private void settle(Call call, boolean inDoubt) {
        if (!inDoubt) {
            orphans.release(call.takeUnrecorded());
        }
        relay.deliver();
    }

    private PaymentIntent runOnce(PaymentIntentId id, Call call, Body body) {
        Instant now = engine.now();
        // orElse, not orElseThrow: no lambda capturing the id for every command
        StoredIntent stored = engine.store.find(call.account, id).orElse(null);
        if (stored == null) {
            throw Errors.noSuchIntent(id);
        }
        stored = applyDue(stored, now);
        Work work = engine.work(new IntentDraft(stored), now, call);
        Decline decline = body.apply(work);
        if (work.changed) {
            return finish(work, decline);
        }
        if (decline != null) {
            throw decline.toException(stored.intent());
        }
        return stored.intent();
    }

    /**
     * Commits the command's work, with the idempotency record of a keyed request in the same commit,
     * and records its answer; raises its decline after the commit.
     */
    private PaymentIntent finish(Work work, @Nullable Decline decline) {
        StoredIntent candidate = work.draft.toStored();
        IdempotencyCompletion completion = null;
        Call call = work.call;
        if (call.keyed) {
            PaymentIntent answer = call.publishable ? candidate.intent().publishableView() : candidate.intent();
            completion = new IdempotencyCompletion(call.account, java.util.Objects.requireNonNull(call.idempotencyKey),
                    decline == null ? new StoredResponse(200, answer, null, call.requestId)
                            : IdempotencyGate.stored(decline.toException(answer).details()));
        }
        PaymentIntent result = commit(new Commit(candidate, work.events(), completion)).intent();
        work.call.recorded();
        PaymentEngineException raised = decline == null ? null : decline.toException(result);
        work.call.committed(result, raised);
        if (raised != null) {
            throw raised;
        }
        return result;
    }

    /**
     * Applies every clock-driven step due at {@code now}, each committed with its events. A step
     * the processor cannot decide now (a settlement while it is down) is left for later: the read
     * answers with the state as it stands.
     */
    private StoredIntent applyDue(StoredIntent stored, Instant now) {
        StoredIntent current = stored;
        while (true) {
            Work work;
            try {
                work = due.next(current, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "clock-driven transition of " + current.intent().id() + " deferred", e);
                return current;
            }
            if (work == null) {
                return current;
            }
            current = commit(work);
        }
    }

    private StoredIntent commit(Work work) {
        return commit(new Commit(work.draft.toStored(), work.events()));
    }

    private StoredIntent commit(Commit commit) {
        try {
            return store(commit);
        } finally {
            // landed, in doubt or lost: a delivery that only finds no new event costs less than a
            // capture left waiting
            relay.committed(commit.events());
        }
    }

    private StoredIntent store(Commit commit) {
        try {
            return engine.store.commit(commit);
        } catch (StoreConflictException e) {
            throw e;
        } catch (RuntimeException e) {
            StoredIntent landed;
            try {
                landed = CommitCheck.landed(engine.store, commit);
            } catch (RuntimeException again) {
                e.addSuppressed(again);
                throw new InDoubt(commit, e);
            }
            if (landed != null) {
                LOG.log(Level.WARNING, "the store reported a failure for a commit of " + commit.intent().intent().id()
                        + " that it applied; answering success", e);
                return landed;
            }
            throw Errors.failure("The store failed to write the change; nothing changed.", e);
        }
    }
}
