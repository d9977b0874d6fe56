package io.paystate.engine.internal;

import io.paystate.spi.Commit;
import io.paystate.spi.FundsMovement;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.PaymentProcessor;
import io.paystate.spi.ReleaseReason;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;

/**
 * Approvals that no commit recorded: released through the processor at once, and, when that fails
 * or when it is not yet known whether their commit landed, kept and retried from
 * {@code processDue()} until they are accounted for. Kept in memory: a crash in between leaves the
 * release to the processor's own expiry of unused authorizations.
 *
 * <p>Thread safety: safe for concurrent use.
 */
final class Orphans {
    private static final Logger LOG = System.getLogger(Orphans.class.getName());

    /** A release still owed; with {@code inDoubt}, only if that commit turns out not to have landed. */
    private record Owed(FundsMovement approval, @Nullable Commit inDoubt) {}

    private final PaymentIntentStore store;
    private final PaymentProcessor processor;
    private final ProcessorGateway gateway;
    private final ConcurrentLinkedQueue<Owed> owed = new ConcurrentLinkedQueue<>();

    Orphans(PaymentIntentStore store, PaymentProcessor processor, ProcessorGateway gateway) {
        this.store = store;
        this.processor = processor;
        this.gateway = gateway;
    }

    /** Releases approvals that were definitely not recorded. */
    void release(List<FundsMovement> approvals) {
        for (FundsMovement approval : approvals) {
            if (!tryRelease(approval)) {
                owed.add(new Owed(approval, null));
            }
        }
    }

    /** Keeps approvals whose commit may or may not have landed, to settle once the store answers. */
    void inDoubt(Commit commit, List<FundsMovement> approvals) {
        for (FundsMovement approval : approvals) {
            owed.add(new Owed(approval, commit));
        }
    }

    /** Settles what is owed: checks doubtful commits, retries failed releases; returns how many remain. */
    int retry() {
        List<Owed> again = new ArrayList<>();
        for (Owed o = owed.poll(); o != null; o = owed.poll()) {
            if (o.inDoubt() != null) {
                try {
                    if (CommitCheck.landed(store, o.inDoubt()) != null) {
                        continue; // recorded on its charge after all
                    }
                } catch (RuntimeException e) {
                    again.add(o);
                    continue;
                }
            }
            if (!tryRelease(o.approval())) {
                again.add(new Owed(o.approval(), null));
            }
        }
        owed.addAll(again);
        return again.size();
    }

    int owed() {
        return owed.size();
    }

    private boolean tryRelease(FundsMovement approval) {
        try {
            gateway.call(() -> {
                processor.release(approval, ReleaseReason.ORPHANED);
                return null;
            });
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "release of unrecorded approval " + approval.attemptId() + " failed; retrying "
                    + "from processDue()", e);
            return false;
        }
    }
}
