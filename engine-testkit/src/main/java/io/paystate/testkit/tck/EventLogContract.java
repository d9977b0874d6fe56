package io.paystate.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.AccountId;
import io.paystate.model.EventId;
import io.paystate.model.EventType;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.Commit;
import io.paystate.spi.EventPage;
import io.paystate.spi.EventQuery;
import io.paystate.spi.LoggedEvent;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredIntent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The event-log half of the {@link PaymentIntentStore} contract, inherited by
 * {@link PaymentIntentStoreContract} (extend that one). Covers: a commit stores the state and its
 * events as a whole, or, on conflict, neither; positions are consecutive within a commit and
 * increase in commit order across accounts; {@code readLog} resumes after a position without gaps,
 * also under concurrent commits; events are found by id only in their account; event queries (newest
 * first, every filter, both cursors, {@code has_more}); the state and the last event of a commit are
 * what the engine re-reads to learn whether an ambiguous commit landed; delivery positions only
 * grow; retention deletes the oldest events in bounded batches.
 */
public abstract class EventLogContract {
    /** The account most tests use. */
    protected static final AccountId ACCOUNT = AccountId.of("acct_tck");
    /** A fixed start time for fixtures, Unix seconds. */
    protected static final long T0 = 1_767_225_600L;

    /** The store under test, fresh for each test. */
    protected PaymentIntentStore store;

    /**
     * Returns a new, empty store.
     *
     * @return a new, empty store
     */
    protected abstract PaymentIntentStore createStore();

    @BeforeEach
    void setUpStore() {
        store = createStore();
    }

    /**
     * Inserts an intent without events.
     *
     * @param candidate the intent to store
     * @return the stored intent
     */
    protected StoredIntent insertCommit(StoredIntent candidate) {
        return store.commit(new Commit(candidate, List.of()));
    }

    /**
     * Updates an intent without events.
     *
     * @param candidate the intent to store
     * @return the stored intent
     */
    protected StoredIntent updateCommit(StoredIntent candidate) {
        return store.commit(new Commit(candidate, List.of()));
    }

