package io.paystate.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.AccountId;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.EventType;
import io.paystate.model.PaymentEvent;
import io.paystate.spi.Commit;
import io.paystate.spi.IdempotencyCompletion;
import io.paystate.spi.IdempotencyStore;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.RequestFingerprint;
import io.paystate.spi.StoredIntent;
import io.paystate.spi.StoredResponse;
import io.paystate.testkit.tck.Fixtures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the PostgreSQL stores add to the SPI contract: keys completed in the commit, due leases, batched expiry. */
final class PostgresStoresTest {
    private static final AccountId ACCOUNT = AccountId.of("acct_pg");
    private static final long T0 = 1_767_225_600L;
    private static final RequestFingerprint CREATE = new RequestFingerprint("create", null, "p");

    @Test
    void commit_withIdempotencyCompletion_answersTheKeyFromTheSameTransaction() {
        PostgresStores stores = TestDatabase.freshStores("store");
        IdempotencyStore keys = stores.idempotencyStore();
        Instant now = Instant.ofEpochSecond(T0);
        assertThat(keys.claim(ACCOUNT, "k1", CREATE, now)).isEmpty();
        StoredIntent candidate = Fixtures.withEventSequence(Fixtures.newIntent(ACCOUNT, "pi_k1", T0, null, 1000), 1);
        PaymentEvent created = Fixtures.event(candidate, 1, EventType.PAYMENT_INTENT_CREATED, T0);
        StoredResponse answer = new StoredResponse(200, candidate.intent(), null, "req_1");
        stores.intentStore().commit(new Commit(candidate, List.of(created),
                new IdempotencyCompletion(ACCOUNT, "k1", answer)));
        // another node (its own stores) sees the answer at once, without the engine's own completion
        IdempotencyStore otherNode = PostgresStores.create(TestDatabase.pool(), schemaOf(stores)).idempotencyStore();
        assertThat(otherNode.claim(ACCOUNT, "k1", CREATE, now)).hasValueSatisfying(r ->
                assertThat(r.response()).isEqualTo(answer));
    }

    @Test
    void commit_losingItsCompareAndSet_leavesTheKeyInProgress() {
        PostgresStores stores = TestDatabase.freshStores("store");
        PaymentIntentStore store = stores.intentStore();
        StoredIntent a = store.commit(new Commit(Fixtures.newIntent(ACCOUNT, "pi_cas", T0, null, 1000), List.of()));
        store.commit(new Commit(Fixtures.described(a, "first"), List.of()));
        Instant now = Instant.ofEpochSecond(T0);
        stores.idempotencyStore().claim(ACCOUNT, "k2", CREATE, now);
        StoredResponse error = new StoredResponse(402, null, new StoredResponse.Error(ErrorType.CARD_ERROR,
                ErrorCode.CARD_DECLINED, "declined", null, null, null, null), null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.commit(new Commit(Fixtures.described(a, "stale"),
                List.of(), new IdempotencyCompletion(ACCOUNT, "k2", error))))
                .isInstanceOf(io.paystate.spi.StoreConflictException.class);
        assertThat(stores.idempotencyStore().claim(ACCOUNT, "k2", CREATE, now))
                .hasValueSatisfying(r -> assertThat(r.inProgress()).isTrue());
    }

    @Test
    void findDue_leasedByOneEngine_isPassedOverByAnother() {
        PostgresStores first = TestDatabase.freshStores("store");
        PostgresStores second = PostgresStores.create(TestDatabase.pool(), schemaOf(first));
        PaymentIntentStore store = first.intentStore();
        for (String id : List.of("pi_d1", "pi_d2")) {
            StoredIntent s = store.commit(new Commit(Fixtures.newIntent(ACCOUNT, id, T0, null, 1000), List.of()));
            store.commit(new Commit(Fixtures.held(s, Instant.ofEpochSecond(T0 + 10)), List.of()));
        }
        Instant due = Instant.ofEpochSecond(T0 + 10);
        assertThat(store.findDue(due, 1)).extracting(s -> s.intent().id().value()).containsExactly("pi_d1");
        assertThat(second.intentStore().findDue(due, 10)).extracting(s -> s.intent().id().value())
                .containsExactly("pi_d2");
        assertThat(store.findDue(due, 10)).as("the owner still sees its own lease").extracting(
                s -> s.intent().id().value()).containsExactly("pi_d1");
    }

