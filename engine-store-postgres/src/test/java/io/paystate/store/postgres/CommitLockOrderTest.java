package io.paystate.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.AccountId;
import io.paystate.model.EventType;
import io.paystate.model.PaymentEvent;
import io.paystate.spi.Commit;
import io.paystate.spi.IdempotencyCompletion;
import io.paystate.spi.LoggedEvent;
import io.paystate.spi.RequestFingerprint;
import io.paystate.spi.StoredIntent;
import io.paystate.spi.StoredResponse;
import io.paystate.testkit.tck.Fixtures;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The log head, which every commit with events waits for, is locked last in a commit: a commit
 * that waits for its idempotency key's row does not hold the head meanwhile, so other commits keep
 * getting positions.
 */
final class CommitLockOrderTest {
    private static final AccountId ACCOUNT = AccountId.of("acct_order");
    private static final long T0 = 1_767_225_600L;

    @Test
    void commit_waitingForItsKeysRow_leavesTheLogHeadFree() throws Exception {
        PostgresStores stores = TestDatabase.freshStores("order");
        String schema = stores.intentStore().toString().replaceAll(".*\\[(.*)]", "$1");
        stores.idempotencyStore().claim(ACCOUNT, "k1", new RequestFingerprint("create", null, "p"),
                Instant.ofEpochSecond(T0));
        StoredIntent candidate = Fixtures.withEventSequence(Fixtures.newIntent(ACCOUNT, "pi_order", T0, null, 1000), 1);
        PaymentEvent created = Fixtures.event(candidate, 1, EventType.PAYMENT_INTENT_CREATED, T0);
        Commit commit = new Commit(candidate, List.of(created), new IdempotencyCompletion(ACCOUNT, "k1",
                new StoredResponse(200, candidate.intent(), null, "req_1")));

        try (Connection blocker = TestDatabase.pool().getConnection(); Statement s = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            s.execute("SELECT 1 FROM " + schema + ".ps_idempotency WHERE key = 'k1' FOR UPDATE");
            CompletableFuture<StoredIntent> committing = CompletableFuture.supplyAsync(
                    () -> stores.intentStore().commit(commit));
            awaitLockWait(schema);
            try (Connection probe = TestDatabase.pool().getConnection(); Statement p = probe.createStatement()) {
                probe.setAutoCommit(false);
                // NOWAIT fails at once (55P03) if the waiting commit held the head
                try (ResultSet rs = p.executeQuery("SELECT last_position FROM " + schema
                        + ".ps_log_head WHERE id = 1 FOR UPDATE NOWAIT")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).isZero();
                }
                probe.rollback();
            }
            blocker.rollback();
            assertThat(committing.get(30, TimeUnit.SECONDS).version()).isEqualTo(1);
        }
        assertThat(stores.intentStore().readLog(0, 10)).extracting(LoggedEvent::position).containsExactly(1L);
    }

    /** Waits until a statement on this schema waits for a row lock. */
    private static void awaitLockWait(String schema) throws SQLException {
        try (Connection c = TestDatabase.pool().getConnection(); Statement s = c.createStatement()) {
            for (int i = 0; i < 100_000; i++) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = "
                        + "'Lock' AND query LIKE '%" + schema + "%'")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
            }
        }
        throw new AssertionError("the commit never waited for the key's row");
    }
}
