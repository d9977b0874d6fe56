package io.paystate.engine;

import io.paystate.engine.internal.store.MemoryEventLog;
import io.paystate.model.AccountId;
import io.paystate.model.EventId;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.Commit;
import io.paystate.spi.EventPage;
import io.paystate.spi.EventQuery;
import io.paystate.spi.IntentFilter;
import io.paystate.spi.LoggedEvent;
import io.paystate.spi.IntentPage;
import io.paystate.spi.IntentQuery;
import io.paystate.spi.IntentQuery.Position;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredIntent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PaymentIntentStore} in memory: the engine's default, and the reference the SPI's contract
 * tests run against.
 *
 * <p>Intents are held in a hash map by id; a skip-list per account orders them newest first for
 * list and search, and a skip-list of deadlines finds due intents in O(log n) each. A commit is
 * compare-and-set on the intent's version and appends its events to an in-memory log in the same
 * atomic step. Nothing survives the JVM: hosts that need durability plug in a database store.
 *
 * <p>Thread safety: safe for concurrent use.
 */
public final class InMemoryPaymentIntentStore implements PaymentIntentStore {
    private final ConcurrentHashMap<PaymentIntentId, StoredIntent> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<AccountId, ConcurrentSkipListMap<Position, PaymentIntentId>> byAccount =
            new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<DeadlineKey, PaymentIntentId> deadlines = new ConcurrentSkipListMap<>();
    private final AtomicLong ordinals = new AtomicLong();
    private final MemoryEventLog log = new MemoryEventLog();
    private final ConcurrentHashMap<String, java.util.concurrent.atomic.AtomicLong> delivered =
            new ConcurrentHashMap<>();

    private final boolean keepDeliveredEvents;

    /**
     * Creates an empty store that keeps every event for the engine's event retention (30 days by
     * default), for the events API.
     */
    public InMemoryPaymentIntentStore() {
        this(true);
    }

    private InMemoryPaymentIntentStore(boolean keepDeliveredEvents) {
        this.keepDeliveredEvents = keepDeliveredEvents;
    }

    /**
     * Returns an empty store that keeps an event only until every subscriber of the engine has
     * received it: for long runs and simulations whose memory must stay bounded by the intents in
     * flight. The events API then sees only events not yet delivered.
     *
     * @return a new store
     */
    public static InMemoryPaymentIntentStore keepingEventsUntilDelivered() {
        return new InMemoryPaymentIntentStore(false);
    }

    private record DeadlineKey(Instant deadline, long ordinal) implements Comparable<DeadlineKey> {
        @Override
        public int compareTo(DeadlineKey o) {
            int c = deadline.compareTo(o.deadline);
            return c != 0 ? c : Long.compare(ordinal, o.ordinal);
        }
    }

    @Override
    public Optional<StoredIntent> find(AccountId account, PaymentIntentId id) {
        StoredIntent stored = byId.get(id);
        return stored != null && stored.account().equals(account) ? Optional.of(stored) : Optional.empty();
    }

    @Override
    public StoredIntent commit(Commit commit) {
        StoredIntent candidate = commit.intent();
        PaymentIntentId id = candidate.intent().id();
        StoredIntent[] previous = new StoredIntent[1];
        StoredIntent[] written = new StoredIntent[1];
        // the state, its events and its index entries are written inside one compute on the intent's
        // id: either all happen or none, and writes to one intent are serialized
        byId.compute(id, (k, current) -> {
            if (commit.isInsert()) {
                if (current != null) {
                    return current;
                }
                written[0] = candidate.withVersion(1, ordinals.incrementAndGet());
            } else {
                if (current == null || current.version() != candidate.version()
                        || !current.account().equals(candidate.account())) {
                    return current;
                }
                previous[0] = current;
                written[0] = candidate.withVersion(current.version() + 1, current.ordinal());
            }
            log.append(commit.events());
            if (current == null) {
                byAccount.computeIfAbsent(candidate.account(), a -> new ConcurrentSkipListMap<>())
                        .put(Position.of(written[0]), id);
            }
            indexDeadline(previous[0], written[0]);
            return written[0];
        });
        StoredIntent stored = written[0];
        if (stored == null) {
            throw new StoreConflictException(commit.isInsert() ? "an intent with id " + id + " exists"
                    : "update of " + id + " at version " + candidate.version() + " lost to another writer");
        }
        return stored;
    }

