package io.paystate.store.postgres.internal;

import io.paystate.model.AccountId;
import io.paystate.model.EventType;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.EventQuery;
import io.paystate.spi.IntentFilter;
import io.paystate.spi.IntentQuery;
import io.paystate.store.postgres.PostgresStores;
import io.paystate.store.postgres.TestDatabaseAccess;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The main statements use an index, checked with EXPLAIN on a schema filled with enough rows (40
 * accounts of 500 intents, 20,000 events over 1,000 accounts) and analyzed, so that the planner's choice is the one
 * it would make on a real database: no statement reads a whole table, nor a whole account.
 */
final class QueryPlanTest {
    private static final AccountId ACCOUNT = AccountId.of("acct_7");
    private static DataSource pool;
    private static Tables t;

    @BeforeAll
    static void fill() throws SQLException {
        pool = TestDatabaseAccess.pool();
        String schema = TestDatabaseAccess.freshSchema("plan");
        PostgresStores.create(pool, schema).migrate();
        t = Tables.of(schema);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO " + t.intent() + " (id, account, version, ordinal, created, amount, currency, status,"
                    + " customer_lc, metadata, deadline_ns, body) SELECT 'pi_' || i, 'acct_' || (i % 40), 1, i,"
                    + " 1767225600 + i, 100 + i % 5000, 'usd', (ARRAY['requires_payment_method', 'requires_capture',"
                    + " 'succeeded', 'canceled', 'processing'])[1 + i % 5], 'cus_' || (i % 1000),"
                    + " jsonb_build_object('order', i::text), CASE WHEN i % 10 = 1 THEN i::bigint * 1000000000 END, '{}'"
                    + " FROM generate_series(1, 20000) AS i");
            s.execute("INSERT INTO " + t.event() + " (position, id, account, intent_id, type, created_ns, body)"
                    + " SELECT i, 'evt_' || i, 'acct_' || (i % 1000), 'pi_' || (i % 20000), 'payment_intent.created',"
                    + " i::bigint * 1000000000, '{}' FROM generate_series(1, 20000) AS i");
            s.execute("INSERT INTO " + t.idempotency() + " (account, key, first_used_ns, fingerprint)"
                    + " SELECT 'acct_' || (i % 40), 'k' || i, i::bigint * 1000000000, '{}' FROM generate_series(1, 20000) AS i");
            s.execute("ANALYZE " + t.intent());
            s.execute("ANALYZE " + t.event());
            s.execute("ANALYZE " + t.idempotency());
        }
    }

    private static void assertIndexed(Sql sql, String index) throws SQLException {
        Plans.assertIndexed(pool, sql, index);
    }

    private static Sql intents(IntentFilter filter, IntentQuery.Position cursor) {
        return PgIntentStore.querySql(t, ACCOUNT, new IntentQuery(filter, cursor, null, 10));
    }

    @Test
    void list_firstAndLaterPages_scanTheAccountIndexInOrder() throws SQLException {
        assertIndexed(intents(IntentFilter.all(), null), "ps_intent_by_account");
        assertIndexed(intents(IntentFilter.all(), new IntentQuery.Position(1767235600L, 10000)), "ps_intent_by_account");
        assertIndexed(PgIntentStore.querySql(t, ACCOUNT, new IntentQuery(IntentFilter.all(), null,
                new IntentQuery.Position(1767235600L, 10000), 10)), "ps_intent_by_account");
    }

    @Test
    void search_byCustomerStatusOrMetadata_usesTheirIndexes() throws SQLException {
        assertIndexed(intents(new IntentFilter.TokenEquals(IntentFilter.TokenField.CUSTOMER, "CUS_47"), null),
                "ps_intent_by_customer");
        assertIndexed(intents(new IntentFilter.TokenEquals(IntentFilter.TokenField.STATUS, "requires_capture"), null),
                "ps_intent_by");
        assertIndexed(intents(new IntentFilter.MetadataEquals("order", "4007"), null), "ps_intent_by");
        assertIndexed(intents(new IntentFilter.And(List.of(
                new IntentFilter.NumericCompare(IntentFilter.NumericField.CREATED, IntentFilter.Comparison.GTE, 1767230000L),
                new IntentFilter.NumericCompare(IntentFilter.NumericField.CREATED, IntentFilter.Comparison.LT, 1767231000L))),
                null), "ps_intent_by_account");
    }

    @Test
    void findAndFindDue_useThePrimaryKeyAndTheDeadlineIndex() throws SQLException {
        assertIndexed(new Sql().append(PgIntentStore.findSql(t), 3L, "pi_7", ACCOUNT.value()), "ps_intent_pkey");
        assertIndexed(PgIntentStore.findDueSql(t, "owner", 30, Instant.ofEpochSecond(5000), 10), "ps_intent_due");
    }

    @Test
    void eventLogReads_useThePositionAndAccountIndexes() throws SQLException {
        assertIndexed(new Sql().append(PgEventLog.readSql(t), 12_000L, 256), "ps_event_pkey");
        assertIndexed(PgEventLog.readSql(t, java.util.Map.of("a", 11_000L, "b", 11_500L), 12_000L, 256),
                "ps_event_pkey");
        assertIndexed(PgEventLog.querySql(t, ACCOUNT, new EventQuery(Set.of(), null, null, null, null, null, 10)),
                "ps_event_by_account");
        assertIndexed(PgEventLog.querySql(t, ACCOUNT, new EventQuery(Set.of(EventType.PAYMENT_INTENT_CREATED), null,
                null, PaymentIntentId.of("pi_47"), null, null, 10)), "ps_event_by_intent");
    }

    @Test
    void retention_deletesThroughIndexes() throws SQLException {
        assertIndexed(new Sql().append(PgEventLog.deleteSql(t), 1000, 5_000_000_000_000L), "ps_event_pkey");
        assertIndexed(new Sql().append(PgIdempotencyStore.expireSql(t), 5_000_000_000_000L, 5_000_000_000_000L),
                "ps_idempotency_by_first_use");
    }
}
