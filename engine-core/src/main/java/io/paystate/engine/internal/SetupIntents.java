package io.paystate.engine.internal;

import io.paystate.engine.ErrorDetails;
import io.paystate.engine.PaymentEngineException;
import io.paystate.model.AccountId;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.EventId;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentEvent;
import io.paystate.model.SetupIntentEventType;
import io.paystate.model.SetupIntentId;
import io.paystate.model.SetupIntentStatus;
import io.paystate.spi.IdKind;
import io.paystate.spi.SetupIntentCommit;
import io.paystate.spi.SetupIntentStore;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredSetupIntent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The SetupIntents of one engine: lookups with Stripe's errors, the transitions of the
 * {@link SetupTransitionTable} fired through the state machine, and versioned writes that commit
 * each change with its {@code setup_intent.*} events, retried on the fresh state when another writer
 * won the compare-and-set. A settlement that fell due is applied first, lazily, on every read and
 * change, so nobody sees a SetupIntent still processing past its settlement time.
 */
final class SetupIntents {
    private static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 100;

    /** A change of one SetupIntent; returns the failure to raise once its state is committed, or null. */
    @FunctionalInterface
    interface Mutation {
        @Nullable SetupFailure apply(SetupDraft draft);
    }

    /** An error raised after its state was committed (a decline, a refused verification). */
    record SetupFailure(int httpStatus, ErrorType type, ErrorCode code, @Nullable String declineCode, String message,
            @Nullable String param) {}

    private final EngineContext engine;
    private final SetupIntentStore store;
    private final SetupTransitionTable table = SetupTransitionTable.instance();
    private final SetupTransitionRunner runner;
    private final SavedMethods savedMethods;
    private final SetupAttempts attempts;

    SetupIntents(EngineContext engine, SetupTransitionRunner runner, SavedMethods savedMethods) {
        this.engine = engine;
        this.store = engine.config.setupIntentStore();
        this.runner = runner;
        this.savedMethods = savedMethods;
        this.attempts = new SetupAttempts(engine, this);
    }

    SetupIntentStore store() {
        return store;
    }

    SavedMethods savedMethods() {
        return savedMethods;
    }

    SetupAttempts attempts() {
        return attempts;
    }

    EngineContext engine() {
        return engine;
    }

    /** The stored SetupIntent; a 404 {@code resource_missing} when unknown in this account. */
    StoredSetupIntent require(AccountId account, SetupIntentId id) {
        return store.find(account, id).orElseThrow(() -> noSuchSetupIntent(id.value()));
    }

    static PaymentEngineException noSuchSetupIntent(String id) {
        return PaymentEngineException.of(new ErrorDetails(404, ErrorType.INVALID_REQUEST_ERROR,
                ErrorCode.RESOURCE_MISSING, "No such setupintent: '" + id + "'", "intent", null, null, null, null,
                false));
    }

    /** Reads a SetupIntent, applying a settlement that fell due. */
    SetupIntent read(AccountId account, SetupIntentId id, Call call) {
        StoredSetupIntent stored = require(account, id);
        if (!due(stored)) {
            return stored.setupIntent();
        }
        return change(account, id, call, d -> null);
    }

    /**
     * Settles every SetupIntent whose settlement fell due, as a clock-driven change (no request id),
     * stamped with its settlement time; returns how many it settled. Run by {@code processDue()}.
     */
    int settleDue() {
        int settled = 0;
        while (true) {
            List<StoredSetupIntent> batch = store.dueForSettlement(engine.now(), BATCH);
            int before = settled;
            for (StoredSetupIntent s : batch) {
                // the lazy path does the work: change() settles a due SetupIntent before its mutation
                SetupIntent after = change(s.account(), s.setupIntent().id(), Call.clockDriven(s.account()), d -> null);
                if (after.status() != SetupIntentStatus.PROCESSING) {
                    settled++;
                }
            }
            // a full batch that settled nothing would come back unchanged: stop rather than spin
            if (batch.size() < BATCH || settled == before) {
                return settled;
            }
        }
    }

    boolean due(StoredSetupIntent stored) {
        return stored.setupIntent().status() == SetupIntentStatus.PROCESSING && stored.settlesAt() != null
                && !engine.now().isBefore(stored.settlesAt());
    }

    /** Inserts a new SetupIntent with the events its draft recorded. */
    SetupIntent insert(SetupDraft d, @Nullable SetupFailure failure, Call call) {
        List<SetupIntentEvent> events = events(d, 0, call);
        StoredSetupIntent candidate = new StoredSetupIntent(d.account, d.snapshot(), 0, 0, events.size(),
                d.settlesAt, d.verificationAttempts);
        SetupIntent committed = commit(new SetupIntentCommit(candidate, events)).setupIntent();
        return finish(d, committed, failure, call);
    }

