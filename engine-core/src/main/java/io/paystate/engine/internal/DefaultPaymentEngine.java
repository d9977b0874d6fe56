package io.paystate.engine.internal;

import io.paystate.engine.ActionOutcome;
import io.paystate.engine.CancelParams;
import io.paystate.engine.CaptureParams;
import io.paystate.engine.ConfirmParams;
import io.paystate.engine.CreateParams;
import io.paystate.engine.ExpiryPolicy;
import io.paystate.engine.IncrementAuthorizationParams;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentEngineException;
import io.paystate.engine.Request;
import io.paystate.engine.RequestOptions;
import io.paystate.engine.Response;
import io.paystate.engine.UpdateParams;
import io.paystate.engine.internal.fsm.SquirrelTransitionRunner;
import io.paystate.engine.internal.idempotency.CaffeineIdempotencyStore;
import io.paystate.engine.internal.query.QueryService;
import io.paystate.model.AccountId;
import io.paystate.model.CaptureMethod;
import io.paystate.model.CardOptions;
import io.paystate.model.Charge;
import io.paystate.model.ChargeId;
import io.paystate.model.ChargeStatus;
import io.paystate.model.ConfirmationMethod;
import io.paystate.model.Currency;
import io.paystate.model.CustomerId;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.EventId;
import io.paystate.model.EventType;
import io.paystate.model.LastPaymentError;
import io.paystate.model.NextAction;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.RefundReason;
import io.paystate.spi.AuthorizationAttempt;
import io.paystate.spi.AuthorizationOutcome;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.IdKind;
import io.paystate.spi.IdempotencyStore;
import io.paystate.spi.IncrementOutcome;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.PaymentMethodData;
import io.paystate.spi.PaymentMethodDetails;
import io.paystate.spi.PaymentProcessor;
import io.paystate.spi.SettlementOutcome;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredIntent;
import io.paystate.spi.TokenizationResult;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The engine. Every command follows the same path under the intent's lock: load, apply what the
 * clock made due (committed on its own, so an expiry is never lost to a failing operation), check
 * the transition table, decide the outcome (asking the processor), fire the state machine, write the
 * new state with compare-and-set, then emit the events. Nothing is written or emitted before the
 * command has passed every check.
 */
public final class DefaultPaymentEngine implements PaymentEngine {
    private static final int MAX_CONFLICT_RETRIES = 3;
    private static final int DUE_BATCH = 512;
    private static final String HOOKS = "https://hooks.stripe.test/3ds/";

    private final EngineConfig config;
    private final PaymentIntentStore store;
    private final InstantSource clock;
    private final GuardedEventSink sink;
    private final PaymentProcessor processor;
    private final IdGenerator ids;
    private final TransitionTable table = TransitionTable.instance();
    private final TransitionRunner runner;
    private final IntentLocks locks = new IntentLocks();
    private final IdempotencyStore idempotencyStore;
    private final IdempotencyGate gate;
    private final QueryService queries;

    /** Creates an engine running its transitions on squirrel. */
    public DefaultPaymentEngine(EngineConfig config) {
        this(config, SquirrelTransitionRunner.create(TransitionTable.instance()));
    }

    /** Creates an engine with another transition runner (benchmark baselines). */
    public DefaultPaymentEngine(EngineConfig config, TransitionRunner runner) {
        this.config = Objects.requireNonNull(config, "config");
        this.store = config.store();
        this.clock = config.clock();
        this.sink = new GuardedEventSink(config.eventSink());
        this.processor = config.processor();
        this.ids = config.idGenerator();
        this.runner = Objects.requireNonNull(runner, "runner");
        this.idempotencyStore = config.idempotencyStore() != null ? config.idempotencyStore()
                : CaffeineIdempotencyStore.create(config.clock(), config.idempotencyKeyRetention());
        this.gate = new IdempotencyGate(idempotencyStore, clock);
        this.queries = new QueryService(store);
    }

    /** The request being served: who asks, and the ids its events carry. */
    private record Call(AccountId account, @Nullable String requestId, @Nullable String idempotencyKey) {}

