package io.paystate.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.AccountId;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.IntentFilter;
import io.paystate.spi.IntentPage;
import io.paystate.spi.IntentQuery;
import io.paystate.spi.IntentQuery.Position;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredIntent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PaymentIntentStore} (TCK): extend it with {@link #createStore()} returning
 * an empty store, and every test here must pass. Covers: every component handed back unchanged;
 * versions and compare-and-set writes (stale versions conflict and change nothing); ordinals
 * increasing across accounts; ids unique across accounts; the deadline index ({@code findDue} by
 * {@link StoredIntent#deadline()} then ordinal, across accounts, moved and cleared deadlines, raw
 * times that are no deadline); queries (newest first, both cursors, {@code has_more} counting only
 * matching intents, every filter kind, account isolation, updates visible at once); and
 * concurrency (several threads inserting and writing, coordinated by latches, never by sleeps).
 *
 * <p>The event log, delivery positions and retention are covered by the tests inherited from
 * {@link EventLogContract}. Each test gets a fresh store from {@link #createStore()}; tests share no
 * state.
 */
public abstract class PaymentIntentStoreContract extends EventLogContract {

    private StoredIntent insert(String id, long created, @Nullable String customer) {
        return insertCommit(Fixtures.newIntent(ACCOUNT, id, created, customer, 1000));
    }

    @Test
    void insert_newIntent_getsVersionOneAndIncreasingOrdinals() {
        StoredIntent a = insert("pi_a", T0, "cus_1");
        StoredIntent b = insert("pi_b", T0, "cus_1");
        assertThat(a.version()).isEqualTo(1);
        assertThat(b.version()).isEqualTo(1);
        assertThat(b.ordinal()).isGreaterThan(a.ordinal());
        assertThat(store.find(ACCOUNT, PaymentIntentId.of("pi_a"))).contains(a);
    }

    @Test
    void insert_existingId_conflicts() {
        insert("pi_a", T0, "cus_1");
        assertThatThrownBy(() -> insert("pi_a", T0, "cus_1")).isInstanceOf(StoreConflictException.class);
    }

    @Test
    void find_otherAccount_isEmpty() {
        insert("pi_a", T0, "cus_1");
        assertThat(store.find(AccountId.of("acct_other"), PaymentIntentId.of("pi_a"))).isEmpty();
        assertThat(store.find(ACCOUNT, PaymentIntentId.of("pi_missing"))).isEmpty();
    }

    @Test
    void update_currentVersion_incrementsItAndKeepsTheOrdinal() {
        StoredIntent a = insert("pi_a", T0, "cus_1");
        StoredIntent updated = updateCommit(Fixtures.described(a, "changed"));
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.ordinal()).isEqualTo(a.ordinal());
        assertThat(store.find(ACCOUNT, a.intent().id()).orElseThrow().intent().description()).isEqualTo("changed");
    }

    @Test
    void update_staleVersion_conflictsAndChangesNothing() {
        StoredIntent a = insert("pi_a", T0, "cus_1");
        updateCommit(Fixtures.described(a, "first"));
        assertThatThrownBy(() -> updateCommit(Fixtures.described(a, "second")))
                .isInstanceOf(StoreConflictException.class);
        assertThat(store.find(ACCOUNT, a.intent().id()).orElseThrow().intent().description()).isEqualTo("first");
    }

    @Test
    void update_unknownIntent_conflicts() {
        StoredIntent never = Fixtures.newIntent(ACCOUNT, "pi_never", T0, null, 1000).withVersion(1, 1);
        assertThatThrownBy(() -> updateCommit(never)).isInstanceOf(StoreConflictException.class);
    }

    @Test
    void findDue_returnsDueIntentsByDeadlineThenOrdinal() {
        StoredIntent a = insert("pi_a", T0, "cus_1");
        StoredIntent b = insert("pi_b", T0, "cus_1");
        StoredIntent c = insert("pi_c", T0, "cus_1");
        updateCommit(Fixtures.held(c, Instant.ofEpochSecond(T0 + 10)));
        updateCommit(Fixtures.held(b, Instant.ofEpochSecond(T0 + 20)));
        updateCommit(Fixtures.held(a, Instant.ofEpochSecond(T0 + 20)));
        assertThat(store.findDue(Instant.ofEpochSecond(T0 + 9), 10)).isEmpty();
        assertThat(ids(store.findDue(Instant.ofEpochSecond(T0 + 10), 10))).containsExactly("pi_c");
        assertThat(ids(store.findDue(Instant.ofEpochSecond(T0 + 30), 10))).containsExactly("pi_c", "pi_a", "pi_b");
        assertThat(ids(store.findDue(Instant.ofEpochSecond(T0 + 30), 2))).containsExactly("pi_c", "pi_a");
    }

    @Test
    void findDue_afterTheDeadlineIsCleared_forgetsTheIntent() {
        StoredIntent a = insert("pi_a", T0, "cus_1");
        StoredIntent held = updateCommit(Fixtures.held(a, Instant.ofEpochSecond(T0 + 10)));
        updateCommit(Fixtures.described(Fixtures.newIntent(ACCOUNT, "pi_a", T0, "cus_1", 1000)
                .withVersion(held.version(), held.ordinal()), "released"));
        assertThat(store.findDue(Instant.ofEpochSecond(T0 + 100), 10)).isEmpty();
    }

    @Test
    void query_pagesNewestFirstInBothDirections() {
        for (int i = 0; i < 5; i++) {
            insert("pi_" + i, T0 + i / 2, "cus_1"); // ties within a second: later insert first
        }
        IntentPage first = store.query(ACCOUNT, new IntentQuery(IntentFilter.all(), null, null, 2));
        assertThat(ids(first.items())).containsExactly("pi_4", "pi_3");
        assertThat(first.hasMore()).isTrue();
        Position cursor = Position.of(first.items().get(1));
        IntentPage second = store.query(ACCOUNT, new IntentQuery(IntentFilter.all(), cursor, null, 2));
        assertThat(ids(second.items())).containsExactly("pi_2", "pi_1");
        assertThat(second.hasMore()).isTrue();
        IntentPage last = store.query(ACCOUNT,
                new IntentQuery(IntentFilter.all(), Position.of(second.items().get(1)), null, 2));
        assertThat(ids(last.items())).containsExactly("pi_0");
        assertThat(last.hasMore()).isFalse();
        IntentPage back = store.query(ACCOUNT,
                new IntentQuery(IntentFilter.all(), null, Position.of(last.items().get(0)), 2));
        assertThat(ids(back.items())).containsExactly("pi_2", "pi_1");
        assertThat(back.hasMore()).isTrue();
    }

    @Test
    void query_filters_andIsolatesAccounts() {
        insert("pi_a", T0, "cus_1");
        insert("pi_b", T0 + 1, "cus_2");
        insertCommit(Fixtures.newIntent(AccountId.of("acct_other"), "pi_c", T0 + 2, "cus_1", 1000));
        IntentFilter customer = new IntentFilter.TokenEquals(IntentFilter.TokenField.CUSTOMER, "cus_1");
        assertThat(ids(store.query(ACCOUNT, new IntentQuery(customer, null, null, 10)).items())).containsExactly("pi_a");
        IntentFilter notCustomer = new IntentFilter.Not(customer);
        assertThat(ids(store.query(ACCOUNT, new IntentQuery(notCustomer, null, null, 10)).items()))
                .containsExactly("pi_b");
        IntentFilter created = new IntentFilter.NumericCompare(IntentFilter.NumericField.CREATED,
                IntentFilter.Comparison.GTE, T0 + 1);
        assertThat(ids(store.query(ACCOUNT, new IntentQuery(created, null, null, 10)).items())).containsExactly("pi_b");
    }

    @Test
    void update_concurrentWritersOfOneVersion_exactlyOneWins() throws Exception {
        StoredIntent a = insert("pi_a", T0, "cus_1");
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger wins = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String description = "writer " + t;
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    updateCommit(Fixtures.described(a, description));
                    wins.incrementAndGet();
                } catch (StoreConflictException expected) {
                    // lost the race
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(wins.get()).isEqualTo(1);
        assertThat(store.find(ACCOUNT, a.intent().id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void insert_thenFind_handsEveryComponentBackUnchanged() {
        StoredIntent candidate = Fixtures.withBookkeeping(Fixtures.newIntent(ACCOUNT, "pi_full", T0, "cus_1", 1234));
        StoredIntent stored = insertCommit(candidate);
        assertThat(stored).isEqualTo(candidate.withVersion(1, stored.ordinal()));
        assertThat(store.find(ACCOUNT, candidate.intent().id())).contains(stored);
    }

    @Test
    void insert_ordinals_increaseAcrossAccounts() {
        StoredIntent a = insert("pi_a", T0, "cus_1");
        StoredIntent b = insertCommit(Fixtures.newIntent(AccountId.of("acct_other"), "pi_b", T0 - 100, null, 1000));
        StoredIntent c = insert("pi_c", T0 - 200, "cus_1");
        assertThat(b.ordinal()).isGreaterThan(a.ordinal());
        assertThat(c.ordinal()).isGreaterThan(b.ordinal());
    }

    @Test
    void insert_sameIdInAnotherAccount_conflicts() {
        insert("pi_a", T0, "cus_1");
        assertThatThrownBy(() -> insertCommit(Fixtures.newIntent(AccountId.of("acct_other"), "pi_a", T0, null, 1000)))
                .isInstanceOf(StoreConflictException.class);
        assertThat(store.find(AccountId.of("acct_other"), PaymentIntentId.of("pi_a"))).isEmpty();
    }

    @Test
    void findDue_processingIntent_isDueAtItsSettlementTime() {
        StoredIntent a = insert("pi_a", T0, "cus_1");
        updateCommit(Fixtures.processing(a, Instant.ofEpochSecond(T0 + 180)));
        assertThat(store.findDue(Instant.ofEpochSecond(T0 + 179), 10)).isEmpty();
        assertThat(ids(store.findDue(Instant.ofEpochSecond(T0 + 180), 10))).containsExactly("pi_a");
    }

    @Test
    void findDue_movedDeadline_usesOnlyTheNewOne() {
        StoredIntent a = insert("pi_a", T0, "cus_1");
        StoredIntent held = updateCommit(Fixtures.held(a, Instant.ofEpochSecond(T0 + 10)));
        updateCommit(Fixtures.held(held, Instant.ofEpochSecond(T0 + 50)));
        assertThat(store.findDue(Instant.ofEpochSecond(T0 + 20), 10)).isEmpty();
        assertThat(ids(store.findDue(Instant.ofEpochSecond(T0 + 50), 10))).containsExactly("pi_a");
    }

    @Test
    void findDue_rawTimesOutsideTheirStatus_areNoDeadline() {
        insertCommit(Fixtures.withBookkeeping(Fixtures.newIntent(ACCOUNT, "pi_a", T0, null, 1000)));
        assertThat(store.findDue(Instant.ofEpochSecond(T0 + 10_000_000), 10)).isEmpty();
    }

    @Test
    void findDue_spansAccounts_andReturnsTheCurrentVersion() {
        StoredIntent a = insert("pi_a", T0, "cus_1");
        StoredIntent b = insertCommit(Fixtures.newIntent(AccountId.of("acct_other"), "pi_b", T0, null, 1000));
        updateCommit(Fixtures.held(b, Instant.ofEpochSecond(T0 + 5)));
        StoredIntent heldA = updateCommit(Fixtures.held(a, Instant.ofEpochSecond(T0 + 5)));
        StoredIntent described = updateCommit(Fixtures.described(heldA, "current"));
        List<StoredIntent> due = store.findDue(Instant.ofEpochSecond(T0 + 5), 10);
        assertThat(ids(due)).containsExactly("pi_a", "pi_b");
        assertThat(due.get(0)).isEqualTo(described);
    }

    @Test
    void query_hasMore_countsOnlyMatchingIntents() {
        insert("pi_old", T0, "cus_2");
        for (int i = 0; i < 3; i++) {
            insert("pi_" + i, T0 + 1 + i, "cus_1");
        }
        IntentFilter customer = new IntentFilter.TokenEquals(IntentFilter.TokenField.CUSTOMER, "cus_1");
        IntentPage page = store.query(ACCOUNT, new IntentQuery(customer, null, null, 3));
        assertThat(ids(page.items())).containsExactly("pi_2", "pi_1", "pi_0");
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void query_endingBefore_reachingTheNewest_hasNoMore() {
        for (int i = 0; i < 4; i++) {
            insert("pi_" + i, T0 + i, "cus_1");
        }
        StoredIntent oldest = store.find(ACCOUNT, PaymentIntentId.of("pi_0")).orElseThrow();
        IntentPage newer = store.query(ACCOUNT, new IntentQuery(IntentFilter.all(), null, Position.of(oldest), 3));
        assertThat(ids(newer.items())).containsExactly("pi_3", "pi_2", "pi_1");
        assertThat(newer.hasMore()).isFalse();
        StoredIntent newest = store.find(ACCOUNT, PaymentIntentId.of("pi_3")).orElseThrow();
        IntentPage none = store.query(ACCOUNT, new IntentQuery(IntentFilter.all(), null, Position.of(newest), 3));
        assertThat(none.items()).isEmpty();
        assertThat(none.hasMore()).isFalse();
        IntentPage older = store.query(ACCOUNT, new IntentQuery(IntentFilter.all(), Position.of(oldest), null, 3));
        assertThat(older.items()).isEmpty();
        assertThat(older.hasMore()).isFalse();
    }

    @Test
    void query_cursorOfANonMatchingIntent_stillPositionsThePage() {
        insert("pi_0", T0, "cus_1");
        StoredIntent other = insert("pi_1", T0 + 1, "cus_2");
        insert("pi_2", T0 + 2, "cus_1");
        IntentFilter customer = new IntentFilter.TokenEquals(IntentFilter.TokenField.CUSTOMER, "cus_1");
        assertThat(ids(store.query(ACCOUNT, new IntentQuery(customer, Position.of(other), null, 10)).items()))
                .containsExactly("pi_0");
        assertThat(ids(store.query(ACCOUNT, new IntentQuery(customer, null, Position.of(other), 10)).items()))
                .containsExactly("pi_2");
    }

    @Test
    void query_everyFilterKind_matchesAsSpecified() {
        insertCommit(Fixtures.tagged(Fixtures.newIntent(ACCOUNT, "pi_a", T0, "cus_1", 1000),
                io.paystate.model.Currency.of("eur"), java.util.Map.of("order", "42")));
        StoredIntent b = insert("pi_b", T0 + 1, null);
        updateCommit(Fixtures.held(b, Instant.ofEpochSecond(T0 + 100)));
        insertCommit(Fixtures.newIntent(ACCOUNT, "pi_c", T0 + 2, "cus_2", 5000));
        assertThat(match(new IntentFilter.TokenEquals(IntentFilter.TokenField.CURRENCY, "EUR")))
                .as("tokens match case-insensitively").containsExactly("pi_a");
        assertThat(match(new IntentFilter.TokenEquals(IntentFilter.TokenField.STATUS, "requires_capture")))
                .containsExactly("pi_b");
        assertThat(match(new IntentFilter.TokenEquals(IntentFilter.TokenField.CUSTOMER, null)))
                .as("a null token matches an absent field").containsExactly("pi_b");
        assertThat(match(new IntentFilter.MetadataEquals("order", "42"))).containsExactly("pi_a");
        assertThat(match(new IntentFilter.MetadataEquals("order", null)))
                .as("a null metadata value matches an absent key").containsExactly("pi_c", "pi_b");
        assertThat(match(new IntentFilter.NumericCompare(IntentFilter.NumericField.AMOUNT,
                IntentFilter.Comparison.GT, 1000))).containsExactly("pi_c");
        assertThat(match(new IntentFilter.NumericCompare(IntentFilter.NumericField.CREATED,
                IntentFilter.Comparison.LT, T0 + 1))).containsExactly("pi_a");
        assertThat(match(new IntentFilter.NumericCompare(IntentFilter.NumericField.CREATED,
                IntentFilter.Comparison.EQ, T0 + 1))).containsExactly("pi_b");
        assertThat(match(new IntentFilter.NumericCompare(IntentFilter.NumericField.AMOUNT,
                IntentFilter.Comparison.LTE, 1000))).containsExactly("pi_b", "pi_a");
        assertThat(match(new IntentFilter.And(List.of(
                new IntentFilter.TokenEquals(IntentFilter.TokenField.CURRENCY, "usd"),
                new IntentFilter.NumericCompare(IntentFilter.NumericField.AMOUNT, IntentFilter.Comparison.GTE, 1000)))))
                .containsExactly("pi_c", "pi_b");
        assertThat(match(new IntentFilter.Or(List.of(
                new IntentFilter.MetadataEquals("order", "42"),
                new IntentFilter.TokenEquals(IntentFilter.TokenField.CUSTOMER, "cus_2")))))
                .containsExactly("pi_c", "pi_a");
    }

    @Test
    void query_seesUpdatesAtOnce() {
        StoredIntent a = insert("pi_a", T0, "cus_1");
        IntentFilter held = new IntentFilter.TokenEquals(IntentFilter.TokenField.STATUS, "requires_capture");
        assertThat(match(held)).isEmpty();
        updateCommit(Fixtures.held(a, Instant.ofEpochSecond(T0 + 100)));
        assertThat(match(held)).containsExactly("pi_a");
    }

    private List<String> match(IntentFilter filter) {
        return ids(store.query(ACCOUNT, new IntentQuery(filter, null, null, 100)).items());
    }

    @Test
    void insert_concurrently_storesEveryIntentWithUniqueOrdinals_andOneWinnerPerId() throws Exception {
        int threads = 4;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger duplicateWins = new AtomicInteger();
        List<Future<List<StoredIntent>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                List<StoredIntent> mine = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    mine.add(insert("pi_t" + thread + "_" + i, T0, "cus_1"));
                    try {
                        insert("pi_shared_" + i, T0, "cus_1");
                        duplicateWins.incrementAndGet();
                    } catch (StoreConflictException expected) {
                        // another thread inserted this id first
                    }
                }
                return mine;
            }));
        }
        start.countDown();
        java.util.Set<Long> ordinals = new java.util.HashSet<>();
        for (Future<List<StoredIntent>> f : futures) {
            for (StoredIntent s : f.get(30, TimeUnit.SECONDS)) {
                assertThat(ordinals.add(s.ordinal())).as("unique ordinal " + s.ordinal()).isTrue();
            }
        }
        pool.shutdown();
        assertThat(duplicateWins.get()).isEqualTo(perThread);
        assertThat(store.query(ACCOUNT, new IntentQuery(IntentFilter.all(), null, null, 100)).items()).hasSize(100);
    }

    private static List<String> ids(List<StoredIntent> intents) {
        return intents.stream().map(s -> s.intent().id().value()).toList();
    }
}
