package com.example.shop;

import io.paystate.model.AccountId;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.IntentPage;
import io.paystate.spi.IntentQuery;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.StoredIntent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The shop's own store: it keeps an audit trail of every write and leaves the storage itself to a
 * delegate (in production a database store, here any {@link PaymentIntentStore}).
 */
public final class AuditedPaymentIntentStore implements PaymentIntentStore {
    private final PaymentIntentStore delegate;
    private final ConcurrentLinkedQueue<String> audit = new ConcurrentLinkedQueue<>();

    public AuditedPaymentIntentStore(PaymentIntentStore delegate) {
        this.delegate = Objects.requireNonNull(delegate);
    }

    /** Every successful write so far, oldest first: {@code insert|update id version status}. */
    public List<String> audit() {
        return List.copyOf(audit);
    }

    @Override
    public Optional<StoredIntent> find(AccountId account, PaymentIntentId id) {
        return delegate.find(account, id);
    }

    @Override
    public StoredIntent insert(StoredIntent candidate) {
        return record("insert", delegate.insert(candidate));
    }

    @Override
    public StoredIntent update(StoredIntent candidate) {
        return record("update", delegate.update(candidate));
    }

    @Override
    public List<StoredIntent> findDue(Instant now, int limit) {
        return delegate.findDue(now, limit);
    }

    @Override
    public IntentPage query(AccountId account, IntentQuery query) {
        return delegate.query(account, query);
    }

    private StoredIntent record(String operation, StoredIntent stored) {
        audit.add(operation + " " + stored.intent().id().value() + " " + stored.version() + " "
                + stored.intent().status().wireName());
        return stored;
    }
}