    @Test
    void findDue_leaseOfAnEngineThatStopped_expiresByTheDatabaseClock() throws SQLException {
        PostgresStores first = PostgresStores.create(TestDatabase.pool(), TestDatabase.freshSchema("store"),
                Duration.ofHours(24), Duration.ofMillis(1));
        first.migrate();
        PaymentIntentStore store = first.intentStore();
        StoredIntent s = store.commit(new Commit(Fixtures.newIntent(ACCOUNT, "pi_l", T0, null, 1000), List.of()));
        store.commit(new Commit(Fixtures.held(s, Instant.ofEpochSecond(T0 + 10)), List.of()));
        assertThat(store.findDue(Instant.ofEpochSecond(T0 + 10), 10)).hasSize(1);
        // move the lease into the past instead of waiting for it
        try (Connection c = TestDatabase.pool().getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE " + schemaOf(first) + ".ps_intent SET due_lease_until = now() - interval '1 s'");
        }
        PostgresStores second = PostgresStores.create(TestDatabase.pool(), schemaOf(first));
        assertThat(second.intentStore().findDue(Instant.ofEpochSecond(T0 + 10), 10)).hasSize(1);
    }

    @Test
    void expire_manyDeadKeys_deletesThemInBatchesAndKeepsLiveOnes() throws SQLException {
        PostgresStores stores = TestDatabase.freshStores("store");
        String schema = schemaOf(stores);
        try (Connection c = TestDatabase.pool().getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO " + schema + ".ps_idempotency (account, key, first_used_ns, fingerprint) "
                    + "SELECT 'acct_pg', 'k' || i, " + T0 + "000000000, '{}' FROM generate_series(1, 2500) AS i");
        }
        Instant later = Instant.ofEpochSecond(T0).plus(Duration.ofHours(12));
        stores.idempotencyStore().claim(ACCOUNT, "young", CREATE, later);
        assertThat(stores.idempotencyStore().expire(later.plus(Duration.ofHours(12)))).isEqualTo(2500);
        try (Connection c = TestDatabase.pool().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT key FROM " + schema + ".ps_idempotency");
                ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("young");
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void saveDeliveredPosition_isWrittenByTheNextReadOfTheLog() {
        PostgresStores stores = TestDatabase.freshStores("store");
        PaymentIntentStore store = stores.intentStore();
        PaymentIntentStore otherNode = PostgresStores.create(TestDatabase.pool(), schemaOf(stores)).intentStore();
        store.saveDeliveredPosition("a", 5);
        store.saveDeliveredPosition("b", 7);
        store.saveDeliveredPosition("a", 3);
        assertThat(store.deliveredPosition("a")).as("this store knows it at once").isEqualTo(5);
        assertThat(otherNode.deliveredPosition("a")).as("not written yet").isZero();
        store.readLog(0, 10);
        assertThat(otherNode.deliveredPosition("a")).isEqualTo(5);
        assertThat(otherNode.deliveredPosition("b")).isEqualTo(7);
        otherNode.saveDeliveredPosition("a", 4);
        otherNode.readLog(0, 10);
        assertThat(store.deliveredPosition("a")).as("positions only grow, across nodes too").isEqualTo(5);
    }

    @Test
    void find_afterAnotherNodeWroteTheIntent_readsItsVersionNotTheOneThisStoreWrote() {
        PostgresStores stores = TestDatabase.freshStores("store");
        PaymentIntentStore store = stores.intentStore();
        PaymentIntentStore otherNode = PostgresStores.create(TestDatabase.pool(), schemaOf(stores)).intentStore();
        StoredIntent mine = store.commit(new Commit(Fixtures.newIntent(ACCOUNT, "pi_two", T0, null, 1000), List.of()));
        assertThat(store.find(ACCOUNT, mine.intent().id())).contains(mine);
        StoredIntent theirs = otherNode.commit(new Commit(Fixtures.described(otherNode.find(ACCOUNT, mine.intent().id())
                .orElseThrow(), "theirs"), List.of()));
        assertThat(store.find(ACCOUNT, mine.intent().id())).contains(theirs);
        assertThat(theirs.version()).isEqualTo(2);
        assertThat(theirs.intent().description()).isEqualTo("theirs");
    }

    private static String schemaOf(PostgresStores stores) {
        String s = stores.intentStore().toString();
        return s.substring(s.indexOf('[') + 1, s.indexOf(']'));
    }
}
