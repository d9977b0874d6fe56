package io.paystate.engine;

import io.paystate.model.AccountId;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.IntentFilter;
import io.paystate.spi.IntentPage;
import io.paystate.spi.IntentQuery;
import io.paystate.spi.IntentQuery.Position;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredIntent;
import io.paystate.engine.internal.query.FilterEvaluator;
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
 * list and search, and a skip-list of deadlines finds due intents in O(log n) each. Writes to one
 * intent are compare-and-set on its version.
 *
 * <p>Thread safety: safe for concurrent use.
 */
public final class InMemoryPaymentIntentStore implements PaymentIntentStore {
    private final ConcurrentHashMap<PaymentIntentId, StoredIntent> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<AccountId, ConcurrentSkipListMap<Position, PaymentIntentId>> byAccount =
            new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<DeadlineKey, PaymentIntentId> deadlines = new ConcurrentSkipListMap<>();
    private final AtomicLong ordinals = new AtomicLong();

    /** Creates an empty store. */
    public InMemoryPaymentIntentStore() {}

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
    public StoredIntent insert(StoredIntent candidate) {
        if (candidate.version() != 0) {
            throw new StoreConflictException("insert of " + candidate.intent().id() + " with version "
                    + candidate.version() + ", expected 0");
        }
        PaymentIntentId id = candidate.intent().id();
        // the ordinal is drawn inside computeIfAbsent so that ordinals follow insertion order per id
        StoredIntent[] inserted = new StoredIntent[1];
        byId.computeIfAbsent(id, k -> inserted[0] = candidate.withVersion(1, ordinals.incrementAndGet()));
        if (inserted[0] == null) {
            throw new StoreConflictException("an intent with id " + id + " exists");
        }
        StoredIntent stored = inserted[0];
        byAccount.computeIfAbsent(stored.account(), a -> new ConcurrentSkipListMap<>())
                .put(Position.of(stored), id);
        indexDeadline(null, stored);
        return stored;
    }

    @Override
    public StoredIntent update(StoredIntent candidate) {
        PaymentIntentId id = candidate.intent().id();
        StoredIntent[] previous = new StoredIntent[1];
        StoredIntent next = byId.computeIfPresent(id, (k, current) -> {
            if (current.version() != candidate.version() || !current.account().equals(candidate.account())) {
                return current;
            }
            previous[0] = current;
            return candidate.withVersion(current.version() + 1, current.ordinal());
        });
        if (next == null || previous[0] == null) {
            throw new StoreConflictException("update of " + id + " at version " + candidate.version()
                    + " found " + (next == null ? "no intent" : "version " + next.version()));
        }
        indexDeadline(previous[0], next);
        return next;
    }

    private void indexDeadline(@Nullable StoredIntent before, StoredIntent after) {
        Instant old = before == null ? null : before.deadline();
        Instant now = after.deadline();
        if (old != null && !old.equals(now)) {
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
            if (stored == null || !FilterEvaluator.matches(query.filter(), stored.intent())) {
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

    /**
     * Returns how many intents are stored, across accounts.
     *
     * @return how many intents are stored, across accounts
     */
    public int size() {
        return byId.size();
    }
}
