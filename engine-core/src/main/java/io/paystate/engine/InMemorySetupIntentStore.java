package io.paystate.engine;

import io.paystate.engine.internal.store.MemoryObjectLog;
import io.paystate.model.AccountId;
import io.paystate.model.EventId;
import io.paystate.model.SetupIntentEvent;
import io.paystate.model.SetupIntentId;
import io.paystate.spi.IntentQuery.Position;
import io.paystate.spi.LoggedSetupIntentEvent;
import io.paystate.spi.ObjectEventPage;
import io.paystate.spi.ObjectEventQuery;
import io.paystate.spi.SetupIntentCommit;
import io.paystate.spi.SetupIntentPage;
import io.paystate.spi.SetupIntentQuery;
import io.paystate.spi.SetupIntentStore;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredSetupIntent;
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
 * A {@link SetupIntentStore} in memory: the engine's default, and the reference the SPI's contract
 * tests run against. One lock guards the SetupIntents and the log, so a commit is trivially atomic
 * and the log has no gaps, as in {@link InMemoryCustomerStore}.
 *
 * <p>Thread safety: safe for concurrent use.
 */
public final class InMemorySetupIntentStore implements SetupIntentStore {
    private final Object lock = new Object();
    private final Map<SetupIntentId, StoredSetupIntent> byId = new HashMap<>();
    private final Map<AccountId, TreeMap<Position, SetupIntentId>> byAccount = new HashMap<>();
    private final MemoryObjectLog<SetupIntentEvent> log = new MemoryObjectLog<>();
    /** The processing SetupIntents by settlement time, then ordinal. */
    private final TreeMap<Due, SetupIntentId> due = new TreeMap<>();
    private long ordinals;

    /** Creates an empty store. */
    public InMemorySetupIntentStore() {}

    private record Due(Instant settlesAt, long ordinal) implements Comparable<Due> {
        @Override
        public int compareTo(Due other) {
            int byTime = settlesAt.compareTo(other.settlesAt);
            return byTime != 0 ? byTime : Long.compare(ordinal, other.ordinal);
        }
    }

    private static @org.jspecify.annotations.Nullable Due dueOf(StoredSetupIntent s) {
        Instant at = s.settlesAt();
        return at == null || s.setupIntent().status() != io.paystate.model.SetupIntentStatus.PROCESSING ? null
                : new Due(at, s.ordinal());
    }

    @Override
    public Optional<StoredSetupIntent> find(AccountId account, SetupIntentId id) {
        synchronized (lock) {
            StoredSetupIntent found = byId.get(id);
            return found != null && found.account().equals(account) ? Optional.of(found) : Optional.empty();
        }
    }

    @Override
    public StoredSetupIntent commit(SetupIntentCommit commit) {
        StoredSetupIntent candidate = commit.setupIntent();
        SetupIntentId id = candidate.setupIntent().id();
        synchronized (lock) {
            StoredSetupIntent current = byId.get(id);
            StoredSetupIntent stored;
            if (commit.isInsert()) {
                if (current != null) {
                    throw new StoreConflictException("setup intent " + id + " exists");
                }
                stored = candidate.stored(1, ++ordinals);
                byAccount.computeIfAbsent(stored.account(), a -> new TreeMap<>())
                        .put(SetupIntentQuery.positionOf(stored), id);
            } else {
                if (current == null || current.version() != candidate.version()
                        || !current.account().equals(candidate.account())) {
                    throw new StoreConflictException("setup intent " + id + " is not at version "
                            + candidate.version());
                }
                stored = candidate.stored(candidate.version() + 1, current.ordinal());
            }
            Due before = current == null ? null : dueOf(current);
            if (before != null) {
                due.remove(before);
            }
            Due after = dueOf(stored);
            if (after != null) {
                due.put(after, id);
            }
            byId.put(id, stored);
            log.append(commit.events());
            return stored;
        }
    }

    @Override
    public SetupIntentPage query(AccountId account, SetupIntentQuery query) {
        synchronized (lock) {
            TreeMap<Position, SetupIntentId> all = byAccount.getOrDefault(account, new TreeMap<>());
            Position startingAfter = query.startingAfter();
            Position endingBefore = query.endingBefore();
            NavigableMap<Position, SetupIntentId> range = startingAfter != null ? all.tailMap(startingAfter, false)
                    : endingBefore != null ? all.headMap(endingBefore, false).descendingMap() : all;
            List<StoredSetupIntent> items = new ArrayList<>();
            boolean hasMore = false;
            for (SetupIntentId id : range.values()) {
                StoredSetupIntent si = byId.get(id);
                if (si == null || !query.matches(si)) {
                    continue;
                }
                if (items.size() == query.limit()) {
                    hasMore = true;
                    break;
                }
                items.add(si);
            }
            if (endingBefore != null) {
                Collections.reverse(items);
            }
            return new SetupIntentPage(items, hasMore);
        }
    }

    @Override
    public List<StoredSetupIntent> dueForSettlement(Instant now, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        synchronized (lock) {
            List<StoredSetupIntent> out = new ArrayList<>();
            for (Map.Entry<Due, SetupIntentId> e : due.entrySet()) {
                if (e.getKey().settlesAt().isAfter(now) || out.size() == limit) {
                    break;
                }
                out.add(byId.get(e.getValue()));
            }
            return out;
        }
    }

    @Override
    public Optional<SetupIntentEvent> findEvent(AccountId account, EventId id) {
        synchronized (lock) {
            return log.find(account, id);
        }
    }

    @Override
    public List<LoggedSetupIntentEvent> readLog(long afterPosition, int limit) {
        synchronized (lock) {
            return log.read(afterPosition, limit, LoggedSetupIntentEvent::new);
        }
    }

    @Override
    public ObjectEventPage<SetupIntentEvent> queryEvents(AccountId account, ObjectEventQuery query) {
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