    private void indexDeadline(@Nullable StoredIntent before, StoredIntent after) {
        Instant old = before == null ? null : before.deadline();
        Instant now = after.deadline();
        if (before != null && old != null && !old.equals(now)) {
            deadlines.remove(new DeadlineKey(old, before.ordinal()));
        }
        if (now != null) {
            deadlines.put(new DeadlineKey(now, after.ordinal()), after.intent().id());
        }
    }

    @Override
    public List<StoredIntent> findDue(Instant now, int limit) {
        List<StoredIntent> due = new ArrayList<>();
        for (Map.Entry<DeadlineKey, PaymentIntentId> entry : deadlines.entrySet()) {
            if (entry.getKey().deadline().isAfter(now) || due.size() >= limit) {
                break;
            }
            StoredIntent stored = byId.get(entry.getValue());
            if (stored == null || !entry.getKey().deadline().equals(stored.deadline())) {
                // a concurrent update moved the deadline; its own index entry supersedes this one
                deadlines.remove(entry.getKey(), entry.getValue());
                continue;
            }
            due.add(stored);
        }
        return due;
    }

    @Override
    public IntentPage query(AccountId account, IntentQuery query) {
        NavigableMap<Position, PaymentIntentId> index = byAccount.get(account);
        if (index == null) {
            return new IntentPage(List.of(), false);
        }
        boolean towardsNewer = query.endingBefore() != null;
        NavigableMap<Position, PaymentIntentId> view;
        if (query.startingAfter() != null) {
            view = index.tailMap(query.startingAfter(), false);
        } else if (towardsNewer) {
            view = index.headMap(query.endingBefore(), false).descendingMap();
        } else {
            view = index;
        }
        List<StoredIntent> page = new ArrayList<>(query.limit());
        boolean hasMore = false;
        for (PaymentIntentId id : view.values()) {
            StoredIntent stored = byId.get(id);
            if (stored == null || !query.filter().matches(stored.intent())) {
                continue;
            }
            if (page.size() == query.limit()) {
                hasMore = true;
                break;
            }
            page.add(stored);
        }
        if (towardsNewer) {
            Collections.reverse(page);
        }
        return new IntentPage(page, hasMore);
    }

    @Override
    public List<LoggedEvent> readLog(long afterPosition, int limit) {
        return log.read(afterPosition, limit);
    }

    @Override
    public Optional<PaymentEvent> findEvent(AccountId account, EventId id) {
        return log.find(account, id);
    }

    @Override
    public EventPage queryEvents(AccountId account, EventQuery query) {
        return log.query(account, query);
    }

    @Override
    public long deliveredPosition(String subscriber) {
        // a subscriber is known from its first question on: events wait for it from then on
        return delivered.computeIfAbsent(subscriber, s -> new AtomicLong()).get();
    }

    @Override
    public void saveDeliveredPosition(String subscriber, long position) {
        delivered.computeIfAbsent(subscriber, s -> new AtomicLong()).accumulateAndGet(position, Math::max);
        if (!keepDeliveredEvents) {
            long slowest = Long.MAX_VALUE;
            for (AtomicLong p : delivered.values()) {
                slowest = Math.min(slowest, p.get());
            }
            log.deleteUpTo(slowest);
        }
    }

    @Override
    public int deleteEventsBefore(Instant cutoff, int limit) {
        return log.deleteBefore(cutoff, limit);
    }

    /**
     * Returns how many intents are stored, across accounts.
     *
     * @return how many intents are stored, across accounts
     */
    public int size() {
        return byId.size();
    }

    /**
     * Returns how many events the log holds, across accounts.
     *
     * @return how many events the log holds, across accounts
     */
    public int eventCount() {
        return log.size();
    }
}
