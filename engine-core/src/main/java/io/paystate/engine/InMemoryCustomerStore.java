package io.paystate.engine;

import io.paystate.engine.internal.store.MemoryObjectLog;
import io.paystate.model.AccountId;
import io.paystate.model.CustomerEvent;
import io.paystate.model.CustomerId;
import io.paystate.model.EventId;
import io.paystate.spi.CustomerCommit;
import io.paystate.spi.CustomerPage;
import io.paystate.spi.CustomerQuery;
import io.paystate.spi.CustomerStore;
import io.paystate.spi.IntentQuery.Position;
import io.paystate.spi.LoggedCustomerEvent;
import io.paystate.spi.ObjectEventPage;
import io.paystate.spi.ObjectEventQuery;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredCustomer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link CustomerStore} in memory: the engine's default, and the reference the SPI's contract
 * tests run against. One lock guards the customers and the log, so a commit is trivially atomic and
 * the log has no gaps; customers are written far less often than intents.
 *
 * <p>Thread safety: safe for concurrent use.
 */
public final class InMemoryCustomerStore implements CustomerStore {
    private final Object lock = new Object();
    private final Map<CustomerId, StoredCustomer> byId = new HashMap<>();
    private final Map<AccountId, TreeMap<Position, CustomerId>> byAccount = new HashMap<>();
    private final MemoryObjectLog<CustomerEvent> log = new MemoryObjectLog<>();
    private long ordinals;

    /** Creates an empty store. */
    public InMemoryCustomerStore() {}

    @Override
    public Optional<StoredCustomer> find(AccountId account, CustomerId id) {
        synchronized (lock) {
            StoredCustomer found = byId.get(id);
            return found != null && found.account().equals(account) ? Optional.of(found) : Optional.empty();
        }
    }

    @Override
    public StoredCustomer commit(CustomerCommit commit) {
        StoredCustomer candidate = commit.customer();
        CustomerId id = candidate.customer().id();
        synchronized (lock) {
            StoredCustomer current = byId.get(id);
            StoredCustomer stored;
            if (commit.isInsert()) {
                if (current != null) {
                    throw new StoreConflictException("customer " + id + " exists");
                }
                stored = candidate.stored(1, ++ordinals);
                byAccount.computeIfAbsent(stored.account(), a -> new TreeMap<>())
                        .put(CustomerQuery.positionOf(stored), id);
            } else {
                if (current == null || current.version() != candidate.version()
                        || !current.account().equals(candidate.account())) {
                    throw new StoreConflictException("customer " + id + " is not at version " + candidate.version());
                }
                stored = candidate.stored(candidate.version() + 1, current.ordinal());
            }
            byId.put(id, stored);
            log.append(commit.events());
            return stored;
        }
    }

    @Override
    public CustomerPage query(AccountId account, CustomerQuery query) {
        synchronized (lock) {
            TreeMap<Position, CustomerId> all = byAccount.getOrDefault(account, new TreeMap<>());
            boolean backwards = query.endingBefore() != null;
            Position startingAfter = query.startingAfter();
            Position endingBefore = query.endingBefore();
            NavigableMap<Position, CustomerId> range = startingAfter != null ? all.tailMap(startingAfter, false)
                    : endingBefore != null ? all.headMap(endingBefore, false).descendingMap() : all;
            List<StoredCustomer> items = new ArrayList<>();
            boolean hasMore = false;
            for (CustomerId id : range.values()) {
                StoredCustomer c = byId.get(id);
                if (c == null || c.customer().deleted()
                        || (query.email() != null && !query.email().equals(c.customer().email()))
                        || !query.filter().matches(c.customer())) {
                    continue;
                }
                if (items.size() == query.limit()) {
                    hasMore = true;
                    break;
                }
                items.add(c);
            }
            if (backwards) {
                Collections.reverse(items);
            }
            return new CustomerPage(items, hasMore);
        }
    }

    @Override
    public Optional<CustomerEvent> findEvent(AccountId account, EventId id) {
        synchronized (lock) {
            return log.find(account, id);
        }
    }

    @Override
    public List<LoggedCustomerEvent> readLog(long afterPosition, int limit) {
        synchronized (lock) {
            return log.read(afterPosition, limit, LoggedCustomerEvent::new);
        }
    }

    @Override
    public ObjectEventPage<CustomerEvent> queryEvents(AccountId account, ObjectEventQuery query) {
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