    /**
     * An error to raise after the command's changes were committed: a decline (402), or a refusal
     * that still counted (a microdeposit mismatch).
     */
    private record Decline(int httpStatus, ErrorType type, ErrorCode code, @Nullable String declineCode,
            String message, @Nullable String param, @Nullable ChargeId charge) {
        Decline(ErrorCode code, @Nullable String declineCode, String message, @Nullable ChargeId charge) {
            this(402, ErrorType.CARD_ERROR, code, declineCode, message, null, charge);
        }

        PaymentEngineException toException(PaymentIntent committed) {
            return PaymentEngineException.of(new io.paystate.engine.ErrorDetails(httpStatus, type, code, message, param,
                    declineCode, committed, charge, null, false));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // entry point

    @Override
    @SuppressWarnings("unchecked")
    public <T> Response<T> execute(Request<T> request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(options, "options");
        Call call = new Call(options.account(), ids.next(IdKind.REQUEST), options.idempotencyKey());
        Runnable validate = () -> validate(request);
        Supplier<Response<T>> run = () -> new Response<>((T) guarded(() -> run(request, call)), false, call.requestId());
        return gate.call(options, request, validate, run);
    }

    private static void validate(Request<?> request) {
        if (request instanceof Request.Malformed r) {
            throw PaymentEngineException.of(r.error());
        } else if (request instanceof Request.Create r) {
            RequestValidator.validateCreate(r.params());
        } else if (request instanceof Request.Update r) {
            RequestValidator.validateUpdate(r.params());
        } else if (request instanceof Request.Confirm r) {
            RequestValidator.validateConfirm(r.params());
        } else if (request instanceof Request.ClientConfirm r) {
            RequestValidator.validateConfirm(r.params());
        } else if (request instanceof Request.Capture r) {
            RequestValidator.validateCapture(r.params());
        } else if (request instanceof Request.Cancel r) {
            RequestValidator.validateCancel(r.params());
        } else if (request instanceof Request.IncrementAuthorization r) {
            RequestValidator.validateIncrement(r.params());
        } else if (request instanceof Request.VerifyMicrodeposits r) {
            RequestValidator.validateMicrodeposits(r.params());
        } else if (request instanceof Request.ApplyCustomerBalance r) {
            RequestValidator.validateCustomerBalance(r.params());
        }
    }

    private Object run(Request<?> request, Call call) {
        if (request instanceof Request.Create r) {
            return create(r.params(), call);
        } else if (request instanceof Request.Retrieve r) {
            return onIntent(r.id(), call, true, d -> null);
        } else if (request instanceof Request.Update r) {
            return onIntent(r.id(), call, true, d -> update(d, r.params()));
        } else if (request instanceof Request.Confirm r) {
            return onIntent(r.id(), call, false, d -> confirm(d, r.params(), call));
        } else if (request instanceof Request.Capture r) {
            return onIntent(r.id(), call, true, d -> capture(d, r.params(), call));
        } else if (request instanceof Request.Cancel r) {
            return onIntent(r.id(), call, true, d -> cancel(d, r.params(), call));
        } else if (request instanceof Request.CompleteAction r) {
            return onIntent(r.id(), call, false, d -> completeAction(d, r.outcome(), call));
        } else if (request instanceof Request.IncrementAuthorization r) {
            return onIntent(r.id(), call, false, d -> increment(d, r.params(), call));
        } else if (request instanceof Request.List r) {
            // no caller may see an overdue hold: apply what is due before reading
            processDue();
            return queries.list(call.account(), r.params());
        } else if (request instanceof Request.Search r) {
            processDue();
            return queries.search(call.account(), r.params());
        } else if (request instanceof Request.VerifyMicrodeposits r) {
            return onIntent(r.id(), call, false, d -> verifyMicrodeposits(d, r.params()));
        } else if (request instanceof Request.ApplyCustomerBalance r) {
            return onIntent(r.id(), call, true, d -> applyCustomerBalance(d, r.params()));
        } else if (request instanceof Request.ListLineItems r) {
            StoredIntent stored = read(r.id(), call);
            return Pages.lineItems(stored.intent().lineItems(), r.limit(), r.startingAfter(), r.endingBefore());
        } else if (request instanceof Request.ListCharges r) {
            List<Charge> charges = new ArrayList<>(read(r.id(), call).charges());
            java.util.Collections.reverse(charges);
            return new io.paystate.engine.ChargeList(charges, false);
        } else if (request instanceof Request.RetrieveCharge r) {
            return read(r.id(), call).charges().stream().filter(c -> c.id().equals(r.chargeId())).findFirst()
                    .orElseThrow(() -> io.paystate.engine.PaymentEngineException.of(new io.paystate.engine.ErrorDetails(
                            404, ErrorType.INVALID_REQUEST_ERROR, ErrorCode.RESOURCE_MISSING,
                            "No such charge: '" + r.chargeId() + "'", "charge", null, null, null, null, false)));
        } else if (request instanceof Request.ClientRetrieve r) {
            return publishable(() -> onIntent(r.id(), call, true, d -> {
                requireSecret(d, r.clientSecret());
                return null;
            }));
        } else if (request instanceof Request.ClientConfirm r) {
            return publishable(() -> onIntent(r.id(), call, false, d -> {
                requireSecret(d, r.clientSecret());
                return confirm(d, r.params(), call);
            }));
        }
        throw Errors.invalid(null, "operation", "The operation " + request.operation() + " is not supported.");
    }

    /**
     * Checks a client secret in constant time. A wrong secret gets the very answer an unknown intent
     * gets, so a caller cannot tell whether the id exists.
     */
    private static void requireSecret(Work work, String clientSecret) {
        byte[] expected = work.draft.clientSecret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] given = clientSecret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (!java.security.MessageDigest.isEqual(expected, given)) {
            throw Errors.noSuchIntent(work.draft.id);
        }
    }

    /** Restricts a client-side answer, success or error, to the publishable view of the intent. */
    private static PaymentIntent publishable(Supplier<PaymentIntent> call) {
        try {
            return call.get().publishableView();
        } catch (PaymentEngineException e) {
            io.paystate.engine.ErrorDetails d = e.details();
            if (d.paymentIntent() == null) {
                throw e;
            }
            throw PaymentEngineException.of(new io.paystate.engine.ErrorDetails(d.httpStatus(), d.type(), d.code(),
                    d.message(), d.param(), d.declineCode(), d.paymentIntent().publishableView(), d.charge(),
                    d.requestId(), d.replayed()));
        }
    }

    /** Turns failures of the engine or of a host SPI into a 500 {@code api_error}; nothing changed. */
    private static Object guarded(Supplier<Object> body) {
        try {
            return body.get();
        } catch (PaymentEngineException e) {
            throw e;
        } catch (RuntimeException e) {
            throw Errors.failure("The engine failed to process the request: " + e.getClass().getSimpleName(), e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // the path every command on one intent takes

    /** A command's working state: the draft, the time, and the events it has produced so far. */
    private final class Work {
        final IntentDraft draft;
        final Instant now;
        final Call call;
        final List<PaymentEvent> events = new ArrayList<>();
        boolean changed;

        Work(IntentDraft draft, Instant now, Call call) {
            this.draft = draft;
            this.now = now;
            this.call = call;
        }

        void emit(EventType type, PaymentIntent snapshot, @Nullable Charge charge, Instant at) {
            draft.eventSequence++;
            events.add(new PaymentEvent(new EventId(ids.next(IdKind.EVENT)), type, at, draft.account, snapshot,
                    type.isPaymentIntentEvent() ? null : charge, draft.eventSequence, call.requestId(),
                    call.idempotencyKey()));
        }
    }

    private PaymentIntent onIntent(PaymentIntentId id, Call call, boolean retryOnConflict, CommandFunction body) {
        return locks.withLock(id, () -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    return runOnce(id, call, body);
                } catch (StoreConflictException e) {
                    // another engine sharing the store won the race; a command that consulted the
                    // processor is not repeated behind the caller's back
                    if (!retryOnConflict || attempt >= MAX_CONFLICT_RETRIES) {
                        throw Errors.lockTimeout(id);
                    }
                }
            }
        });
    }

    /** The body of a command on a loaded draft; returns a decline to raise after commit, or null. */
    @FunctionalInterface
    private interface CommandFunction {
        @Nullable Decline apply(Work work);
    }

    private PaymentIntent runOnce(PaymentIntentId id, Call call, CommandFunction body) {
        Instant now = now();
        StoredIntent stored = store.find(call.account(), id).orElseThrow(() -> Errors.noSuchIntent(id));
        stored = applyDue(stored, now);
        Work work = new Work(new IntentDraft(stored), now, call);
        Decline decline = body.apply(work);
        PaymentIntent result;
        if (work.changed) {
            result = commit(work, false).intent();
        } else {
            result = stored.intent();
        }
        if (decline != null) {
            throw decline.toException(result);
        }
        return result;
    }

    /** Loads an intent for a read, applying what the clock made due first. */
    private StoredIntent read(PaymentIntentId id, Call call) {
        return locks.withLock(id, () -> applyDue(
                store.find(call.account(), id).orElseThrow(() -> Errors.noSuchIntent(id)), now()));
    }

    private StoredIntent commit(Work work, boolean insert) {
        StoredIntent candidate = work.draft.toStored();
        StoredIntent saved = insert ? store.insert(candidate) : store.update(candidate);
        for (PaymentEvent event : work.events) {
            sink.emit(event);
        }
        return saved;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Fires one transition of the table on the draft: the state machine decides the target, then
     * {@code effects} sets the fields that go with it, and the transition's events are recorded with
     * the resulting snapshot.
     */
    private void transition(Work work, Trigger trigger, Outcome outcome, Instant at, Effects effects) {
        IntentDraft d = work.draft;
        Transition t = table.find(d.status, trigger, outcome).orElseThrow(() -> new IllegalStateException(
                "no transition " + trigger + "/" + outcome + " from " + d.status.wireName()));
        PaymentIntentStatus reached;
        try {
            reached = runner.fire(t);
        } catch (TransitionRejectedException e) {
            throw Errors.unexpectedState(trigger, d.snapshot());
        }
        if (reached != t.to()) {
            throw new IllegalStateException("state machine reached " + reached + " for " + t);
        }
        d.status = reached;
        effects.apply(d);
        work.changed = true;
        PaymentIntent snapshot = d.snapshot();
        for (EventType type : t.events()) {
            work.emit(type, snapshot, d.latestCharge(), at);
        }
    }

    @FunctionalInterface
    private interface Effects {
        void apply(IntentDraft d);
    }

    private void requireAllowed(Work work, Trigger trigger) {
        if (!table.allows(work.draft.status, trigger)) {
            throw Errors.unexpectedState(trigger, work.draft.snapshot());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // clock-driven transitions

    @Override
    public int processDue() {
        Instant now = now();
        idempotencyStore.expire(now);
        int changed = 0;
        java.util.Set<PaymentIntentId> stuck = new java.util.HashSet<>();
        // One step at a time, always the earliest deadline: an intent that settles and is then held
        // re-enters the index with its new deadline, so every step across all intents happens in
        // due-time order (ties in creation order, the store's ordinal).
        while (true) {
            StoredIntent next = null;
            for (StoredIntent candidate : store.findDue(now, stuck.size() + 1)) {
                if (!stuck.contains(candidate.intent().id())) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                return changed;
            }
            StoredIntent candidate = next;
            PaymentIntentId id = candidate.intent().id();
            boolean moved = locks.withLock(id, () -> {
                StoredIntent current = store.find(candidate.account(), id).orElse(null);
                if (current == null) {
                    return false;
                }
                try {
                    return applyDueStep(current, now) != current;
                } catch (RuntimeException e) {
                    // a failing processor must not block the other due intents
                    System.getLogger(DefaultPaymentEngine.class.getName()).log(System.Logger.Level.WARNING,
                            "clock-driven transition of " + id + " failed", e);
                    return false;
                }
            });
            if (moved) {
                changed++;
            } else {
                stuck.add(id);
            }
        }
    }

    /**
     * Applies every clock-driven transition due at {@code now}, each committed with its events
     * (request id null), and returns the stored result.
     */
    private StoredIntent applyDue(StoredIntent stored, Instant now) {
        StoredIntent current = stored;
        for (StoredIntent after = applyDueStep(current, now); after != current; after = applyDueStep(current, now)) {
            current = after;
        }
        return current;
    }

    /** Applies the intent's next clock-driven transition if it is due; returns the input otherwise. */
    private StoredIntent applyDueStep(StoredIntent current, Instant now) {
        Instant deadline = current.deadline();
        if (deadline == null || now.isBefore(deadline)) {
            return current;
        }
        Work work = new Work(new IntentDraft(current), now, new Call(current.account(), null, null));
        if (current.intent().status() == PaymentIntentStatus.REQUIRES_CAPTURE) {
            expire(work, deadline);
        } else {
            settle(work, deadline);
        }
        return commit(work, false);
    }

    private void expire(Work work, Instant deadline) {
        boolean cancel = config.expiryPolicy() == ExpiryPolicy.CANCEL;
        transition(work, Trigger.EXPIRE, cancel ? Outcome.DONE : Outcome.REVERTED, deadline, d -> {
            releaseHold(d, RefundReason.EXPIRED_UNCAPTURED_CHARGE);
            if (cancel) {
                d.cancellationReason = io.paystate.model.CancellationReason.AUTOMATIC;
                d.canceledAt = deadline;
            } else {
                d.paymentMethod = null;
            }
        });
    }

    private void settle(Work work, Instant deadline) {
        IntentDraft d = work.draft;
        Charge pending = Objects.requireNonNull(d.latestCharge(), "processing without a charge");
        PaymentMethodDetails pm = details(pending.paymentMethod());
        SettlementOutcome outcome =
                processor.settle(new AuthorizationAttempt(d.account, d.snapshot(), pm, false, deadline));
        d.settlesAt = null;
        if (outcome instanceof SettlementOutcome.Failed failed) {
            transition(work, Trigger.SETTLE, Outcome.DECLINED, deadline, x -> {
                x.replaceLatestCharge(failedCharge(pending, failed.code(), failed.message(), null));
                x.lastPaymentError = new LastPaymentError(failed.type(), failed.code(), null, failed.message(),
                        pending.id(), pm.id(), pm.type(), null);
                x.paymentMethod = null;
            });
        } else if (captureMethod(d) == CaptureMethod.MANUAL) {
            Instant expiresAt = authorizationDeadline(d, pm, false);
            transition(work, Trigger.SETTLE, Outcome.HELD, deadline, x -> {
                x.replaceLatestCharge(heldCharge(pending, expiresAt, false));
                x.amountCapturable = x.amount;
                x.expiresAt = expiresAt;
            });
        } else {
            transition(work, Trigger.SETTLE, Outcome.SUCCEEDED, deadline, x -> {
                x.replaceLatestCharge(capturedCharge(pending, x.amount));
                x.amountReceived = x.amount;
            });
        }
    }

    private PaymentMethodDetails details(@Nullable PaymentMethodId id) {
        if (id == null) {
            throw new IllegalStateException("attempt without a payment method");
        }
        return processor.findPaymentMethod(id).orElseGet(() -> new PaymentMethodDetails(id, "unknown", null, null));
    }

    // ---------------------------------------------------------------------------------------------
    // create

    private PaymentIntent create(CreateParams p, Call call) {
        Instant now = now();
        Currency currency = Currency.of(Objects.requireNonNull(p.currency()));
        // without explicit types, the account's: card in test mode (also with automatic payment methods)
        List<String> types = p.paymentMethodTypes() != null ? p.paymentMethodTypes() : List.of("card");
        PaymentMethodDetails pm = resolvePaymentMethod(p.paymentMethod(), p.paymentMethodData());
        if (pm != null) {
            requireCompatible(pm, types, null);
        }
        if (p.confirm() && pm == null) {
            throw Errors.invalid(ErrorCode.PARAMETER_MISSING, "payment_method", MISSING_PAYMENT_METHOD);
        }
        PaymentIntentId id = new PaymentIntentId(ids.next(IdKind.PAYMENT_INTENT));
        String secret = id.value() + "_secret_" + ids.next(IdKind.CLIENT_SECRET);
        IntentDraft d = new IntentDraft(call.account(), id, secret, Objects.requireNonNull(p.amount()), currency,
                pm == null ? PaymentIntentStatus.REQUIRES_PAYMENT_METHOD : PaymentIntentStatus.REQUIRES_CONFIRMATION,
                p.captureMethod() != null ? p.captureMethod() : CaptureMethod.AUTOMATIC_ASYNC,
                p.confirmationMethod() != null ? p.confirmationMethod() : ConfirmationMethod.AUTOMATIC,
                now, types, p.cardOptions() != null ? p.cardOptions() : CardOptions.NONE);
        d.customer = emptyToNull(p.customer()) == null ? null : CustomerId.of(p.customer());
        d.description = emptyToNull(p.description());
        Map<String, String> metadata = new LinkedHashMap<>();
        p.metadata().forEach((k, v) -> {
            if (!v.isEmpty()) {
                metadata.put(k, v);
            }
        });
        d.metadata = Map.copyOf(metadata);
        d.paymentMethod = pm == null ? null : pm.id();
        d.receiptEmail = emptyToNull(p.receiptEmail());
        d.setupFutureUsage = p.setupFutureUsage();
        d.statementDescriptor = emptyToNull(p.statementDescriptor());
        d.statementDescriptorSuffix = emptyToNull(p.statementDescriptorSuffix());
        d.shipping = p.shipping();
        d.lineItems = lineItems(p.lineItems());
        d.automaticPaymentMethods = p.automaticPaymentMethods();

        Work work = new Work(d, now, call);
        work.changed = true;
        work.emit(EventType.PAYMENT_INTENT_CREATED, d.snapshot(), null, now);
        Decline decline = null;
        if (p.confirm()) {
            decline = attempt(work, Trigger.CONFIRM, Objects.requireNonNull(pm), Boolean.TRUE.equals(p.offSession()),
                    p.returnUrl());
        }
        PaymentIntent created = commit(work, true).intent();
        if (decline != null) {
            throw decline.toException(created);
        }
        return created;
    }

    private static final String MISSING_PAYMENT_METHOD = "You cannot confirm this PaymentIntent because it's missing a "
            + "payment method. You can either update the PaymentIntent with a payment method and then confirm it "
            + "again, or confirm it again directly with a payment method.";

    private @Nullable PaymentMethodDetails resolvePaymentMethod(@Nullable String id, @Nullable PaymentMethodData data) {
        if (id != null && !id.isEmpty()) {
            PaymentMethodId pmId = PaymentMethodId.of(id);
            return processor.findPaymentMethod(pmId).orElseThrow(() -> Errors.invalid(ErrorCode.RESOURCE_MISSING,
                    "payment_method", "No such PaymentMethod: '" + id + "'"));
        }
        if (data != null) {
            TokenizationResult result = processor.createPaymentMethod(data);
            if (result instanceof TokenizationResult.Rejected rejected) {
                throw Errors.cardError(rejected.code(), null, rejected.message(), rejected.param(), null, null);
            }
            return ((TokenizationResult.Created) result).paymentMethod();
        }
        return null;
    }

    private static void requireCompatible(PaymentMethodDetails pm, List<String> types, @Nullable PaymentIntent intent) {
        if (!types.contains(pm.type())) {
            String message = "The PaymentMethod provided (" + pm.type() + ") is not allowed for this PaymentIntent. "
                    + "Please attach a PaymentMethod of one of the following types: " + Errors.join(types)
                    + ". Alternatively update the allowed payment_method_types for this PaymentIntent to include \""
                    + pm.type() + "\".";
            throw intent == null
                    ? Errors.invalid(ErrorCode.PAYMENT_INTENT_INCOMPATIBLE_PAYMENT_METHOD, "payment_method", message)
                    : Errors.invalid(ErrorCode.PAYMENT_INTENT_INCOMPATIBLE_PAYMENT_METHOD, "payment_method", message,
                            intent);
        }
    }

    private static @Nullable String emptyToNull(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    // ---------------------------------------------------------------------------------------------
    // confirm and the payment attempt

    private @Nullable Decline confirm(Work work, ConfirmParams p, Call call) {
        requireAllowed(work, Trigger.CONFIRM);
        IntentDraft d = work.draft;
        PaymentMethodDetails pm = resolvePaymentMethod(p.paymentMethod(), p.paymentMethodData());
        if (pm == null) {
            if (d.paymentMethod == null) {
                throw Errors.invalid(ErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE, null, MISSING_PAYMENT_METHOD,
                        d.snapshot());
            }
            pm = details(d.paymentMethod);
        }
        requireCompatible(pm, d.paymentMethodTypes, d.snapshot());
        if (!pm.id().equals(d.paymentMethod)) {
            d.authenticated = false;
        }
        d.paymentMethod = pm.id();
        if (p.captureMethod() != null) {
            d.captureMethod = p.captureMethod();
        }
        if (p.cardOptions() != null) {
            d.cardOptions = p.cardOptions();
        }
        if (p.receiptEmail() != null) {
            d.receiptEmail = emptyToNull(p.receiptEmail());
        }
        if (p.setupFutureUsage() != null) {
            d.setupFutureUsage = p.setupFutureUsage();
        }
        if (p.shipping() != null) {
            d.shipping = p.shipping();
        }
        return attempt(work, Trigger.CONFIRM, pm, Boolean.TRUE.equals(p.offSession()), p.returnUrl());
    }

    /** Runs a payment attempt: clears the previous error, asks the processor, applies its decision. */
    private @Nullable Decline attempt(Work work, Trigger trigger, PaymentMethodDetails pm, boolean offSession,
            @Nullable String returnUrl) {
        IntentDraft d = work.draft;
        d.lastPaymentError = null;
        d.nextAction = null;
        boolean authenticated = d.authenticated;
        d.authenticated = false;
        // the snapshot the processor sees is the intent as it stands when the attempt starts
        PaymentIntent before = snapshotForAttempt(d);
        AuthorizationAttempt attempt = new AuthorizationAttempt(d.account, before, pm, offSession, work.now);
        d.verificationAttempts = 0;
        d.amountFunded = 0;
        AuthorizationOutcome outcome = authenticated ? processor.afterAuthentication(attempt) : processor.authorize(attempt);
        if (authenticated && outcome instanceof AuthorizationOutcome.RequiresAction) {
            throw new IllegalStateException("processor asked for authentication again after authentication");
        }
        return applyAuthorization(work, trigger, outcome, pm, returnUrl);
    }

    // In requires_action the record demands a next action; the processor sees the intent as it would be
    // without the dropped challenge, so build that view with the status it had before the challenge.
    private static PaymentIntent snapshotForAttempt(IntentDraft d) {
        if (d.status != PaymentIntentStatus.REQUIRES_ACTION) {
            return d.snapshot();
        }
        PaymentIntentStatus status = d.status;
        d.status = PaymentIntentStatus.REQUIRES_CONFIRMATION;
        try {
            return d.snapshot();
        } finally {
            d.status = status;
        }
    }

    private @Nullable Decline applyAuthorization(Work work, Trigger trigger, AuthorizationOutcome outcome,
            PaymentMethodDetails pm, @Nullable String returnUrl) {
        IntentDraft d = work.draft;
        Instant now = work.now;
        if (outcome instanceof AuthorizationOutcome.Authorized authorized) {
            ChargeId chargeId = new ChargeId(ids.next(IdKind.CHARGE));
            if (captureMethod(d) == CaptureMethod.MANUAL) {
                Instant expiresAt = authorizationDeadline(d, pm, authorized.extendedAuthorization());
                Charge charge = new Charge(chargeId, d.id, d.amount, d.currency, 0, 0, false, false,
                        ChargeStatus.SUCCEEDED, null, null, null, pm.id(), expiresAt,
                        authorized.incrementalAuthorizationSupported(), null, now);
                transition(work, trigger, Outcome.HELD, now, x -> {
                    x.charges.add(charge);
                    x.amountCapturable = x.amount;
                    x.expiresAt = expiresAt;
                });
                if (!now.isBefore(expiresAt)) {
                    // authorized at or after the deadline: it expires in the same request (spec A 2)
                    expire(work, expiresAt);
                }
            } else {
                Charge charge = new Charge(chargeId, d.id, d.amount, d.currency, d.amount, 0, true, false,
                        ChargeStatus.SUCCEEDED, null, null, null, pm.id(), null,
                        authorized.incrementalAuthorizationSupported(), null, now);
                transition(work, trigger, Outcome.SUCCEEDED, now, x -> {
                    x.charges.add(charge);
                    x.amountReceived = x.amount;
                });
            }
            return null;
        } else if (outcome instanceof AuthorizationOutcome.RequiresAction action) {
            NextAction next = action.nextAction() != null ? action.nextAction()
                    : returnUrl != null ? new NextAction.RedirectToUrl(HOOKS + d.id + "/redirect", returnUrl)
                    : new NextAction.UseStripeSdk("three_d_secure_redirect", HOOKS + d.id + "/authenticate");
            transition(work, trigger, Outcome.ACTION_REQUIRED, now, x -> x.nextAction = next);
            return null;
        } else if (outcome instanceof AuthorizationOutcome.Declined declined) {
            ChargeId chargeId = new ChargeId(ids.next(IdKind.CHARGE));
            Charge charge = new Charge(chargeId, d.id, d.amount, d.currency, 0, 0, false, false, ChargeStatus.FAILED,
                    declined.code(), declined.message(), declined.declineCode(), pm.id(), null, false, null, now);
            transition(work, trigger, Outcome.DECLINED, now, x -> {
                x.charges.add(charge);
                x.lastPaymentError = new LastPaymentError(declined.type(), declined.code(), declined.declineCode(),
                        declined.message(), chargeId, pm.id(), pm.type(), declined.adviceCode());
                // a failed attempt detaches its payment method: a retry must name one (spec A 7)
                x.paymentMethod = null;
            });
            return new Decline(declined.code(), declined.declineCode(), declined.message(), chargeId);
        } else if (outcome instanceof AuthorizationOutcome.Processing processing) {
            ChargeId chargeId = new ChargeId(ids.next(IdKind.CHARGE));
            Charge charge = new Charge(chargeId, d.id, d.amount, d.currency, 0, 0, false, false, ChargeStatus.PENDING,
                    null, null, null, pm.id(), null, false, null, now);
            Instant settlesAt = now.plus(processing.settlesAfter()).truncatedTo(ChronoUnit.SECONDS);
            transition(work, trigger, Outcome.PROCESSING, now, x -> {
                x.charges.add(charge);
                x.settlesAt = settlesAt;
            });
            return null;
        }
        throw new IllegalStateException("unknown authorization outcome " + outcome);
    }

    private static CaptureMethod captureMethod(IntentDraft d) {
        CaptureMethod override = d.cardOptions.captureMethod();
        return override != null ? override : d.captureMethod;
    }

    /** The authorization window counts from the intent's creation (spec A 2). */
    private Instant authorizationDeadline(IntentDraft d, PaymentMethodDetails pm, boolean extended) {
        Duration window = config.authorizationWindow();
        if (pm.brand() != null) {
            window = config.brandWindows().getOrDefault(pm.brand().toLowerCase(Locale.ROOT), window);
        }
        if (extended && config.extendedAuthorizationWindow().compareTo(window) > 0) {
            window = config.extendedAuthorizationWindow();
        }
        return d.created.plus(window);
    }

    // ---------------------------------------------------------------------------------------------
    // 3-D Secure

    private @Nullable Decline completeAction(Work work, ActionOutcome outcome, Call call) {
        requireAllowed(work, Trigger.COMPLETE_ACTION);
        IntentDraft d = work.draft;
        if (!(d.nextAction instanceof NextAction.RedirectToUrl || d.nextAction instanceof NextAction.UseStripeSdk)) {
            throw Errors.invalid(ErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE, null, "The next action of this "
                    + "PaymentIntent is not a 3-D Secure challenge; it cannot be completed this way.", d.snapshot());
        }
        PaymentMethodDetails pm = details(d.paymentMethod);
        if (outcome == ActionOutcome.FAILURE) {
            transition(work, Trigger.COMPLETE_ACTION, Outcome.AUTHENTICATION_FAILED, work.now, x -> {
                x.nextAction = null;
                x.lastPaymentError = new LastPaymentError(ErrorType.INVALID_REQUEST_ERROR,
                        ErrorCode.PAYMENT_INTENT_AUTHENTICATION_FAILURE, null, "The provided PaymentMethod has failed "
                                + "authentication. You can provide payment_method_data or a new PaymentMethod to "
                                + "attempt to fulfill this PaymentIntent again.", null, pm.id(), pm.type(), null);
                x.paymentMethod = null;
            });
            return null;
        }
        if (d.confirmationMethod == ConfirmationMethod.MANUAL) {
            transition(work, Trigger.COMPLETE_ACTION, Outcome.CONFIRMATION_REQUIRED, work.now, x -> {
                x.nextAction = null;
                x.authenticated = true;
            });
            return null;
        }
        d.authenticated = true;
        attempt(work, Trigger.COMPLETE_ACTION, pm, false, null);
        // the customer acted, not the API caller: a decline shows on the intent only (spec A 8)
        return null;
    }

    // ---------------------------------------------------------------------------------------------
    // capture, cancel, increment

    private @Nullable Decline capture(Work work, CaptureParams p, Call call) {
        requireAllowed(work, Trigger.CAPTURE);
        IntentDraft d = work.draft;
        long amount = p.amountToCapture() != null ? p.amountToCapture() : d.amountCapturable;
        if (amount > d.amountCapturable) {
            throw Errors.invalid(ErrorCode.AMOUNT_TOO_LARGE, "amount_to_capture", "The payment could not be "
                    + "captured because the requested capture amount is greater than the amount you can capture for "
                    + "this charge.", d.snapshot());
        }
        transition(work, Trigger.CAPTURE, Outcome.SUCCEEDED, work.now, x -> {
            Charge held = Objects.requireNonNull(x.latestCharge());
            // the uncaptured remainder is released, recorded as refunded on the charge (spec A 4)
            x.replaceLatestCharge(new Charge(held.id(), held.paymentIntent(), held.amount(), held.currency(), amount,
                    held.amount() - amount, true, false, ChargeStatus.SUCCEEDED, null, null, null,
                    held.paymentMethod(), held.captureBefore(), held.incrementalAuthorizationAvailable(), null,
                    held.created()));
            x.amountReceived = amount;
            x.amountCapturable = 0;
            x.expiresAt = null;
        });
        return null;
    }

    private @Nullable Decline cancel(Work work, CancelParams p, Call call) {
        requireAllowed(work, Trigger.CANCEL);
        IntentDraft d = work.draft;
        boolean held = d.status == PaymentIntentStatus.REQUIRES_CAPTURE;
        transition(work, Trigger.CANCEL, held ? Outcome.RELEASED : Outcome.DONE, work.now, x -> {
            if (held) {
                releaseHold(x, null);
            }
            x.nextAction = null;
            x.cancellationReason = p.cancellationReason();
            x.canceledAt = work.now;
        });
        return null;
    }

    /** Releases a held authorization: nothing capturable, the charge refunded in full. */
    private static void releaseHold(IntentDraft d, @Nullable RefundReason reason) {
        Charge held = Objects.requireNonNull(d.latestCharge(), "held without a charge");
        d.replaceLatestCharge(new Charge(held.id(), held.paymentIntent(), held.amount(), held.currency(), 0,
                held.amount(), false, true, held.status(), held.failureCode(), held.failureMessage(),
                held.declineCode(), held.paymentMethod(), held.captureBefore(), held.incrementalAuthorizationAvailable(),
                reason, held.created()));
        d.amountCapturable = 0;
        d.expiresAt = null;
    }

    private static final int MAX_INCREMENT_ATTEMPTS = 10;

    private @Nullable Decline increment(Work work, IncrementAuthorizationParams p, Call call) {
        requireAllowed(work, Trigger.INCREMENT_AUTHORIZATION);
        IntentDraft d = work.draft;
        Charge held = Objects.requireNonNull(d.latestCharge());
        if (!held.incrementalAuthorizationAvailable()) {
            String why = d.cardOptions.incrementalAuthorizationRequested()
                    ? "its card does not support incremental authorization."
                    : "it was not confirmed with payment_method_options[card][request_incremental_authorization]"
                            + "=if_available.";
            throw Errors.invalid(ErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE, null,
                    "This PaymentIntent's authorization cannot be incremented: " + why, d.snapshot());
        }
        long amount = Objects.requireNonNull(p.amount());
        if (amount <= d.amount) {
            throw Errors.invalid(ErrorCode.AMOUNT_TOO_SMALL, "amount", "The amount of an incremental authorization "
                    + "must be greater than the current amount (" + d.amount + ").", d.snapshot());
        }
        if (d.incrementAttempts >= MAX_INCREMENT_ATTEMPTS) {
            throw Errors.invalid(null, "amount", "This PaymentIntent has reached the limit of "
                    + MAX_INCREMENT_ATTEMPTS + " incremental authorization attempts.", d.snapshot());
        }
        IncrementOutcome outcome = processor.incrementAuthorization(d.snapshot(), held, amount);
        d.incrementAttempts++;
        work.changed = true;
        if (outcome instanceof IncrementOutcome.Declined declined) {
            transition(work, Trigger.INCREMENT_AUTHORIZATION, Outcome.REFUSED, work.now, x -> { });
            return new Decline(declined.code(), declined.declineCode(), declined.message(), held.id());
        }
        transition(work, Trigger.INCREMENT_AUTHORIZATION, Outcome.APPROVED, work.now, x -> {
            x.replaceLatestCharge(new Charge(held.id(), held.paymentIntent(), amount, held.currency(), 0, 0, false,
                    false, held.status(), null, null, null, held.paymentMethod(), held.captureBefore(), true, null,
                    held.created()));
            x.amount = amount;
            x.amountCapturable = amount;
            if (p.description() != null) {
                x.description = emptyToNull(p.description());
            }
        });
        return null;
    }

    // ---------------------------------------------------------------------------------------------
    // bank accounts: microdeposits and customer balance

    /** Verification attempts per microdeposit challenge before it fails (a documented decision). */
    static final int MAX_VERIFICATION_ATTEMPTS = 10;
    /** How long after their arrival microdeposits can be verified. */
    static final Duration VERIFICATION_WINDOW = Duration.ofDays(10);

    private @Nullable Decline verifyMicrodeposits(Work work, io.paystate.engine.VerifyMicrodepositsParams p) {
        requireAllowed(work, Trigger.VERIFY_MICRODEPOSITS);
        IntentDraft d = work.draft;
        if (!(d.nextAction instanceof NextAction.VerifyWithMicrodeposits action)) {
            throw Errors.invalid(ErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE, null, "This PaymentIntent is not waiting "
                    + "for microdeposits to be verified.", d.snapshot());
        }
        PaymentMethodDetails pm = details(d.paymentMethod);
        Instant arrival = Instant.ofEpochSecond(action.arrivalDate());
        if (!work.now.isBefore(arrival.plus(VERIFICATION_WINDOW))) {
            return failVerification(work, pm, ErrorCode.PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_TIMEOUT,
                    "The microdeposits can no longer be verified: they arrived more than 10 days ago.");
        }
        boolean matches = p.amounts() != null
                ? new java.util.HashSet<>(p.amounts()).equals(java.util.Set.of(32L, 45L))
                : "SM11AA".equals(p.descriptorCode());
        if (matches) {
            d.authenticated = true;
            attempt(work, Trigger.VERIFY_MICRODEPOSITS, pm, false, null);
            return null;
        }
        d.verificationAttempts++;
        work.changed = true;
        if (d.verificationAttempts >= MAX_VERIFICATION_ATTEMPTS) {
            return failVerification(work, pm, ErrorCode.PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_ATTEMPTS_EXCEEDED,
                    "You have exceeded the number of allowed verification attempts.");
        }
        transition(work, Trigger.VERIFY_MICRODEPOSITS, Outcome.REFUSED, work.now, x -> { });
        boolean byAmounts = p.amounts() != null;
        return new Decline(400, ErrorType.INVALID_REQUEST_ERROR, byAmounts
                ? ErrorCode.PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_AMOUNTS_MISMATCH
                : ErrorCode.PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_DESCRIPTOR_CODE_MISMATCH, null,
                (byAmounts ? "The amounts provided do not match the amounts that were sent to the bank account."
                        : "The verification code provided does not match the code on the bank statement.")
                        + " You have " + (MAX_VERIFICATION_ATTEMPTS - d.verificationAttempts)
                        + " verification attempts remaining.",
                byAmounts ? "amounts" : "descriptor_code", null);
    }

    private Decline failVerification(Work work, PaymentMethodDetails pm, ErrorCode code, String message) {
        transition(work, Trigger.VERIFY_MICRODEPOSITS, Outcome.DECLINED, work.now, x -> {
            x.nextAction = null;
            x.lastPaymentError = new LastPaymentError(ErrorType.INVALID_REQUEST_ERROR, code, null, message, null,
                    pm.id(), pm.type(), null);
            x.paymentMethod = null;
        });
        return new Decline(400, ErrorType.INVALID_REQUEST_ERROR, code, null, message, null, null);
    }

    private @Nullable Decline applyCustomerBalance(Work work, io.paystate.engine.ApplyCustomerBalanceParams p) {
        requireAllowed(work, Trigger.APPLY_CUSTOMER_BALANCE);
        IntentDraft d = work.draft;
        if (!(d.nextAction instanceof NextAction.DisplayBankTransferInstructions)) {
            throw Errors.invalid(ErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE, null, "This PaymentIntent is not waiting "
                    + "for funds from a customer balance.", d.snapshot());
        }
        if (p.currency() != null && !p.currency().equals(d.currency.code())) {
            throw Errors.invalid(null, "currency", "The currency must be the PaymentIntent's currency ("
                    + d.currency.code() + ").", d.snapshot());
        }
        long remaining = d.amount - d.amountFunded;
        long amount = p.amount() != null ? p.amount() : remaining;
        if (amount > remaining) {
            throw Errors.invalid(ErrorCode.AMOUNT_TOO_LARGE, "amount", "The amount to apply (" + amount
                    + ") is greater than the amount remaining to be funded (" + remaining + ").", d.snapshot());
        }
        long funded = d.amountFunded + amount;
        if (funded < d.amount) {
            transition(work, Trigger.APPLY_CUSTOMER_BALANCE, Outcome.PARTIALLY_FUNDED, work.now, x -> {
                x.amountFunded = funded;
                x.nextAction = new NextAction.DisplayBankTransferInstructions(x.amount - funded, x.currency,
                        ((NextAction.DisplayBankTransferInstructions) x.nextAction).reference());
            });
            return null;
        }
        PaymentMethodDetails pm = details(d.paymentMethod);
        Charge charge = new Charge(new ChargeId(ids.next(IdKind.CHARGE)), d.id, d.amount, d.currency, d.amount, 0, true,
                false, ChargeStatus.SUCCEEDED, null, null, null, pm.id(), null, false, null, work.now);
        transition(work, Trigger.APPLY_CUSTOMER_BALANCE, Outcome.SUCCEEDED, work.now, x -> {
            x.amountFunded = funded;
            x.nextAction = null;
            x.charges.add(charge);
            x.amountReceived = x.amount;
        });
        return null;
    }

    // ---------------------------------------------------------------------------------------------
    // update

    private @Nullable Decline update(Work work, UpdateParams p) {
        IntentDraft d = work.draft;
        PaymentIntent before = d.snapshot();
        if (p.touchesPaymentFields()) {
            if (!table.allows(d.status, Trigger.UPDATE_PAYMENT)) {
                throw Errors.fieldNotUpdatable(firstPaymentField(p), before);
            }
        } else if (d.status == PaymentIntentStatus.CANCELED) {
            String field = firstDetailFieldBeyondCanceled(p);
            if (field != null) {
                throw Errors.fieldNotUpdatable(field, before);
            }
        }
        // metadata, merged, then checked (spec A 6: limits apply to the result)
        Map<String, String> metadata = p.clearMetadata() ? new LinkedHashMap<>() : new LinkedHashMap<>(d.metadata);
        p.metadata().forEach((k, v) -> {
            if (v.isEmpty()) {
                metadata.remove(k);
            } else {
                metadata.put(k, v);
            }
        });
        RequestValidator.metadataCount(metadata);
        Currency currency = p.currency() != null ? Currency.of(p.currency()) : d.currency;
        long amount = p.amount() != null ? p.amount() : d.amount;
        if (p.amount() != null || p.currency() != null) {
            RequestValidator.amount(amount, currency, "amount");
        }
        List<String> types = p.paymentMethodTypes() != null ? p.paymentMethodTypes() : d.paymentMethodTypes;
        PaymentMethodDetails newPm = null;
        boolean detach = "".equals(p.paymentMethod());
        if (p.paymentMethod() != null && !detach) {
            newPm = resolvePaymentMethod(p.paymentMethod(), null);
            requireCompatible(Objects.requireNonNull(newPm), types, before);
        } else if (p.paymentMethodTypes() != null && d.paymentMethod != null && !detach) {
            requireCompatible(details(d.paymentMethod), types, before);
        }
        boolean paymentChanged = newPm != null || detach || amount != d.amount || !currency.equals(d.currency);

        Outcome outcome;
        if (!p.touchesPaymentFields()) {
            outcome = Outcome.KEPT;
        } else if (detach) {
            outcome = Outcome.DETACHED;
        } else if (newPm != null || (d.status == PaymentIntentStatus.REQUIRES_ACTION && paymentChanged)) {
            // a new payment method, or a changed amount under a pending challenge, needs a new
            // confirmation: the challenge is dropped (spec A 6)
            outcome = Outcome.ATTACHED;
        } else {
            outcome = Outcome.KEPT;
        }
        Trigger trigger = p.touchesPaymentFields() ? Trigger.UPDATE_PAYMENT : Trigger.UPDATE_DETAILS;
        PaymentMethodDetails attached = newPm;
        List<io.paystate.model.LineItem> newLineItems = lineItems(p.lineItems());
        transition(work, trigger, outcome, work.now, x -> {
            x.metadata = Map.copyOf(metadata);
            x.amount = amount;
            x.currency = currency;
            x.paymentMethodTypes = types;
            if (attached != null) {
                x.paymentMethod = attached.id();
            } else if (detach) {
                x.paymentMethod = null;
            }
            if (paymentChanged) {
                x.authenticated = false;
            }
            if (x.status != PaymentIntentStatus.REQUIRES_ACTION) {
                x.nextAction = null;
            }
            if (p.customer() != null) {
                x.customer = p.customer().isEmpty() ? null : CustomerId.of(p.customer());
            }
            if (p.description() != null) {
                x.description = emptyToNull(p.description());
            }
            if (p.cardOptions() != null) {
                x.cardOptions = p.cardOptions();
            }
            if (p.captureMethod() != null) {
                x.captureMethod = p.captureMethod();
            }
            if (p.receiptEmail() != null) {
                x.receiptEmail = emptyToNull(p.receiptEmail());
            }
            if (p.setupFutureUsage() != null) {
                x.setupFutureUsage = p.setupFutureUsage();
            } else if (p.clearSetupFutureUsage()) {
                x.setupFutureUsage = null;
            }
            if (p.statementDescriptor() != null) {
                x.statementDescriptor = emptyToNull(p.statementDescriptor());
            }
            if (p.statementDescriptorSuffix() != null) {
                x.statementDescriptorSuffix = emptyToNull(p.statementDescriptorSuffix());
            }
            if (p.shipping() != null) {
                x.shipping = p.shipping();
            } else if (p.clearShipping()) {
                x.shipping = null;
            }
            if (p.lineItems() != null) {
                x.lineItems = newLineItems;
            }
            // any successful update clears the last payment error (spec A 6, B 11.11)
            x.lastPaymentError = null;
        });
        return null;
    }

    private List<io.paystate.model.LineItem> lineItems(@Nullable List<io.paystate.engine.LineItemParams> items) {
        if (items == null) {
            return List.of();
        }
        List<io.paystate.model.LineItem> result = new ArrayList<>(items.size());
        for (io.paystate.engine.LineItemParams item : items) {
            result.add(new io.paystate.model.LineItem(ids.next(IdKind.LINE_ITEM), Objects.requireNonNull(
                    item.productName()), Objects.requireNonNull(item.unitCost()), Objects.requireNonNull(item.quantity()),
                    emptyToNull(item.productCode()), item.discountAmount() == null ? 0 : item.discountAmount(),
                    item.taxAmount() == null ? 0 : item.taxAmount()));
        }
        return List.copyOf(result);
    }

    private static String firstPaymentField(UpdateParams p) {
        if (p.amount() != null) {
            return "amount";
        } else if (p.currency() != null) {
            return "currency";
        } else if (p.paymentMethod() != null) {
            return "payment_method";
        } else if (p.captureMethod() != null) {
            return "capture_method";
        } else if (p.paymentMethodTypes() != null) {
            return "payment_method_types";
        } else if (p.cardOptions() != null) {
            return "payment_method_options";
        } else if (p.customer() != null) {
            return "customer";
        } else if (p.lineItems() != null) {
            return "amount_details";
        }
        return "setup_future_usage";
    }

    private static @Nullable String firstDetailFieldBeyondCanceled(UpdateParams p) {
        if (p.receiptEmail() != null) {
            return "receipt_email";
        } else if (p.statementDescriptor() != null) {
            return "statement_descriptor";
        } else if (p.statementDescriptorSuffix() != null) {
            return "statement_descriptor_suffix";
        } else if (p.shipping() != null || p.clearShipping()) {
            return "shipping";
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------
    // charges

    private static Charge failedCharge(Charge c, ErrorCode code, String message, @Nullable String declineCode) {
        return new Charge(c.id(), c.paymentIntent(), c.amount(), c.currency(), 0, 0, false, false, ChargeStatus.FAILED,
                code, message, declineCode, c.paymentMethod(), null, false, null, c.created());
    }

    private static Charge heldCharge(Charge c, Instant captureBefore, boolean incremental) {
        return new Charge(c.id(), c.paymentIntent(), c.amount(), c.currency(), 0, 0, false, false,
                ChargeStatus.SUCCEEDED, null, null, null, c.paymentMethod(), captureBefore, incremental, null,
                c.created());
    }

    private static Charge capturedCharge(Charge c, long amount) {
        return new Charge(c.id(), c.paymentIntent(), c.amount(), c.currency(), amount, 0, true, false,
                ChargeStatus.SUCCEEDED, null, null, null, c.paymentMethod(), null, false, null, c.created());
    }
}
