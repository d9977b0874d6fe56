package io.paystate.engine.internal;

import io.paystate.engine.ErrorDetails;
import io.paystate.engine.PaymentEngineException;
import io.paystate.model.AccountId;
import io.paystate.model.CustomerId;
import io.paystate.model.ErrorType;
import io.paystate.model.ErrorCode;
import io.paystate.model.EventId;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodEvent;
import io.paystate.model.PaymentMethodEventType;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.PaymentMethodUsage;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.model.SetupFutureUsage;
import io.paystate.spi.IdKind;
import io.paystate.spi.PaymentMethodCommit;
import io.paystate.spi.PaymentMethodStore;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredPaymentMethod;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The payment methods created through the API: Stripe's reuse rules on intents, and versioned
 * changes committed with their events. The fixed test ids are not stored and are not limited.
 */
final class SavedMethods {
    /** Stripe's answer for a method used once without a customer, or detached. */
    static final String SPENT = "The provided PaymentMethod was previously used with a PaymentIntent without "
            + "Customer attachment, shared with a connected account without Customer attachment, or was detached "
            + "from a Customer. It may not be used again. To use a PaymentMethod multiple times, you must attach it "
            + "to a Customer first.";
    static final String ALREADY_ATTACHED = "The payment method you provided has already been attached to a customer.";
    static final String NOT_ATTACHED =
            "The payment method you provided is not attached to a customer so detachment is impossible.";
    private static final int MAX_ATTEMPTS = 5;

    private final EngineContext engine;
    private final Customers customers;
    private final PaymentMethodStore store;

    SavedMethods(EngineContext engine, Customers customers) {
        this.engine = engine;
        this.customers = customers;
        this.store = engine.config.paymentMethodStore();
    }

    PaymentMethodStore store() {
        return store;
    }

    Customers customers() {
        return customers;
    }

    StoredPaymentMethod require(AccountId account, PaymentMethodId id) {
        return store.find(account, id).orElseThrow(() -> PaymentEngineException.of(new ErrorDetails(404,
                ErrorType.INVALID_REQUEST_ERROR, ErrorCode.RESOURCE_MISSING, "No such PaymentMethod: '" + id + "'",
                "id", null, null, null, null, false)));
    }

    /**
     * The account's stored method, or empty for a method nobody stored (a fixed test id, say). A
     * method another account stored is refused exactly as an unknown one: the processor would find
     * it by its id alone, and Stripe's objects belong to one account.
     */
    Optional<StoredPaymentMethod> findOwn(AccountId account, PaymentMethodId id) {
        Optional<StoredPaymentMethod> found = store.findInAnyAccount(id);
        if (found.isPresent() && !found.get().account().equals(account)) {
            throw Errors.invalid(ErrorCode.RESOURCE_MISSING, "payment_method", "No such PaymentMethod: '" + id + "'");
        }
        return found;
    }

    /**
     * Refuses a stored method an intent may not use: spent (used once unattached, or detached), or
     * attached to a customer other than the intent's.
     */
    void requireUsable(Call call, PaymentMethodId id, @Nullable CustomerId intentCustomer,
            @Nullable PaymentIntent intent) {
        Optional<StoredPaymentMethod> found = findOwn(call.account, id);
        String refusal = refusal(found, intentCustomer, "PaymentIntent");
        if (refusal != null) {
            throw refuse(refusal, intent);
        }
        // the attempt that follows needs the stored method's state: one read per request
        call.checkedMethod(id, found.orElse(null));
    }

    /** Refuses a stored method a SetupIntent may not set up, by the rules intents follow. */
    void requireUsableForSetup(AccountId account, PaymentMethodId id, @Nullable CustomerId customer) {
        String refusal = refusal(findOwn(account, id), customer, "SetupIntent");
        if (refusal != null) {
            throw Errors.invalid(null, "payment_method", refusal);
        }
    }

    /** Why an intent or SetupIntent of this customer may not use the stored method; null when it may. */
    private static @Nullable String refusal(Optional<StoredPaymentMethod> found, @Nullable CustomerId customer,
            String user) {
        if (found.isEmpty()) {
            return null;
        }
        PaymentMethod pm = found.get().paymentMethod();
        if (pm.usage().spent()) {
            return SPENT;
        }
        if (pm.usage() == PaymentMethodUsage.ATTACHED && !Objects.equals(pm.customer(), customer)) {
            return "The provided PaymentMethod is attached to another Customer than this " + user + "'s. "
                    + "Use it with its own Customer (" + pm.customer() + ").";
        }
        return null;
    }

    /** Refuses a stored method that was detached from its customer: it may never be charged again. */
    void requireNotDetached(Call call, PaymentMethodId id, PaymentIntent intent) {
        Optional<StoredPaymentMethod> found = store.find(call.account, id);
        if (found.isPresent() && found.get().paymentMethod().usage() == PaymentMethodUsage.DETACHED) {
            throw refuse(SPENT, intent);
        }
        // the attempt that follows needs the stored method's state: one read per request
        call.checkedMethod(id, found.orElse(null));
    }

    private static PaymentEngineException refuse(String message, @Nullable PaymentIntent intent) {
        return intent == null ? Errors.invalid(null, "payment_method", message)
                : Errors.invalid(null, "payment_method", message, intent);
    }

