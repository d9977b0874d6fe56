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
     * Refuses a stored method an intent may not use: spent (used once unattached, or detached), or
     * attached to a customer other than the intent's.
     */
    void requireUsable(AccountId account, PaymentMethodId id, @Nullable CustomerId intentCustomer,
            @Nullable PaymentIntent intent) {
        Optional<StoredPaymentMethod> found = store.find(account, id);
        if (found.isEmpty()) {
            return;
        }
        PaymentMethod pm = found.get().paymentMethod();
        if (pm.usage().spent()) {
            throw refuse(SPENT, intent);
        }
        if (pm.usage() == PaymentMethodUsage.ATTACHED && !Objects.equals(pm.customer(), intentCustomer)) {
            throw refuse("The provided PaymentMethod is attached to another Customer than this PaymentIntent's. "
                    + "Use it with its own Customer (" + pm.customer() + ").", intent);
        }
    }

    private static PaymentEngineException refuse(String message, @Nullable PaymentIntent intent) {
        return intent == null ? Errors.invalid(null, "payment_method", message)
                : Errors.invalid(null, "payment_method", message, intent);
    }

    /**
     * After a confirmation used a stored method that was new (whatever its outcome: a declined
     * method is off the intent by now): with a customer and {@code setup_future_usage} it is attached
     * to that customer, otherwise it is spent.
     */
    void afterUse(AccountId account, @Nullable PaymentMethodId id, PaymentIntent pi, Call call) {
        if (id == null || store.find(account, id).map(s -> s.paymentMethod().usage() != PaymentMethodUsage.NEW)
                .orElse(true)) {
            return;
        }
        CustomerId customer = pi.customer();
        if (customer != null && pi.setupFutureUsage() != null) {
            change(account, id, PaymentMethodEventType.PAYMENT_METHOD_ATTACHED,
                    pm -> pm.with(customer, PaymentMethodUsage.ATTACHED), call);
        } else {
            change(account, id, null, pm -> pm.with(null, PaymentMethodUsage.CONSUMED), call);
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
                return store.commit(new PaymentMethodCommit(current.with(changed, sequence), events)).paymentMethod();
            } catch (StoreConflictException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw Errors.failure("The payment method " + id + " kept changing concurrently; try again.", e);
                }
            }
        }
    }

    PaymentMethod insert(AccountId account, PaymentMethod pm) {
        return store.commit(new PaymentMethodCommit(new StoredPaymentMethod(account, pm, 0, 0, 0), List.of()))
                .paymentMethod();
    }

    private PaymentMethodEvent event(PaymentMethodEventType type, AccountId account, PaymentMethod pm, long sequence,
            Call call) {
        return new PaymentMethodEvent(EventId.of(engine.ids.next(IdKind.EVENT)), type, engine.now(), account, pm,
                sequence, call.requestId, call.idempotencyKey);
    }
}
