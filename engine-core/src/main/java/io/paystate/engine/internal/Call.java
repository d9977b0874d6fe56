package io.paystate.engine.internal;

import io.paystate.engine.PaymentEngineException;
import io.paystate.model.AccountId;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentMethodId;
import io.paystate.spi.FundsMovement;
import io.paystate.spi.StoredPaymentMethod;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The request being served: who asks, the ids its events carry, the processor's decisions made for
 * it (kept across conflict retries, so a retry re-applies them instead of asking again), and what
 * it committed, which its idempotency key must remember whatever happens afterwards. Clock-driven
 * work runs as a call without request id or key. Used by one thread at a time.
 */
final class Call {
    final AccountId account;
    final @Nullable String requestId;
    final @Nullable String idempotencyKey;
    // created by the first decision: most requests (creates, captures, reads) never ask the processor
    private @Nullable Decisions decisions;
    /** Whether the request runs under an idempotency key (a mutating request that gave one). */
    boolean keyed;
    /** Whether the answer is shown with a publishable key (client-side calls). */
    boolean publishable;
    private @Nullable PaymentIntent committed;
    private @Nullable PaymentEngineException committedError;
    // the stored payment method the reuse check read, so that the attempt does not read it again
    private @Nullable PaymentMethodId checkedMethodId;
    private @Nullable StoredPaymentMethod checkedMethod;

    Call(AccountId account, @Nullable String requestId, @Nullable String idempotencyKey) {
        this.account = account;
        this.requestId = requestId;
        this.idempotencyKey = idempotencyKey;
    }

    /** Remembers what the reuse check found for this method: the account's stored method, or null. */
    void checkedMethod(PaymentMethodId id, @Nullable StoredPaymentMethod found) {
        checkedMethodId = id;
        checkedMethod = found;
    }

    /** Whether this call's reuse check read this method (then {@link #checkedMethod()} is what it found). */
    boolean checked(PaymentMethodId id) {
        return id.equals(checkedMethodId);
    }

    @Nullable StoredPaymentMethod checkedMethod() {
        return checkedMethod;
    }

    /** The processor's decisions made for this call, created on first use. */
    Decisions decisions() {
        Decisions d = decisions;
        if (d == null) {
            d = new Decisions();
            decisions = d;
        }
        return d;
    }

    /** Whether this call reached the processor. */
    boolean processorReached() {
        return decisions != null && decisions.processorReached();
    }

    /** The approvals no commit recorded; see {@link Decisions#takeUnrecorded()}. */
    List<FundsMovement> takeUnrecorded() {
        return decisions == null ? List.of() : decisions.takeUnrecorded();
    }

    /** Marks every approval so far as recorded by a commit. */
    void recorded() {
        if (decisions != null) {
            decisions.recorded();
        }
    }

    static Call clockDriven(AccountId account) {
        return new Call(account, null, null);
    }

    /** Records the answer of a committed command: the intent, or the error raised after the commit. */
    void committed(PaymentIntent intent, @Nullable PaymentEngineException raisedAfterCommit) {
        this.committed = publishable ? intent.publishableView() : intent;
        this.committedError = raisedAfterCommit;
    }

    @Nullable PaymentIntent committedIntent() {
        return committedError == null ? committed : null;
    }

    @Nullable PaymentEngineException committedError() {
        return committedError;
    }

    boolean hasCommitted() {
        return committed != null;
    }
}
