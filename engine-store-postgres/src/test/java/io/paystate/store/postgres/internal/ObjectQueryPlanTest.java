package io.paystate.store.postgres.internal;

import io.paystate.model.AccountId;
import io.paystate.model.CustomerId;
import io.paystate.spi.CustomerFilter;
import io.paystate.spi.CustomerFilter.TextField;
import io.paystate.spi.CustomerQuery;
import io.paystate.spi.IntentFilter.Comparison;
import io.paystate.spi.IntentQuery.Position;
import io.paystate.store.postgres.PostgresStores;
import io.paystate.store.postgres.TestDatabaseAccess;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The customer and payment-method statements use an index, checked with EXPLAIN on a schema filled
 * with enough rows (20,000 customers over 40 accounts, one in ten deleted; 20,000 payment methods,
 * half of them attached to 1,000 customers; 20,000 events in each log) and analyzed: no statement
 * reads a whole table, nor a whole account.
 */
final class ObjectQueryPlanTest {
    private static final AccountId ACCOUNT = AccountId.of("acct_7");
    private static DataSource pool;
    private static Tables t;

    @BeforeAll
    static void fill() throws SQLException {
        pool = TestDatabaseAccess.pool();
        String schema = TestDatabaseAccess.freshSchema("objplan");
        PostgresStores.create(pool, schema).migrate();
        t = Tables.of(schema);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO " + t.customer() + " (id, account, version, ordinal, created, email, deleted, body)"
                    + " SELECT 'cus_' || i, 'acct_' || (i % 40), 1, i, 1767225600 + i, 'c' || (i % 3000) || '@example.com',"
                    + " i % 10 = 0, '{\"customer\": {\"name\": \"Name ' || i || '\", \"metadata\": {\"n\": \"'"
                    + " || (i % 500) || '\"}}}' FROM generate_series(1, 20000) AS i");
            s.execute("INSERT INTO " + t.customerEvent() + " (position, id, account, customer_id, type, created_ns, body)"
                    + " SELECT i, 'evt_' || i, 'acct_' || (i % 40), 'cus_' || i, 'customer.created',"
                    + " i::bigint * 1000000000, '{}' FROM generate_series(1, 20000) AS i");
            s.execute("INSERT INTO " + t.paymentMethod() + " (id, account, version, ordinal, created, customer_id, type,"
                    + " body) SELECT 'pm_' || i, 'acct_' || (i % 40), 1, i, 1767225600 + i,"
                    + " CASE WHEN i % 2 = 0 THEN 'cus_' || (i % 1000) END, (ARRAY['card', 'sepa_debit'])[1 + i % 3 / 2],"
                    + " '{}' FROM generate_series(1, 20000) AS i");
            s.execute("INSERT INTO " + t.paymentMethodEvent() + " (position, id, account, payment_method_id, type,"
                    + " created_ns, body) SELECT i, 'evt_' || i, 'acct_' || (i % 40), 'pm_' || i,"
                    + " 'payment_method.attached', i::bigint * 1000000000, '{}' FROM generate_series(1, 20000) AS i");
            for (String table : new String[] {t.customer(), t.customerEvent(), t.paymentMethod(), t.paymentMethodEvent()}) {
                s.execute("ANALYZE " + table);
            }
        }
    }

    private static void assertIndexed(Sql sql, String index) throws SQLException {
        Plans.assertIndexed(pool, sql, index);
    }

    @Test
    void customerList_firstLaterAndEarlierPages_scanTheLiveCustomersIndexInOrder() throws SQLException {
        Position middle = new Position(1767235600L, 10000);
        assertIndexed(PgCustomerStore.querySql(t, ACCOUNT, new CustomerQuery(null, null, null, 10)),
                "ps_customer_by_account");
        assertIndexed(PgCustomerStore.querySql(t, ACCOUNT, new CustomerQuery(null, middle, null, 10)),
                "ps_customer_by_account");
        assertIndexed(PgCustomerStore.querySql(t, ACCOUNT, new CustomerQuery(null, null, middle, 10)),
                "ps_customer_by_account");
    }

    @Test
    void customerList_byEmail_usesTheEmailIndex() throws SQLException {
        assertIndexed(PgCustomerStore.querySql(t, ACCOUNT, new CustomerQuery("c47@example.com", null, null, 10)),
                "ps_customer_by_email");
    }

    private static Sql search(CustomerFilter filter) {
        return PgCustomerStore.querySql(t, ACCOUNT, CustomerQuery.search(filter, null, 10));
    }

    @Test
    void customerSearch_byEmail_usesItsIndex_otherFieldsAnIndexOfTheAccount() throws SQLException {
        assertIndexed(search(new CustomerFilter.TextEquals(TextField.EMAIL, "C47@example.com")),
                "ps_customer_by_email_lc");
        // as for intents: within one account of 500 customers the planner may prefer the account's
        // index to the GIN index (ps_customer_by_metadata), and either reads that account only
        assertIndexed(search(new CustomerFilter.MetadataEquals("n", "47")), "ps_customer_by");
        assertIndexed(search(new CustomerFilter.And(List.of(new CustomerFilter.TextContains(TextField.NAME, "ame 4"),
                new CustomerFilter.CreatedCompare(Comparison.GT, 1767230000L)))), "ps_customer_by_account");
        assertIndexed(search(new CustomerFilter.Not(new CustomerFilter.TextEquals(TextField.EMAIL, null))),
                "ps_customer_by_account");
    }

    @Test
    void customerFindAndEvents_useThePrimaryAndUniqueKeys() throws SQLException {
        assertIndexed(new Sql().append(PgCustomerStore.findSql(t), "cus_7", ACCOUNT.value()), "ps_customer_pkey");
        assertIndexed(new Sql().append(PgCustomerStore.findEventSql(t), ACCOUNT.value(), "evt_47"),
                "ps_customer_event_account_id_key");
        assertIndexed(new Sql().append(ObjectLogs.readSql(t.customerEvent()), 12_000L, 256), "ps_customer_event_pkey");
    }

    @Test
    void attachedTo_withAndWithoutTypeAndCursor_usesTheAttachedIndex() throws SQLException {
        CustomerId customer = CustomerId.of("cus_46");
        assertIndexed(PgPaymentMethodStore.attachedToSql(t, ACCOUNT, customer, null, null, 11),
                "ps_payment_method_by_customer");
        assertIndexed(PgPaymentMethodStore.attachedToSql(t, ACCOUNT, customer, "card",
                new Position(1767235600L, 10000), 11), "ps_payment_method_by_customer");
    }

    @Test
    void paymentMethodFindEventsAndLog_useThePrimaryAndUniqueKeys() throws SQLException {
        assertIndexed(new Sql().append(PgPaymentMethodStore.findSql(t), "pm_7", ACCOUNT.value()),
                "ps_payment_method_pkey");
        assertIndexed(new Sql().append(PgPaymentMethodStore.findEventSql(t), ACCOUNT.value(), "evt_47"),
                "ps_payment_method_event_by_id");
        assertIndexed(new Sql().append(ObjectLogs.readSql(t.paymentMethodEvent()), 12_000L, 256),
                "ps_payment_method_event_pkey");
    }
}
