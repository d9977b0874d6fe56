package com.example.shop;

import io.paystate.model.AccountId;
import io.paystate.model.EventId;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.Commit;
import io.paystate.spi.EventPage;
import io.paystate.spi.EventQuery;
import io.paystate.spi.IntentPage;
import io.paystate.spi.LoggedEvent;
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
    public StoredIntent commit(Commit commit) {
        return record(commit.isInsert() ? "insert" : "update", delegate.commit(commit));
    }

    @Override
    public List<StoredIntent> findDue(Instant now, int limit) {
        return delegate.findDue(now, limit);
    }

    @Override
    public IntentPage query(AccountId account, IntentQuery query) {
        return delegate.query(account, query);
    }

    @Override
    public List<LoggedEvent> readLog(long afterPosition, int limit) {
        return delegate.readLog(afterPosition, limit);
    }

    @Override
    public Optional<PaymentEvent> findEvent(AccountId account, EventId id) {
        return delegate.findEvent(account, id);
    }

    @Override
    public EventPage queryEvents(AccountId account, EventQuery query) {
        return delegate.queryEvents(account, query);
    }

    @Override
    public long deliveredPosition(String subscriber) {
        return delegate.deliveredPosition(subscriber);
    }

    @Override
    public void saveDeliveredPosition(String subscriber, long position) {
        delegate.saveDeliveredPosition(subscriber, position);
    }

    @Override
    public int deleteEventsBefore(Instant cutoff, int limit) {
        return delegate.deleteEventsBefore(cutoff, limit);
    }

    // the SPI's default methods too: a database delegate shared by several nodes leases delivery and
    // wakes it through them, and the defaults would hide both behind this store
    @Override
    public boolean claimDelivery(String subscriber, String holder, Instant now, Instant until) {
        return delegate.claimDelivery(subscriber, holder, now, until);
    }

    @Override
    public void onCommitsElsewhere(Runnable wake) {
        delegate.onCommitsElsewhere(wake);
    }

    private StoredIntent record(String operation, StoredIntent stored) {
        audit.add(operation + " " + stored.intent().id().value() + " " + stored.version() + " "
                + stored.intent().status().wireName());
        return stored;
    }
}