    /**
     * After a confirmation (or a completed challenge) used a stored method. A new one is spent,
     * unless the intent has a customer and {@code setup_future_usage}: then it is attached to that
     * customer (a declined method is off the intent by now, and still attached, as before). A method
     * attached to the intent's customer is recorded as set up for the intent's future usage once the
     * payment went through (succeeded, held or processing), which is what makes a card that needs
     * authentication chargeable off session later.
     */
    void afterUse(AccountId account, @Nullable PaymentMethodId id, PaymentIntent pi, Call call) {
        if (id == null || (call.checked(id) && call.checkedMethod() == null)) {
            // no method, or one this request's reuse check found unstored (a fixed test id, never stored)
            return;
        }
        Optional<StoredPaymentMethod> found = store.find(account, id);
        if (found.isEmpty()) {
            return;
        }
        PaymentMethod pm = found.get().paymentMethod();
        CustomerId customer = pi.customer();
        SetupFutureUsage future = pi.cardOptions().setupFutureUsage() != null ? pi.cardOptions().setupFutureUsage()
                : pi.setupFutureUsage();
        boolean paid = pi.status() == PaymentIntentStatus.SUCCEEDED || pi.status() == PaymentIntentStatus.REQUIRES_CAPTURE
                || pi.status() == PaymentIntentStatus.PROCESSING;
        if (pm.usage() == PaymentMethodUsage.NEW) {
            if (customer != null && pi.setupFutureUsage() != null) {
                change(account, id, PaymentMethodEventType.PAYMENT_METHOD_ATTACHED, m -> {
                    PaymentMethod attached = m.with(customer, PaymentMethodUsage.ATTACHED);
                    return paid && future != null ? attached.setUp(future) : attached;
                }, call);
            } else {
                change(account, id, null, m -> m.with(null, PaymentMethodUsage.CONSUMED), call);
            }
        } else if (pm.usage() == PaymentMethodUsage.ATTACHED && customer != null && customer.equals(pm.customer())
                && paid && future != null) {
            change(account, id, null, m -> m.usage() == PaymentMethodUsage.ATTACHED ? m.setUp(future) : m, call);
        }
    }

    /**
     * After a SetupIntent succeeded with a stored method: attaches it to the SetupIntent's customer
     * ({@code payment_method.attached}) when it is not attached yet, and records it as set up for
     * the SetupIntent's usage. A method spent meanwhile, or attached to another customer, is left as
     * it is: the SetupIntent was checked against both when it was confirmed.
     */
    void afterSetup(AccountId account, PaymentMethodId id, @Nullable CustomerId customer, SetupFutureUsage usage,
            Call call) {
        Optional<StoredPaymentMethod> found = store.find(account, id);
        if (found.isEmpty()) {
            return;
        }
        PaymentMethod pm = found.get().paymentMethod();
        if (customer != null && pm.usage() == PaymentMethodUsage.NEW) {
            change(account, id, PaymentMethodEventType.PAYMENT_METHOD_ATTACHED,
                    m -> m.usage() == PaymentMethodUsage.NEW ? m.with(customer, PaymentMethodUsage.ATTACHED).setUp(usage)
                            : m, call);
        } else if (pm.usage() == PaymentMethodUsage.ATTACHED && (customer == null || customer.equals(pm.customer()))) {
            change(account, id, null, m -> m.usage() == PaymentMethodUsage.ATTACHED ? m.setUp(usage) : m, call);
        } else if (pm.usage() == PaymentMethodUsage.NEW) {
            // without a customer the method stays unattached, set up, and still usable once (Stripe)
            change(account, id, null, m -> m.usage() == PaymentMethodUsage.NEW ? m.setUp(usage) : m, call);
        }
    }

    /** Applies a change to the stored method and commits it with one event of {@code type} (none if null). */
    PaymentMethod change(AccountId account, PaymentMethodId id, @Nullable PaymentMethodEventType type,
            UnaryOperator<PaymentMethod> change, Call call) {
        for (int attempt = 1; ; attempt++) {
            StoredPaymentMethod current = require(account, id);
            PaymentMethod changed = change.apply(current.paymentMethod());
            if (changed.equals(current.paymentMethod())) {
                return changed;
            }
            long sequence = current.eventSequence() + (type == null ? 0 : 1);
            List<PaymentMethodEvent> events = type == null ? List.of() : List.of(event(type, account, changed,
                    sequence, call));
            try {
                return commit(new PaymentMethodCommit(current.with(changed, sequence), events)).paymentMethod();
            } catch (StoreConflictException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw Errors.failure("The payment method " + id + " kept changing concurrently; try again.", e);
                }
            }
        }
    }

    PaymentMethod insert(AccountId account, PaymentMethod pm) {
        return commit(new PaymentMethodCommit(new StoredPaymentMethod(account, pm, 0, 0, 0), List.of()))
                .paymentMethod();
    }

    private PaymentMethodEvent event(PaymentMethodEventType type, AccountId account, PaymentMethod pm, long sequence,
            Call call) {
        return new PaymentMethodEvent(EventId.of(engine.ids.next(IdKind.EVENT)), type, engine.now(), account, pm,
                sequence, call.requestId, call.idempotencyKey);
    }

    /** Commits through the store and marks its log for the relay, even when the outcome is in doubt. */
    private StoredPaymentMethod commit(PaymentMethodCommit commit) {
        try {
            return store.commit(commit);
        } finally {
            engine.pendingLogs.mark(EventFeed.PAYMENT_METHODS);
        }
    }
}
