package io.paystate.store.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.AccountId;
import io.paystate.spi.Commit;
import io.paystate.spi.StoredIntent;
import io.paystate.store.postgres.PostgresStores;
import io.paystate.store.postgres.TestDatabaseAccess;
import io.paystate.testkit.tck.Fixtures;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A read or an update by id is planned on the primary key even on a new, never analyzed table.
 *
 * <p>Every secondary index starts with the account, so with no statistics an account index looked as cheap
 * as the primary key for {@code id = ? AND account = ?}. A pool's prepared statements keep the plan they get
 * while the tables are new until a table is next analyzed, and that plan read every row of the account on each
 * command: hundreds of pages per command after a few thousand intents, until autovacuum's first analyze.
 */
final class LookupByIdPlanTest {
    private static final AccountId ACCOUNT = AccountId.of("acct_plan");
    private static DataSource pool;
    private static Tables t;

    @BeforeAll
    static void emptySchema() throws SQLException {
        pool = TestDatabaseAccess.pool();
        String schema = TestDatabaseAccess.freshSchema("lookup");
        PostgresStores.create(pool, schema).migrate();
        t = Tables.of(schema);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of(t.intent(), t.customer(), t.paymentMethod(), t.setupIntent(), t.event(),
                    t.customerEvent(), t.paymentMethodEvent(), t.setupIntentEvent())) {
                // no analyze behind the test's back: the tables stay as a fresh database has them
                s.execute("ALTER TABLE " + table + " SET (autovacuum_enabled = false)");
            }
        }
    }

    private static void assertOnPrimaryKey(Sql sql, String table) throws SQLException {
        String plan = Plans.explain(pool, sql);
        assertThat(plan).as(plan).contains(table + "_pkey")
                .doesNotContain(table + "_by_").doesNotContain("Seq Scan on " + table);
    }

    @Test
    void findById_onANewTable_usesThePrimaryKey() throws SQLException {
        assertOnPrimaryKey(new Sql().append(PgIntentStore.findSql(t), 1L, "pi_1", ACCOUNT.value()), "ps_intent");
        assertOnPrimaryKey(new Sql().append(PgCustomerStore.findSql(t), "cus_1", ACCOUNT.value()), "ps_customer");
        assertOnPrimaryKey(new Sql().append(PgPaymentMethodStore.findSql(t), "pm_1", ACCOUNT.value()),
                "ps_payment_method");
        assertOnPrimaryKey(new Sql().append(PgSetupIntentStore.findSql(t), "seti_1", ACCOUNT.value()),
                "ps_setup_intent");
    }

    @Test
    void findEventById_onANewTable_usesTheAccountAndIdKey() throws SQLException {
        for (Sql sql : List.of(new Sql().append(PgEventLog.findSql(t), ACCOUNT.value(), "evt_1"),
                new Sql().append(PgCustomerStore.findEventSql(t), ACCOUNT.value(), "evt_1"),
                new Sql().append(PgPaymentMethodStore.findEventSql(t), ACCOUNT.value(), "evt_1"),
                new Sql().append(PgSetupIntentStore.findEventSql(t), ACCOUNT.value(), "evt_1"))) {
            String plan = Plans.explain(pool, sql);
            assertThat(plan).as(plan).containsPattern("using ps_\\w*event_(account_id_key|by_id)")
                    .doesNotContain("_by_account").doesNotContain("Seq Scan");
        }
    }

    @Test
    void commitOfAnUpdate_onANewTable_usesThePrimaryKey() throws SQLException {
        StoredIntent created = Fixtures.newIntent(ACCOUNT, "pi_plan", 1_767_225_600L, null, 1000);
        StoredIntent stored = created.withVersion(1, 1);
        assertOnPrimaryKey(CommitStatement.build(new Db(pool, t), new Commit(Fixtures.described(stored, "update"), List.of())),
                "ps_intent");
    }
}