    /**
     * Commits {@code candidate} with {@code count} new events of the intent (created at {@code at}).
     *
     * @param type the event type
     * @param count how many events
     * @param candidate the intent to store
     * @param at the creation time of the events, Unix seconds
     * @return the stored intent
     */
    protected StoredIntent commitWithEvents(StoredIntent candidate, int count, long at, EventType type) {
        StoredIntent next = Fixtures.withEventSequence(candidate, candidate.eventSequence() + count);
        List<PaymentEvent> events = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            events.add(Fixtures.event(next, candidate.eventSequence() + i, type, at));
        }
        return store.commit(new Commit(next, events));
    }

    private StoredIntent created(String id, long at) {
        return commitWithEvents(Fixtures.newIntent(ACCOUNT, id, at, null, 1000), 1, at,
                EventType.PAYMENT_INTENT_CREATED);
    }

    @Test
    void commit_withEvents_storesStateAndEventsTogether() {
        StoredIntent a = created("pi_a", T0);
        List<LoggedEvent> log = store.readLog(0, 10);
        assertThat(log).hasSize(1);
        assertThat(log.get(0).event().paymentIntentId()).isEqualTo(a.intent().id());
        assertThat(store.find(ACCOUNT, a.intent().id())).contains(a);
        assertThat(store.findEvent(ACCOUNT, log.get(0).event().id())).contains(log.get(0).event());
    }

    @Test
    void commit_conflicting_writesNeitherStateNorEvents() {
        StoredIntent a = created("pi_a", T0);
        commitWithEvents(Fixtures.described(a, "first"), 2, T0 + 1, EventType.PAYMENT_INTENT_CANCELED);
        int before = store.readLog(0, 100).size();
        assertThatThrownBy(() -> commitWithEvents(Fixtures.described(a, "second"), 2, T0 + 2,
                EventType.PAYMENT_INTENT_CANCELED)).isInstanceOf(StoreConflictException.class);
        assertThat(store.readLog(0, 100)).hasSize(before);
        assertThat(store.find(ACCOUNT, a.intent().id()).orElseThrow().intent().description()).isEqualTo("first");
        assertThatThrownBy(() -> created("pi_a", T0)).isInstanceOf(StoreConflictException.class);
        assertThat(store.readLog(0, 100)).hasSize(before);
    }

    @Test
    void readLog_positionsAreConsecutivePerCommitAndIncreaseInCommitOrder() {
        StoredIntent a = created("pi_a", T0);
        commitWithEvents(Fixtures.newIntent(AccountId.of("acct_other"), "pi_b", T0, null, 1000), 3, T0,
                EventType.PAYMENT_INTENT_CREATED);
        commitWithEvents(a, 2, T0 + 1, EventType.PAYMENT_INTENT_CANCELED);
        List<LoggedEvent> log = store.readLog(0, 100);
        assertThat(log).hasSize(6);
        for (int i = 1; i < log.size(); i++) {
            assertThat(log.get(i).position()).isEqualTo(log.get(i - 1).position() + 1);
        }
        assertThat(log.stream().map(e -> e.event().paymentIntentId().value()).toList())
                .containsExactly("pi_a", "pi_b", "pi_b", "pi_b", "pi_a", "pi_a");
        assertThat(store.readLog(log.get(2).position(), 100)).containsExactlyElementsOf(log.subList(3, 6));
        assertThat(store.readLog(log.get(0).position(), 2)).containsExactlyElementsOf(log.subList(1, 3));
        assertThat(store.readLog(log.get(5).position(), 100)).isEmpty();
    }

    @Test
    void findEvent_otherAccountOrUnknown_isEmpty() {
        created("pi_a", T0);
        EventId id = store.readLog(0, 1).get(0).event().id();
        assertThat(store.findEvent(AccountId.of("acct_other"), id)).isEmpty();
        assertThat(store.findEvent(ACCOUNT, EventId.of("evt_unknown"))).isEmpty();
    }

    @Test
    void commit_landed_isVisibleToTheReReadOfStateAndLastEvent() {
        StoredIntent a = created("pi_a", T0);
        StoredIntent next = commitWithEvents(Fixtures.described(a, "moved"), 2, T0 + 1,
                EventType.PAYMENT_INTENT_CANCELED);
        List<LoggedEvent> log = store.readLog(0, 100);
        assertThat(store.find(ACCOUNT, a.intent().id())).contains(next);
        assertThat(next.version()).isEqualTo(a.version() + 1);
        assertThat(store.findEvent(ACCOUNT, log.get(log.size() - 1).event().id())).isPresent();
    }

    @Test
    void queryEvents_newestFirstWithEveryFilterAndBothCursors() {
        StoredIntent a = created("pi_a", T0);
        created("pi_b", T0 + 10);
        commitWithEvents(a, 1, T0 + 20, EventType.PAYMENT_INTENT_CANCELED);
        commitWithEvents(Fixtures.newIntent(AccountId.of("acct_other"), "pi_x", T0, null, 1000), 1, T0 + 5,
                EventType.PAYMENT_INTENT_CREATED);
        EventPage all = query(new EventQuery(Set.of(), null, null, null, null, null, 10));
        assertThat(intents(all)).containsExactly("pi_a", "pi_b", "pi_a");
        assertThat(all.hasMore()).isFalse();
        assertThat(intents(query(new EventQuery(Set.of(EventType.PAYMENT_INTENT_CREATED), null, null, null, null,
                null, 10)))).containsExactly("pi_b", "pi_a");
        assertThat(intents(query(new EventQuery(Set.of(), null, null, PaymentIntentId.of("pi_a"), null, null, 10))))
                .containsExactly("pi_a", "pi_a");
        assertThat(intents(query(new EventQuery(Set.of(), Instant.ofEpochSecond(T0 + 10),
                Instant.ofEpochSecond(T0 + 19), null, null, null, 10)))).containsExactly("pi_b");
        EventPage first = query(new EventQuery(Set.of(), null, null, null, null, null, 2));
        assertThat(first.hasMore()).isTrue();
        EventId last = first.events().get(1).id();
        EventPage second = query(new EventQuery(Set.of(), null, null, null, last, null, 2));
        assertThat(second.events()).containsExactly(all.events().get(2));
        assertThat(second.hasMore()).isFalse();
        EventPage back = query(new EventQuery(Set.of(), null, null, null, null, all.events().get(2).id(), 1));
        assertThat(back.events()).containsExactly(all.events().get(1));
        assertThat(back.hasMore()).isTrue();
    }

    private EventPage query(EventQuery query) {
        return store.queryEvents(ACCOUNT, query);
    }

    private static List<String> intents(EventPage page) {
        return page.events().stream().map(e -> e.paymentIntentId().value()).toList();
    }

    @Test
    void deliveredPosition_startsAtZeroAndOnlyGrows() {
        assertThat(store.deliveredPosition("sub")).isZero();
        store.saveDeliveredPosition("sub", 5);
        store.saveDeliveredPosition("sub", 3);
        assertThat(store.deliveredPosition("sub")).isEqualTo(5);
        assertThat(store.deliveredPosition("other")).isZero();
    }

    @Test
    void deleteEventsBefore_removesTheOldestInBoundedBatches() {
        for (int i = 0; i < 5; i++) {
            created("pi_" + i, T0 + i);
        }
        List<LoggedEvent> log = store.readLog(0, 100);
        assertThat(store.deleteEventsBefore(Instant.ofEpochSecond(T0 + 3), 2)).isEqualTo(2);
        assertThat(store.deleteEventsBefore(Instant.ofEpochSecond(T0 + 3), 2)).isEqualTo(1);
        assertThat(store.deleteEventsBefore(Instant.ofEpochSecond(T0 + 3), 2)).isZero();
        assertThat(store.readLog(0, 100)).containsExactlyElementsOf(log.subList(3, 5));
        assertThat(store.findEvent(ACCOUNT, log.get(0).event().id())).isEmpty();
        assertThat(intents(query(new EventQuery(Set.of(), null, null, null, null, null, 10))))
                .containsExactly("pi_4", "pi_3");
    }

    @Test
    void commit_concurrently_logsEveryEventOnceWithoutGapsInSequencePerIntent() throws Exception {
        int threads = 4;
        int intentsPerThread = 10;
        int commitsPerIntent = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < intentsPerThread; i++) {
                    StoredIntent s = created("pi_c" + thread + "_" + i, T0);
                    for (int c = 1; c < commitsPerIntent; c++) {
                        s = commitWithEvents(Fixtures.described(s, "c" + c), 2, T0 + c,
                                EventType.PAYMENT_INTENT_PROCESSING);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        // read the way a relay does: in pages, resuming after the last position
        List<LoggedEvent> read = new ArrayList<>();
        long after = 0;
        for (List<LoggedEvent> page = store.readLog(after, 7); !page.isEmpty(); page = store.readLog(after, 7)) {
            read.addAll(page);
            after = page.get(page.size() - 1).position();
        }
        int perIntent = 1 + 2 * (commitsPerIntent - 1);
        assertThat(read).hasSize(threads * intentsPerThread * perIntent);
        Map<PaymentIntentId, Long> lastSequence = new HashMap<>();
        for (int i = 0; i < read.size(); i++) {
            if (i > 0) {
                assertThat(read.get(i).position()).isGreaterThan(read.get(i - 1).position());
            }
            PaymentEvent e = read.get(i).event();
            long previous = lastSequence.getOrDefault(e.paymentIntentId(), 0L);
            assertThat(e.sequence()).as("sequence of " + e.paymentIntentId()).isEqualTo(previous + 1);
            lastSequence.put(e.paymentIntentId(), e.sequence());
        }
    }
}
