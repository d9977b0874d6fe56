package io.paystate.engine;

import io.paystate.engine.internal.store.MemoryObjectLog;
import io.paystate.model.AccountId;
import io.paystate.model.CustomerId;
import io.paystate.model.EventId;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodEvent;
import io.paystate.model.PaymentMethodId;
import io.paystate.spi.IntentQuery.Position;
import io.paystate.spi.LoggedPaymentMethodEvent;
import io.paystate.spi.ObjectEventPage;
import io.paystate.spi.ObjectEventQuery;
import io.paystate.spi.PaymentMethodCommit;
import io.paystate.spi.PaymentMethodStore;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredPaymentMethod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PaymentMethodStore} in memory: the engine's default. One lock guards the commits and the
 * log, so a commit is atomic and the log has no gaps. Finding a method by its id takes no lock
 * (every confirmation looks its method up, from every thread): a commit logs its events before it
 * publishes the new version, so a method found is one whose events are logged.
 *
 * <p>Thread safety: safe for concurrent use.
 */
public final class InMemoryPaymentMethodStore implements PaymentMethodStore {
    private final Object lock = new Object();
    private final Map<PaymentMethodId, StoredPaymentMethod> byId = new ConcurrentHashMap<>();
    private final MemoryObjectLog<PaymentMethodEvent> log = new MemoryObjectLog<>();
    private long ordinals;

    /** Creates an empty store. */
    public InMemoryPaymentMethodStore() {}

    @Override
    public Optional<StoredPaymentMethod> find(AccountId account, PaymentMethodId id) {
        StoredPaymentMethod found = byId.get(id);
        return found != null && found.account().equals(account) ? Optional.of(found) : Optional.empty();
    }

    @Override
    public Optional<StoredPaymentMethod> findInAnyAccount(PaymentMethodId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public StoredPaymentMethod commit(PaymentMethodCommit commit) {
        StoredPaymentMethod candidate = commit.paymentMethod();
        PaymentMethodId id = candidate.paymentMethod().id();
        synchronized (lock) {
            StoredPaymentMethod current = byId.get(id);
            StoredPaymentMethod stored;
            if (commit.isInsert()) {
                if (current != null) {
                    throw new StoreConflictException("payment method " + id + " exists");
                }
                stored = candidate.stored(1, ++ordinals);
            } else {
                if (current == null || current.version() != candidate.version()
                        || !current.account().equals(candidate.account())) {
                    throw new StoreConflictException("payment method " + id + " is not at version "
                            + candidate.version());
                }
                stored = candidate.stored(candidate.version() + 1, current.ordinal());
            }
            log.append(commit.events());
            byId.put(id, stored);
            return stored;
        }
    }

    @Override
    public List<StoredPaymentMethod> attachedTo(AccountId account, CustomerId customer, @Nullable String type,
            @Nullable Position startingAfter, int limit) {
        synchronized (lock) {
            List<StoredPaymentMethod> out = new ArrayList<>();
            for (StoredPaymentMethod s : byId.values()) {
                PaymentMethod pm = s.paymentMethod();
                if (s.account().equals(account) && customer.equals(pm.customer())
                        && (type == null || type.equals(pm.type()))
                        && (startingAfter == null || startingAfter.compareTo(positionOf(s)) < 0)) {
                    out.add(s);
                }
            }
            out.sort((a, b) -> positionOf(a).compareTo(positionOf(b)));
            return List.copyOf(out.subList(0, Math.min(limit, out.size())));
        }
    }

    private static Position positionOf(StoredPaymentMethod s) {
        return new Position(s.paymentMethod().created().getEpochSecond(), s.ordinal());
    }

    @Override
    public Optional<PaymentMethodEvent> findEvent(AccountId account, EventId id) {
        synchronized (lock) {
            return log.find(account, id);
        }
    }

    @Override
    public List<LoggedPaymentMethodEvent> readLog(long afterPosition, int limit) {
        synchronized (lock) {
            return log.read(afterPosition, limit, LoggedPaymentMethodEvent::new);
        }
    }

    @Override
    public ObjectEventPage<PaymentMethodEvent> queryEvents(AccountId account, ObjectEventQuery query) {
        synchronized (lock) {
            return log.page(account, query);
        }
    }

    @Override
    public int deleteEventsBefore(Instant cutoff, int limit) {
        synchronized (lock) {
            return log.deleteBefore(cutoff, limit);
        }
    }

    @Override
    public long deliveredPosition(String subscriber) {
        return log.deliveredPosition(subscriber);
    }

    @Override
    public void saveDeliveredPosition(String subscriber, long position) {
        log.saveDeliveredPosition(subscriber, position);
    }
}
