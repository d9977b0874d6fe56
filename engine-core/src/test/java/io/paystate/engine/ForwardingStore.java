package io.paystate.engine;

import io.paystate.model.AccountId;
import io.paystate.model.EventId;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.Commit;
import io.paystate.spi.EventPage;
import io.paystate.spi.EventQuery;
import io.paystate.spi.IntentPage;
import io.paystate.spi.IntentQuery;
import io.paystate.spi.LoggedEvent;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.StoredIntent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A store that forwards every call to an in-memory store; tests override what they break. */
public class ForwardingStore implements PaymentIntentStore {
    public final InMemoryPaymentIntentStore delegate = new InMemoryPaymentIntentStore();

    @Override
    public Optional<StoredIntent> find(AccountId account, PaymentIntentId id) {
        return delegate.find(account, id);
    }

    @Override
    public StoredIntent commit(Commit commit) {
        return delegate.commit(commit);
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
}