    /**
     * Applies a mutation to the stored state and commits the result; nothing is written when nothing
     * changed. A lost compare-and-set re-reads and re-applies (the command keeps the processor's
     * decision, so it is not asked twice).
     */
    SetupIntent change(AccountId account, SetupIntentId id, Call call, Mutation mutation) {
        for (int attempt = 1; ; attempt++) {
            StoredSetupIntent current = require(account, id);
            SetupDraft d = SetupDraft.of(current);
            if (due(current)) {
                attempts.settle(d);
            }
            SetupFailure failure = mutation.apply(d);
            if (!d.changed) {
                return finish(d, current.setupIntent(), failure, call);
            }
            List<SetupIntentEvent> events = events(d, current.eventSequence(), call);
            StoredSetupIntent candidate = current.with(d.snapshot(), current.eventSequence() + events.size(),
                    d.settlesAt, d.verificationAttempts);
            try {
                SetupIntent committed = commit(new SetupIntentCommit(candidate, events)).setupIntent();
                return finish(d, committed, failure, call);
            } catch (StoreConflictException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw Errors.failure("The SetupIntent " + id + " kept changing concurrently; try again.", e);
                }
            }
        }
    }

    // After the commit: a SetupIntent that succeeded attaches its method to its customer and records
    // it as set up (a second commit, on the payment-method store); then the failure, if any, is raised
    // with the committed SetupIntent embedded, as Stripe embeds it in the error.
    private SetupIntent finish(SetupDraft d, SetupIntent committed, @Nullable SetupFailure failure, Call call) {
        if (d.succeededNow && committed.paymentMethod() != null) {
            savedMethods.afterSetup(d.account, committed.paymentMethod(), committed.customer(), committed.usage(),
                    call);
        }
        SetupIntent shown = call.publishable ? committed.publishableView() : committed;
        if (failure != null) {
            throw PaymentEngineException.of(new ErrorDetails(failure.httpStatus(), failure.type(), failure.code(),
                    failure.message(), failure.param(), failure.declineCode(), null, null, null, false, shown));
        }
        return shown;
    }

    private List<SetupIntentEvent> events(SetupDraft d, long lastSequence, Call call) {
        List<SetupIntentEvent> out = new ArrayList<>(d.events.size());
        long sequence = lastSequence;
        for (SetupDraft.Pending p : d.events) {
            out.add(new SetupIntentEvent(EventId.of(engine.ids.next(IdKind.EVENT)), p.type(), p.at(), d.account,
                    p.snapshot(), ++sequence, call.requestId, call.idempotencyKey));
        }
        return out;
    }

    /** Records an event on the draft, with the SetupIntent as it stands now, at this time. */
    void emit(SetupDraft d, SetupIntentEventType type, Instant at) {
        d.events.add(new SetupDraft.Pending(type, d.snapshot(), at));
        d.changed = true;
    }

    /**
     * Fires a transition of the table on the draft: the state machine decides the target, the
     * effects set the fields that go with it, and the transition's events are recorded.
     */
    void fire(SetupDraft d, SetupTrigger trigger, Outcome outcome, Consumer<SetupDraft> effects) {
        fireAt(d, trigger, outcome, engine.now(), effects);
    }

    /** Fires as {@link #fire}, with events stamped {@code at} (a clock-driven change: its deadline). */
    void fireAt(SetupDraft d, SetupTrigger trigger, Outcome outcome, Instant at, Consumer<SetupDraft> effects) {
        SetupTransition t = table.find(d.status, trigger, outcome).orElseThrow(() -> new IllegalStateException(
                "no transition " + trigger + "/" + outcome + " from " + d.status.wireName()));
        SetupIntentStatus reached;
        try {
            reached = runner.fire(t);
        } catch (SetupTransitionRejectedException e) {
            throw unexpectedState(trigger, d.snapshot());
        }
        if (reached != t.to()) {
            throw new IllegalStateException("state machine reached " + reached + " for " + t);
        }
        d.status = reached;
        effects.accept(d);
        d.changed = true;
        if (reached == SetupIntentStatus.SUCCEEDED && !t.isSelfLoop()) {
            d.succeededNow = true;
        }
        for (SetupIntentEventType type : t.events()) {
            emit(d, type, at);
        }
    }

    /** Answers Stripe's wrong-state error from the table, before anything is decided. */
    void requireAllowed(SetupDraft d, SetupTrigger trigger) {
        if (!table.allows(d.status, trigger)) {
            throw unexpectedState(trigger, d.snapshot());
        }
    }

    /** The wrong-state error of an operation on a SetupIntent, with the SetupIntent embedded. */
    PaymentEngineException unexpectedState(SetupTrigger trigger, SetupIntent si) {
        String s = si.status().wireName();
        String allowed = String.join(", ", table.statusesAllowing(trigger).stream()
                .map(SetupIntentStatus::wireName).toList());
        String message = switch (trigger) {
            case CANCEL -> "You cannot cancel this SetupIntent because it has a status of " + s + ". Only a "
                    + "SetupIntent with one of the following statuses may be canceled: " + allowed + ".";
            case CONFIRM -> si.status() == SetupIntentStatus.SUCCEEDED
                    ? "You cannot confirm this SetupIntent because it has already succeeded after being previously "
                            + "confirmed."
                    : "You cannot confirm this SetupIntent because it has a status of " + s + ". Only a SetupIntent "
                            + "with one of the following statuses may be confirmed: " + allowed + ".";
            case UPDATE_DETAILS, UPDATE_PAYMENT -> "You cannot update this SetupIntent because it has a status of "
                    + s + "." + (allowed.isEmpty() ? "" : " Only a SetupIntent with one of the following statuses "
                            + "may be updated this way: " + allowed + ".");
            default -> "You cannot " + trigger.verb() + " this SetupIntent because it has a status of " + s + "."
                    + (allowed.isEmpty() ? "" : " Only a SetupIntent with one of the following statuses may: "
                            + allowed + ".");
        };
        return PaymentEngineException.of(new ErrorDetails(400, ErrorType.INVALID_REQUEST_ERROR,
                ErrorCode.SETUP_INTENT_UNEXPECTED_STATE, message, null, null, null, null, null, false, si));
    }

    /** Commits through the store and marks its log for the relay, even when the outcome is in doubt. */
    private StoredSetupIntent commit(SetupIntentCommit commit) {
        try {
            return store.commit(commit);
        } finally {
            engine.pendingLogs.mark(EventFeed.SETUP_INTENTS);
        }
    }
}
