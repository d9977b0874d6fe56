package io.paystate.store.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.AccountId;
import io.paystate.model.CustomerId;
import io.paystate.model.PaymentMethodId;
import io.paystate.spi.IntentQuery.Position;
import io.paystate.spi.SetupIntentQuery;
import io.paystate.store.postgres.PostgresStores;
import io.paystate.store.postgres.TestDatabaseAccess;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SetupIntent statements use an index, checked with EXPLAIN on a schema filled with enough rows
 * (20,000 SetupIntents over 40 accounts, half with one of 1,000 customers, two in three with one of
 * 500 payment methods, one in twenty processing; 20,000 events) and analyzed: no statement reads a
 * whole table, nor a whole account, and the due ones are read in the deadline index's order.
 */
final class SetupIntentQueryPlanTest {
    private static final AccountId ACCOUNT = AccountId.of("acct_7");
    private static final long T0 = 1_767_225_600L;
    private static final Position MIDDLE = new Position(T0 + 10_000, 10_000);
    private static DataSource pool;
    private static Tables t;

    @BeforeAll
    static void fill() throws SQLException {
        pool = TestDatabaseAccess.pool();
        String schema = TestDatabaseAccess.freshSchema("setiplan");
        PostgresStores.create(pool, schema).migrate();
        t = Tables.of(schema);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO " + t.setupIntent() + " (id, account, version, ordinal, created, customer_id,"
                    + " payment_method_id, settles_at_ns, body) SELECT 'seti_' || i, 'acct_' || (i % 40), 1, i,"
                    + T0 + " + i, CASE WHEN i % 2 = 1 THEN 'cus_' || (i % 1000) END,"
                    + " CASE WHEN i % 3 > 0 THEN 'pm_' || (i % 500) END,"
                    + " CASE WHEN i % 20 = 0 THEN (" + T0 + " + i + 180)::bigint * 1000000000 END, '{}'"
                    + " FROM generate_series(1, 20000) AS i");
            s.execute("INSERT INTO " + t.setupIntentEvent() + " (position, id, account, setup_intent_id, type,"
                    + " created_ns, body) SELECT i, 'evt_' || i, 'acct_' || (i % 40), 'seti_' || i,"
                    + " 'setup_intent.created', i::bigint * 1000000000, '{}' FROM generate_series(1, 20000) AS i");
            s.execute("ANALYZE " + t.setupIntent());
            s.execute("ANALYZE " + t.setupIntentEvent());
        }
    }

    private static void assertIndexed(Sql sql, String index) throws SQLException {
        Plans.assertIndexed(pool, sql, index);
    }

    private static SetupIntentQuery query(@Nullable String customer, @Nullable String paymentMethod,
            @Nullable Long gte, @Nullable Long lte, @Nullable Position after, @Nullable Position before) {
        return new SetupIntentQuery(customer == null ? null : CustomerId.of(customer),
                paymentMethod == null ? null : PaymentMethodId.of(paymentMethod), gte, lte, after, before, 10);
    }

    @Test
    void list_firstLaterAndEarlierPages_scanTheAccountIndexInOrder() throws SQLException {
        assertIndexed(PgSetupIntentStore.querySql(t, ACCOUNT, query(null, null, null, null, null, null)),
                "ps_setup_intent_by_account");
        assertIndexed(PgSetupIntentStore.querySql(t, ACCOUNT, query(null, null, null, null, MIDDLE, null)),
                "ps_setup_intent_by_account");
        assertIndexed(PgSetupIntentStore.querySql(t, ACCOUNT, query(null, null, null, null, null, MIDDLE)),
                "ps_setup_intent_by_account");
    }

    @Test
    void list_createdRange_isBoundedOnTheAccountIndex() throws SQLException {
        assertIndexed(PgSetupIntentStore.querySql(t, ACCOUNT, query(null, null, T0 + 5_000, T0 + 6_000, null, null)),
                "ps_setup_intent_by_account");
        assertIndexed(PgSetupIntentStore.querySql(t, ACCOUNT, query(null, null, T0 + 5_000, null, MIDDLE, null)),
                "ps_setup_intent_by_account");
    }

    @Test
    void list_byCustomerOrPaymentMethod_usesTheirIndexes() throws SQLException {
        assertIndexed(PgSetupIntentStore.querySql(t, ACCOUNT, query("cus_47", null, null, null, null, null)),
                "ps_setup_intent_by_customer");
        assertIndexed(PgSetupIntentStore.querySql(t, ACCOUNT, query("cus_47", null, null, null, MIDDLE, null)),
                "ps_setup_intent_by_customer");
        assertIndexed(PgSetupIntentStore.querySql(t, ACCOUNT, query(null, "pm_47", null, null, null, null)),
                "ps_setup_intent_by_payment_method");
        assertIndexed(PgSetupIntentStore.querySql(t, ACCOUNT, query("cus_47", "pm_47", T0, null, null, MIDDLE)),
                "ps_setup_intent_by_");
    }

    @Test
    void dueForSettlement_readsTheDeadlineIndexInOrderWithoutSortingIt() throws SQLException {
        // a backlog (every processing SetupIntent due) and the usual case (a few due)
        for (long now : new long[] {T0 + 30_000, T0 + 2_000}) {
            String plan = Plans.explain(pool, PgSetupIntentStore.dueSql(t, "owner", 30.0, Instant.ofEpochSecond(now), 100));
            assertThat(plan).as(plan).doesNotContain("Seq Scan").contains("ps_setup_intent_due");
            // the only sort allowed is the last step's, of the leased rows (at most the limit): the scan
            // of the due SetupIntents itself follows the index's order
            String scan = plan.substring(plan.indexOf("CTE c"));
            assertThat(scan).as(plan).doesNotContain("Sort");
        }
    }

    @Test
    void findAndEvents_useThePrimaryAndUniqueKeys() throws SQLException {
        assertIndexed(new Sql().append(PgSetupIntentStore.findSql(t), "seti_7", ACCOUNT.value()),
                "ps_setup_intent_pkey");
        assertIndexed(new Sql().append(PgSetupIntentStore.findEventSql(t), ACCOUNT.value(), "evt_47"),
                "ps_setup_intent_event_account_id_key");
        assertIndexed(new Sql().append(ObjectLogs.readSql(t.setupIntentEvent()), 12_000L, 256),
                "ps_setup_intent_event_pkey");
    }
}
