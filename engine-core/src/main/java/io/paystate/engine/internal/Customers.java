package io.paystate.engine.internal;

import io.paystate.engine.PaymentEngineException;
import io.paystate.model.AccountId;
import io.paystate.model.Customer;
import io.paystate.model.CustomerEvent;
import io.paystate.model.CustomerEventType;
import io.paystate.model.CustomerId;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.EventId;
import io.paystate.engine.ErrorDetails;
import io.paystate.spi.CustomerCommit;
import io.paystate.spi.CustomerStore;
import io.paystate.spi.IdKind;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredCustomer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The customers of one engine: lookups with Stripe's errors, and versioned writes that commit each
 * change with its event, retried on the fresh state when another writer won the compare-and-set.
 */
final class Customers {
    private static final int MAX_ATTEMPTS = 5;

    private final EngineContext engine;
    private final CustomerStore store;

    Customers(EngineContext engine) {
        this.engine = engine;
        this.store = engine.config.customerStore();
    }

    CustomerStore store() {
        return store;
    }

    /** The customer, deleted or not; a 404 {@code resource_missing} on {@code id} when unknown. */
    StoredCustomer require(AccountId account, CustomerId id) {
        return store.find(account, id).orElseThrow(() -> noSuchCustomer(404, "id", id.value()));
    }

    /**
     * Checks that an intent's {@code customer} exists and is not deleted, when the engine is configured
     * to: a 400 {@code resource_missing} on the parameter otherwise. Null or {@code ""} (no customer,
     * or cleared) passes.
     */
    void requireForIntent(AccountId account, @Nullable String customer) {
        if (!engine.config.requireKnownCustomers() || customer == null || customer.isEmpty()) {
            return;
        }
        Optional<StoredCustomer> found = store.find(account, CustomerId.of(customer));
        if (found.isEmpty() || found.get().customer().deleted()) {
            throw noSuchCustomer(400, "customer", customer);
        }
    }

    static PaymentEngineException noSuchCustomer(int status, String param, String id) {
        return PaymentEngineException.of(new ErrorDetails(status, ErrorType.INVALID_REQUEST_ERROR,
                ErrorCode.RESOURCE_MISSING, "No such customer: '" + id + "'", param, null, null, null, null, false));
    }

    /** Inserts a new customer with its {@code customer.created} event. */
    Customer insert(AccountId account, Customer customer, Call call) {
        StoredCustomer candidate = new StoredCustomer(account, customer, 0, 0, 1);
        StoredCustomer stored = commit(new CustomerCommit(candidate,
                List.of(event(CustomerEventType.CUSTOMER_CREATED, account, customer, 1, call))));
        return stored.customer();
    }

    /**
     * Changes a live customer: applies {@code change} to the stored state and commits the result with
     * one event of {@code type}, unless nothing changed. A lost compare-and-set re-reads and re-applies.
     */
    Customer change(AccountId account, CustomerId id, CustomerEventType type, UnaryOperator<Customer> change,
            Call call) {
        for (int attempt = 1; ; attempt++) {
            StoredCustomer current = require(account, id);
            if (current.customer().deleted()) {
                throw noSuchCustomer(404, "id", id.value());
            }
            Customer changed = change.apply(current.customer());
            if (changed.equals(current.customer())) {
                return changed;
            }
            long sequence = current.eventSequence() + 1;
            // customer.deleted shows the customer as it last was, as Stripe does
            Customer shown = type == CustomerEventType.CUSTOMER_DELETED ? current.customer() : changed;
            try {
                return commit(new CustomerCommit(current.with(changed, sequence),
                        List.of(event(type, account, shown, sequence, call)))).customer();
            } catch (StoreConflictException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw Errors.failure("The customer " + id + " kept changing concurrently; try again.", e);
                }
            }
        }
    }

    private CustomerEvent event(CustomerEventType type, AccountId account, Customer customer, long sequence,
            Call call) {
        Instant now = engine.now();
        return new CustomerEvent(EventId.of(engine.ids.next(IdKind.EVENT)), type, now, account, customer, sequence,
                call.requestId, call.idempotencyKey);
    }

    /** Commits through the store and marks its log for the relay, even when the outcome is in doubt. */
    private StoredCustomer commit(CustomerCommit commit) {
        try {
            return store.commit(commit);
        } finally {
            engine.pendingLogs.mark(EventFeed.CUSTOMERS);
        }
    }
}
