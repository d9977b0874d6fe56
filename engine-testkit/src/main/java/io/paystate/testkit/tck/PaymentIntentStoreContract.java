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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PaymentIntentStore}: extend it with {@link #createStore()} returning an
 * empty store, and every test here must pass. Covers compare-and-set writes, ordinals, the
 * deadline index, queries with both cursors and {@code has_more}, account isolation, and
 * compare-and-set under concurrency.
 */
public abstract class PaymentIntentStoreContract {
    /** The account most tests use. */
    protected static final AccountId ACCOUNT = AccountId.of("acct_tck");
    private static final long T0 = 1_767_225_600L;

    /** The store under test, fresh for each test. */
    protected PaymentIntentStore store;

    /** Returns a new, empty store. */
    protected abstract PaymentIntentStore createStore();

    @BeforeEach
    void setUpStore() {
        store = createStore();
    }

    private StoredIntent insert(String id, long created, String customer) {
        return store.insert(Fixtures.newIntent(ACCOUNT, id, created, customer, 1000));
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
        StoredIntent updated = store.update(Fixtures.described(a, "changed"));
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.ordinal()).isEqualTo(a.ordinal());
        assertThat(store.find(ACCOUNT, a.intent().id()).orElseThrow().intent().description()).isEqualTo("changed");
    }

    @Test
    void update_staleVersion_conflictsAndChangesNothing() {
        StoredIntent a = insert("pi_a", T0, "cus_1");
        store.update(Fixtures.described(a, "first"));
        assertThatThrownBy(() -> store.update(Fixtures.described(a, "second")))
                .isInstanceOf(StoreConflictException.class);
        assertThat(store.find(ACCOUNT, a.intent().id()).orElseThrow().intent().description()).isEqualTo("first");
    }

    @Test
    void update_unknownIntent_conflicts() {
        StoredIntent never = Fixtures.newIntent(ACCOUNT, "pi_never", T0, null, 1000).withVersion(1, 1);
        assertThatThrownBy(() -> store.update(never)).isInstanceOf(StoreConflictException.class);
    }

    @Test
    void findDue_returnsDueIntentsByDeadlineThenOrdinal() {
        StoredIntent a = insert("pi_a", T0, "cus_1");
        StoredIntent b = insert("pi_b", T0, "cus_1");
        StoredIntent c = insert("pi_c", T0, "cus_1");
        store.update(Fixtures.held(c, Instant.ofEpochSecond(T0 + 10)));
        store.update(Fixtures.held(b, Instant.ofEpochSecond(T0 + 20)));
        store.update(Fixtures.held(a, Instant.ofEpochSecond(T0 + 20)));
        assertThat(store.findDue(Instant.ofEpochSecond(T0 + 9), 10)).isEmpty();
        assertThat(ids(store.findDue(Instant.ofEpochSecond(T0 + 10), 10))).containsExactly("pi_c");
        assertThat(ids(store.findDue(Instant.ofEpochSecond(T0 + 30), 10))).containsExactly("pi_c", "pi_a", "pi_b");
        assertThat(ids(store.findDue(Instant.ofEpochSecond(T0 + 30), 2))).containsExactly("pi_c", "pi_a");
    }

    @Test
    void findDue_afterTheDeadlineIsCleared_forgetsTheIntent() {
        StoredIntent a = insert("pi_a", T0, "cus_1");
        StoredIntent held = store.update(Fixtures.held(a, Instant.ofEpochSecond(T0 + 10)));
        store.update(Fixtures.described(Fixtures.newIntent(ACCOUNT, "pi_a", T0, "cus_1", 1000)
                .withVersion(held.version(), held.ordinal()), "released"));
        assertThat(store.findDue(Instant.ofEpochSecond(T0 + 100), 10)).isEmpty();
    }

    @Test
    void query_pagesNewestFirstInBothDirections() {
        for (int i = 0; i < 5; i++) {
            insert("pi_" + i, T0 + i / 2, "cus_1"); // ties within a second: later insert first
        }
        IntentPage first = store.query(ACCOUNT, new IntentQuery(IntentFilter.ALL, null, null, 2));
        assertThat(ids(first.items())).containsExactly("pi_4", "pi_3");
        assertThat(first.hasMore()).isTrue();
        Position cursor = Position.of(first.items().get(1));
        IntentPage second = store.query(ACCOUNT, new IntentQuery(IntentFilter.ALL, cursor, null, 2));
        assertThat(ids(second.items())).containsExactly("pi_2", "pi_1");
        assertThat(second.hasMore()).isTrue();
        IntentPage last = store.query(ACCOUNT,
                new IntentQuery(IntentFilter.ALL, Position.of(second.items().get(1)), null, 2));
        assertThat(ids(last.items())).containsExactly("pi_0");
        assertThat(last.hasMore()).isFalse();
        IntentPage back = store.query(ACCOUNT,
                new IntentQuery(IntentFilter.ALL, null, Position.of(last.items().get(0)), 2));
        assertThat(ids(back.items())).containsExactly("pi_2", "pi_1");
        assertThat(back.hasMore()).isTrue();
    }

    @Test
    void query_filters_andIsolatesAccounts() {
        insert("pi_a", T0, "cus_1");
        insert("pi_b", T0 + 1, "cus_2");
        store.insert(Fixtures.newIntent(AccountId.of("acct_other"), "pi_c", T0 + 2, "cus_1", 1000));
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
                    store.update(Fixtures.described(a, description));
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

    private static List<String> ids(List<StoredIntent> intents) {
        return intents.stream().map(s -> s.intent().id().value()).toList();
    }
}
