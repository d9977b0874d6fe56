package io.paystate.engine.faults;

import io.paystate.engine.ForwardingStore;
import io.paystate.model.AccountId;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.Commit;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredIntent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory store that fails on purpose: a commit may fail before its write (nothing stored),
 * after it (stored, yet the caller sees an exception), or conflict as if another engine had won; a
 * read may fail. One-shot faults are armed by the test; random ones are drawn with the given odds
 * from a seeded generator (under a lock, so runs stay reproducible per thread schedule).
 */
public final class FaultyStore extends ForwardingStore {
    /** The kinds of commit fault. */
    public enum Fault {
        BEFORE_WRITE,
        AFTER_WRITE,
        CONFLICT
    }

    private final SplittableRandom random;
    private final double before;
    private final double after;
    private final double conflict;
    private final double readFailure;
    private volatile Fault next;
    private volatile boolean failReads;
    private volatile boolean failFindDue;
    private volatile boolean quiet;
    public final AtomicInteger injected = new AtomicInteger();

    /** A store without random faults; arm one-shot faults with {@link #failNextCommit}. */
    public FaultyStore() {
        this(0, 0, 0, 0, 0);
    }

    public FaultyStore(long seed, double before, double after, double conflict, double readFailure) {
        this.random = new SplittableRandom(seed);
        this.before = before;
        this.after = after;
        this.conflict = conflict;
        this.readFailure = readFailure;
    }

    /** Makes the next commit fail this way. */
    public void failNextCommit(Fault fault) {
        this.next = fault;
    }

    /** Stops (or restarts) the random faults. */
    public void quiet(boolean value) {
        this.quiet = value;
    }

    /** Makes every read fail (or not). */
    public void failReads(boolean fail) {
        this.failReads = fail;
    }

    /** Makes the due-index lookup fail (or not). */
    public void failFindDue(boolean fail) {
        this.failFindDue = fail;
    }

    private synchronized double draw() {
        return random.nextDouble();
    }

    @Override
    public StoredIntent commit(Commit commit) {
        Fault fault = next;
        next = null;
        if (fault == null && !quiet && before + after + conflict > 0) {
            double d = draw();
            fault = d < before ? Fault.BEFORE_WRITE : d < before + after ? Fault.AFTER_WRITE
                    : d < before + after + conflict ? Fault.CONFLICT : null;
        }
        if (fault == Fault.BEFORE_WRITE) {
            injected.incrementAndGet();
            throw new IllegalStateException("injected: connection lost before the write");
        }
        if (fault == Fault.CONFLICT) {
            injected.incrementAndGet();
            throw new StoreConflictException("injected: another engine won");
        }
        StoredIntent stored = super.commit(commit);
        if (fault == Fault.AFTER_WRITE) {
            injected.incrementAndGet();
            throw new IllegalStateException("injected: connection lost after the write");
        }
        return stored;
    }

    @Override
    public Optional<StoredIntent> find(AccountId account, PaymentIntentId id) {
        if (failReads || (!quiet && readFailure > 0 && draw() < readFailure)) {
            injected.incrementAndGet();
            throw new IllegalStateException("injected: read failed");
        }
        return super.find(account, id);
    }

    @Override
    public List<StoredIntent> findDue(Instant now, int limit) {
        if (failFindDue) {
            throw new IllegalStateException("injected: due index unavailable");
        }
        return super.findDue(now, limit);
    }
}
