package io.paystate.engine;

import io.paystate.model.AccountId;
import io.paystate.model.CustomerId;
import io.paystate.model.EventId;
import io.paystate.model.PaymentMethodEvent;
import io.paystate.model.PaymentMethodId;
import io.paystate.spi.IntentQuery.Position;
import io.paystate.spi.LoggedPaymentMethodEvent;
import io.paystate.spi.ObjectEventPage;
import io.paystate.spi.ObjectEventQuery;
import io.paystate.spi.PaymentMethodCommit;
import io.paystate.spi.PaymentMethodStore;
import io.paystate.spi.StoredPaymentMethod;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A payment-method store that forwards every call to an in-memory one; tests override what they watch. */
public class ForwardingPaymentMethodStore implements PaymentMethodStore {
    public final InMemoryPaymentMethodStore delegate = new InMemoryPaymentMethodStore();

    @Override
    public Optional<StoredPaymentMethod> find(AccountId account, PaymentMethodId id) {
        return delegate.find(account, id);
    }

    @Override
    public Optional<StoredPaymentMethod> findInAnyAccount(PaymentMethodId id) {
        return delegate.findInAnyAccount(id);
    }

    @Override
    public StoredPaymentMethod commit(PaymentMethodCommit commit) {
        return delegate.commit(commit);
    }

    @Override
    public List<StoredPaymentMethod> attachedTo(AccountId account, CustomerId customer, @Nullable String type,
            @Nullable Position startingAfter, int limit) {
        return delegate.attachedTo(account, customer, type, startingAfter, limit);
    }

    @Override
    public Optional<PaymentMethodEvent> findEvent(AccountId account, EventId id) {
        return delegate.findEvent(account, id);
    }

    @Override
    public List<LoggedPaymentMethodEvent> readLog(long afterPosition, int limit) {
        return delegate.readLog(afterPosition, limit);
    }

    @Override
    public ObjectEventPage<PaymentMethodEvent> queryEvents(AccountId account, ObjectEventQuery query) {
        return delegate.queryEvents(account, query);
    }

    @Override
    public int deleteEventsBefore(Instant cutoff, int limit) {
        return delegate.deleteEventsBefore(cutoff, limit);
    }

    @Override
    public long deliveredPosition(String subscriber) {
        return delegate.deliveredPosition(subscriber);
    }

    @Override
    public void saveDeliveredPosition(String subscriber, long position) {
        delegate.saveDeliveredPosition(subscriber, position);
    }
}
