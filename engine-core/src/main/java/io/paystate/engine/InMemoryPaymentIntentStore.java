package io.paystate.engine;

import io.paystate.engine.internal.store.AccountIndex;
import io.paystate.engine.internal.store.ChargeShapes;
import io.paystate.engine.internal.store.DeadlineIndex;
import io.paystate.engine.internal.store.IntentSlot;
import io.paystate.engine.internal.store.IntentTable;
import io.paystate.engine.internal.store.MemoryEventLog;
import io.paystate.engine.internal.store.PackedIntent;
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
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredIntent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PaymentIntentStore} in memory: the engine's default, and the reference the SPI's contract
 * tests run against.
 *
 * <p>Intents are held in an open-addressing table by id, one slot per intent; an array per
 * account orders the slots by creation for list and search, and heaps of slots by deadline find due
 * intents in O(log n) each. A commit is compare-and-set on the intent's version and appends its
 * events to an in-memory log in the same atomic step. An intent's newest charge is kept as the part
 * its intent does not repeat, shared between charges alike, and built again on every read. Nothing survives the JVM: hosts that need durability plug in a database store.
 *
 * <p>Thread safety: safe for concurrent use.
 */
public final class InMemoryPaymentIntentStore implements PaymentIntentStore {
    private final IntentTable byId = new IntentTable();
    private final ConcurrentHashMap<AccountId, AccountIndex> byAccount = new ConcurrentHashMap<>();
    // the slots whose current version has a deadline: the index holds no version of its own, so
    // none pins an old one
    private final DeadlineIndex deadlines = new DeadlineIndex();
    // the newest charge of each intent is kept as what its intent does not say (see ChargeShapes)
    private final ChargeShapes shapes = new ChargeShapes();
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

    @Override
    public Optional<StoredIntent> find(AccountId account, PaymentIntentId id) {
        IntentSlot slot = byId.get(id);
        PackedIntent stored = slot == null ? null : slot.current();
        return stored != null && stored.account().equals(account) ? Optional.of(stored.unpack()) : Optional.empty();
    }

    @Override
    public StoredIntent commit(Commit commit) {
        StoredIntent candidate = commit.intent();
        PaymentIntentId id = candidate.intent().id();
        StoredIntent stored = commit.isInsert() ? insert(commit, candidate) : update(commit, candidate);
        if (stored == null) {
            throw new StoreConflictException(commit.isInsert() ? "an intent with id " + id + " exists"
                    : "update of " + id + " at version " + candidate.version() + " lost to another writer");
        }
        return stored;
    }

    // An insert reserves its id first, so that a concurrent insert of the same id writes nothing,
    // then appends its events, takes its place in its account's order and is published last; it
    // holds no lock while it waits for another (the log's, the account's), so a thread that waits
    // there holds up nobody else's insert. An update holds its slot's lock throughout: writes to one
    // intent are serialized, and its version is published after its events are in the log.
    private @Nullable StoredIntent insert(Commit commit, StoredIntent candidate) {
        PaymentIntentId id = candidate.intent().id();
        if (!byId.reserve(id)) {
            return null;
        }
        boolean added = false;
        try {
            Object charge = shapes.packLatest(candidate);
            log.append(commit.events());
            AccountIndex index = byAccount.computeIfAbsent(candidate.account(), a -> new AccountIndex());
            StoredIntent written;
            IntentSlot slot;
            // the ordinal is drawn under the account's lock, so that the account's slots arrive in
            // order and land at the end of its index
            synchronized (index) {
                written = candidate.withVersion(1, ordinals.incrementAndGet());
                slot = new IntentSlot(PackedIntent.withPackedCharge(written, charge));
                index.add(slot);
            }
            // indexed before the table publishes it: once visible, an update may move its entry
            deadlines.add(slot);
            byId.addReserved(slot);
            added = true;
            return written;
        } finally {
            if (!added) {
                byId.release(id);
            }
        }
    }

    private @Nullable StoredIntent update(Commit commit, StoredIntent candidate) {
        IntentSlot slot = byId.get(candidate.intent().id());
        if (slot == null) {
            return null;
        }
        // packed before the lock, as an insert does: the version changes nothing the charge's form reads
        Object charge = shapes.packLatest(candidate);
        synchronized (slot) {
            PackedIntent current = slot.current();
            if (current.version() != candidate.version() || !current.account().equals(candidate.account())) {
                return null;
            }
            StoredIntent written = candidate.withVersion(current.version() + 1, current.ordinal());
            PackedIntent packed = PackedIntent.withPackedCharge(written, charge);
            log.append(commit.events());
            // the version and its deadline entry in one step, under the intent's lock
            deadlines.publish(slot, packed);
            return written;
        }
    }

    @Override
    public List<StoredIntent> findDue(Instant now, int limit) {
        return deadlines.due(now, limit);
    }

    @Override
    public IntentPage query(AccountId account, IntentQuery query) {
        AccountIndex index = byAccount.get(account);
        if (index == null) {
            return new IntentPage(List.of(), false);
        }
        boolean towardsNewer = query.endingBefore() != null;
        List<StoredIntent> page = new ArrayList<>(query.limit());
        boolean[] hasMore = new boolean[1];
        index.visit(query.startingAfter(), query.endingBefore(), slot -> {
            PackedIntent stored = slot.current();
            if (!query.filter().matches(stored.intent())) {
                return true;
            }
            if (page.size() == query.limit()) {
                hasMore[0] = true;
                return false;
            }
            page.add(stored.unpack());
            return true;
        });
        if (towardsNewer) {
            Collections.reverse(page);
        }
        return new IntentPage(page, hasMore[0]);
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
