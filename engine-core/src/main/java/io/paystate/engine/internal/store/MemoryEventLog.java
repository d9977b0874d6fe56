package io.paystate.engine.internal.store;

import io.paystate.model.AccountId;
import io.paystate.model.EventId;
import io.paystate.model.PaymentEvent;
import io.paystate.spi.EventPage;
import io.paystate.spi.EventQuery;
import io.paystate.spi.LoggedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * An append-only event log in memory: events by position in chunked arrays (positions are dense, so
 * an event costs one array slot), each account's positions in order once events of a second account
 * arrive (while all events are one account's, the log's order is that account's), and an index by
 * event id.
 *
 * <p>Appends are serialized by one short lock, so positions are assigned, and become visible, in
 * commit order with no gap; readers take no lock. Retention deletes from the oldest end, raising the
 * floor below which positions no longer exist.
 *
 * <p>Thread safety: safe for concurrent use.
 */
public final class MemoryEventLog {
    private static final int CHUNK_BITS = 12;
    private static final int CHUNK = 1 << CHUNK_BITS;

    private final Object appendLock = new Object();
    /** Chunks of the log; a chunk below the floor is dropped (null). Replaced on growth. */
    private volatile PaymentEvent[][] chunks = new PaymentEvent[16][];
    /** The last position appended; written under the lock, read without it. */
    private volatile long last;
    /** The lowest position that may still exist. */
    private volatile long floor = 1;
    // built lazily, on the first lookup by id: appends, the hot path, never pay for it
    private final EventIdIndex byId = new EventIdIndex(this::at);
    private long indexedUpTo; // guarded by appendLock
    private int size; // guarded by appendLock
    // While every event belongs to one account (a host with a single account, the common case), the
    // log's own order is that account's order and no positions are kept per account: an append writes
    // one slot. The first event of a second account builds the first account's positions, once.
    /** The account of the first event; null before it. Never changes once set. */
    private volatile @Nullable AccountId firstAccount;
    /** Whether events of more than one account were appended: {@link #byAccount} is then complete. */
    private volatile boolean manyAccounts;
    private final ConcurrentHashMap<AccountId, Positions> byAccount = new ConcurrentHashMap<>();

    /** Appends the events of one commit; they get consecutive positions after every earlier one. */
    public void append(List<PaymentEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        synchronized (appendLock) {
            long position = last;
            for (PaymentEvent event : events) {
                position++;
                slotFor(position)[(int) (position & (CHUNK - 1))] = event;
                size++;
                indexAccount(event.account(), position);
            }
            // publish after the slots are written: a reader that sees `last` sees every slot below it
            last = position;
        }
    }

    // under the append lock
    private void indexAccount(AccountId account, long position) {
        if (!manyAccounts) {
            AccountId sole = firstAccount;
            if (sole == null) {
                firstAccount = account;
                return;
            }
            if (sole.equals(account)) {
                return;
            }
            // every position from the floor up to this one is the sole account's: they all exist
            long count = Math.max(0, position - floor);
            if (count > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("too many events in the log to index a second account");
            }
            long[] values = new long[(int) Math.max(8, count)];
            for (int i = 0; i < count; i++) {
                values[i] = floor + i;
            }
            byAccount.put(sole, new Positions(values, (int) count));
            // published after the positions: a reader that sees two accounts finds them complete
            manyAccounts = true;
        }
        byAccount.computeIfAbsent(account, a -> new Positions()).add(position);
    }

    private PaymentEvent[] slotFor(long position) {
        int index = (int) (position >>> CHUNK_BITS);
        PaymentEvent[][] current = chunks;
        if (index >= current.length) {
            current = Arrays.copyOf(current, Math.max(index + 1, current.length * 2));
            chunks = current;
        }
        PaymentEvent[] chunk = current[index];
        if (chunk == null) {
            chunk = new PaymentEvent[CHUNK];
            current[index] = chunk;
        }
        return chunk;
    }

    private @Nullable PaymentEvent at(long position) {
        if (position < floor || position > last) {
            return null;
        }
        PaymentEvent[][] current = chunks;
        int index = (int) (position >>> CHUNK_BITS);
        PaymentEvent[] chunk = index < current.length ? current[index] : null;
        return chunk == null ? null : chunk[(int) (position & (CHUNK - 1))];
    }

    /** The position of the event with this id, or -1; indexes what was appended since the last lookup. */
    private long positionOf(EventId id) {
        synchronized (appendLock) {
            for (long p = Math.max(indexedUpTo + 1, floor); p <= last; p++) {
                PaymentEvent event = at(p);
                if (event != null) {
                    byId.put(event.id(), p);
                }
            }
            indexedUpTo = Math.max(indexedUpTo, last);
            return byId.find(id);
        }
    }

    /** Returns up to {@code limit} events after {@code afterPosition}, in order, skipping deleted ones. */
    public List<LoggedEvent> read(long afterPosition, int limit) {
        long end = last;
        long from = Math.max(afterPosition + 1, floor);
        List<LoggedEvent> result = new ArrayList<>((int) Math.min(limit, Math.max(0, end - from + 1)));
        for (long p = from; p <= end && result.size() < limit; p++) {
            PaymentEvent event = at(p);
            if (event != null) {
                result.add(new LoggedEvent(p, event));
            }
        }
        return result;
    }

    /** Returns the event with this id in this account. */
    public Optional<PaymentEvent> find(AccountId account, EventId id) {
        long position = positionOf(id);
        PaymentEvent event = position < 0 ? null : at(position);
        return event != null && event.account().equals(account) ? Optional.of(event) : Optional.empty();
    }

    /** Returns one page of an account's events, newest first. */
    public EventPage query(AccountId account, EventQuery query) {
        boolean many = manyAccounts;
        AccountId sole = firstAccount;
        Positions positions = many ? byAccount.get(account) : null;
        if (many ? positions == null : !account.equals(sole)) {
            return new EventPage(List.of(), false);
        }
        EventId cursor = query.startingAfter() != null ? query.startingAfter() : query.endingBefore();
        long cursorPosition = -1;
        if (cursor != null) {
            long p = positionOf(cursor);
            PaymentEvent event = p < 0 ? null : at(p);
            if (event == null || !event.account().equals(account)) {
                return new EventPage(List.of(), false);
            }
            cursorPosition = p;
        }
        if (positions == null) {
            // one account: its positions are the log's, from the floor to the last. An append of a
            // second account's event may land while this reads, so the account is checked per event
            long low = floor;
            long high = last;
            long from = query.endingBefore() != null ? Math.max(low, cursorPosition + 1)
                    : query.startingAfter() != null ? cursorPosition - 1 : high;
            return page(account, query, from, low, high, p -> p);
        }
        int end = positions.size;
        long[] snapshot = positions.values;
        int start = Math.min(positions.start, end);
        int from = query.endingBefore() != null ? upperIndex(snapshot, start, end, cursorPosition)
                : query.startingAfter() != null ? lowerIndex(snapshot, start, end, cursorPosition) : end - 1;
        return page(account, query, from, start, end - 1L, i -> snapshot[(int) i]);
    }

    /**
     * Collects a page walking indexes from {@code from} within {@code low..high}: towards newer
     * events for {@code endingBefore}, else towards older ones; {@code positionAt} maps an index to
     * its log position.
     */
    private EventPage page(AccountId account, EventQuery query, long from, long low, long high,
            LongUnaryOperator positionAt) {
        boolean towardsNewer = query.endingBefore() != null;
        List<PaymentEvent> page = new ArrayList<>(query.limit());
        boolean hasMore = false;
        long step = towardsNewer ? 1 : -1;
        for (long i = from; i >= low && i <= high; i += step) {
            PaymentEvent event = at(positionAt.applyAsLong(i));
            if (event == null || !event.account().equals(account) || !query.matches(event)) {
                continue;
            }
            if (page.size() == query.limit()) {
                hasMore = true;
                break;
            }
            page.add(event);
        }
        if (towardsNewer) {
            Collections.reverse(page);
        }
        return new EventPage(page, hasMore);
    }

    /** Index of the newest position below {@code position}. */
    private static int lowerIndex(long[] positions, int start, int end, long position) {
        int i = Arrays.binarySearch(positions, start, end, position);
        return (i >= 0 ? i : -i - 1) - 1;
    }

    /** Index of the oldest position above {@code position}. */
    private static int upperIndex(long[] positions, int start, int end, long position) {
        int i = Arrays.binarySearch(positions, start, end, position);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** Deletes up to {@code limit} of the oldest events created before {@code cutoff}. */
    public int deleteBefore(Instant cutoff, int limit) {
        return deleteOldest(limit, (position, event) -> event.created().isBefore(cutoff));
    }

    /** Deletes every event up to and including {@code position}. */
    public int deleteUpTo(long position) {
        return deleteOldest(Integer.MAX_VALUE, (p, event) -> p <= position);
    }

    private interface Condition {
        boolean holds(long position, PaymentEvent event);
    }

    /** Deletes from the oldest end while the condition holds, at most {@code limit} events. */
    private int deleteOldest(int limit, Condition condition) {
        synchronized (appendLock) {
            int deleted = 0;
            long p = floor;
            while (deleted < limit && p <= last) {
                PaymentEvent event = at(p);
                if (event != null && !condition.holds(p, event)) {
                    break;
                }
                if (event != null) {
                    if (p <= indexedUpTo) {
                        byId.remove(event.id(), p);
                    }
                    size--;
                    deleted++;
                }
                p++;
                if ((p & (CHUNK - 1)) == 0) {
                    // the whole chunk below p is gone
                    chunks[(int) ((p - 1) >>> CHUNK_BITS)] = null;
                }
            }
            floor = p;
            long newFloor = p;
            for (Map.Entry<AccountId, Positions> e : byAccount.entrySet()) {
                Positions kept = e.getValue().dropBelow(newFloor);
                if (kept != e.getValue()) {
                    e.setValue(kept);
                }
            }
            return deleted;
        }
    }

    /** Returns how many events the log holds. */
    public int size() {
        synchronized (appendLock) {
            return size;
        }
    }

    /**
     * An account's positions in increasing order. Appends happen under the log's lock. Readers take
     * no lock: they read {@code size} first, then {@code values}, so they see an array holding at
     * least that many positions (an append writes the slot, or replaces the array with a grown copy,
     * before it publishes the new size). Slots below the size are never rewritten: dropping old
     * positions moves {@code start} up, and a compaction builds a new {@code Positions} in the map.
     */
    private static final class Positions {
        private volatile long[] values;
        private volatile int size;
        private volatile int start;

        Positions(long[] values, int size) {
            this.values = values;
            this.size = size;
        }

        Positions() {
            this(new long[8], 0);
        }

        void add(long position) {
            int n = size;
            long[] v = values;
            if (n == v.length) {
                v = Arrays.copyOf(v, v.length * 2);
                values = v;
            }
            v[n] = position;
            size = n + 1;
        }

        /** Moves the start past positions below {@code floor}; returns a compacted copy when worth it, else this. */
        Positions dropBelow(long floor) {
            int n = size;
            long[] v = values;
            int s = start;
            while (s < n && v[s] < floor) {
                s++;
            }
            if (s > 64 && s > n / 2) {
                return new Positions(Arrays.copyOfRange(v, s, Math.max(n, s + 8)), n - s);
            }
            start = s;
            return this;
        }
    }
}
