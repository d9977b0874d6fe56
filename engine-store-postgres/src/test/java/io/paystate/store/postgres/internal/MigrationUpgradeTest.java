package io.paystate.store.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.AccountId;
import io.paystate.model.Customer;
import io.paystate.model.CustomerEvent;
import io.paystate.model.CustomerEventType;
import io.paystate.model.CustomerId;
import io.paystate.model.EventId;
import io.paystate.model.EventType;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodEvent;
import io.paystate.model.PaymentMethodEventType;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.PaymentMethodUsage;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentEvent;
import io.paystate.model.SetupIntentEventType;
import io.paystate.model.SetupIntentId;
import io.paystate.model.SetupIntentStatus;
import io.paystate.model.ThreeDSecureRequest;
import io.paystate.spi.Commit;
import io.paystate.spi.CustomerCommit;
import io.paystate.spi.CustomerFilter;
import io.paystate.spi.CustomerQuery;
import io.paystate.spi.IntentFilter;
import io.paystate.spi.LoggedCustomerEvent;
import io.paystate.spi.LoggedEvent;
import io.paystate.spi.LoggedPaymentMethodEvent;
import io.paystate.spi.LoggedSetupIntentEvent;
import io.paystate.spi.PaymentMethodCommit;
import io.paystate.spi.SetupIntentCommit;
import io.paystate.spi.StoredCustomer;
import io.paystate.spi.StoredIntent;
import io.paystate.spi.StoredPaymentMethod;
import io.paystate.spi.StoredSetupIntent;
import io.paystate.store.postgres.PostgresStores;
import io.paystate.store.postgres.TestDatabaseAccess;
import io.paystate.testkit.tck.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A schema of an older version with rows and events in it is upgraded in place, its logs continuing
 * and its rows found by the queries of the new version.
 */
final class MigrationUpgradeTest {
    private static final AccountId ACCOUNT = AccountId.of("acct_up");
    private static final long T0 = 1_767_225_600L;

    private static void createIntent(PostgresStores stores, String id) {
        StoredIntent candidate = Fixtures.withEventSequence(Fixtures.newIntent(ACCOUNT, id, T0, null, 1000), 1);
        PaymentEvent created = Fixtures.event(candidate, 1, EventType.PAYMENT_INTENT_CREATED, T0);
        stores.intentStore().commit(new Commit(candidate, List.of(created)));
    }

    @Test
    void migrate_fromVersionOne_keepsIntentsAndTheirLogAndAddsTheObjectLogs() {
        String schema = TestDatabaseAccess.freshSchema("upgrade");
        Db db = new Db(TestDatabaseAccess.pool(), Tables.of(schema));
        assertThat(Migrations.migrate(db, 1)).isEqualTo(1);
        // the stores refuse version 1, so the old rows are written as release 1 wrote them: by the commit statement
        StoredIntent candidate = Fixtures.withEventSequence(Fixtures.newIntent(ACCOUNT, "pi_old", T0, null, 1000), 1);
        Commit old = new Commit(candidate, List.of(Fixtures.event(candidate, 1, EventType.PAYMENT_INTENT_CREATED, T0)));
        db.runUnchecked("write a version 1 row", c -> {
            try (var ps = CommitStatement.build(db, old).prepare(c); var rs = ps.executeQuery()) {
                return rs.next();
            }
        });

        PostgresStores stores = PostgresStores.create(TestDatabaseAccess.pool(), schema);
        assertThat(stores.migrate()).isEqualTo(PostgresStores.schemaVersion());
        assertThat(stores.intentStore().find(ACCOUNT, PaymentIntentId.of("pi_old"))).isPresent();
        createIntent(stores, "pi_new");
        assertThat(stores.intentStore().readLog(0, 10)).extracting(LoggedEvent::position).containsExactly(1L, 2L);
        assertThat(stores.customerStore().readLog(0, 10)).isEmpty();
        assertThat(stores.paymentMethodStore().readLog(0, 10)).isEmpty();
    }

    private static StoredCustomer customer(String id, long sequence) {
        Customer c = new Customer(CustomerId.of(id), Instant.ofEpochSecond(T0), null, null, null, Map.of(), null,
                false);
        return new StoredCustomer(ACCOUNT, c, 0, 0, sequence);
    }

    private static CustomerCommit customerCreated(String id) {
        StoredCustomer s = customer(id, 1);
        return new CustomerCommit(s, List.of(new CustomerEvent(EventId.of("evt_" + id),
                CustomerEventType.CUSTOMER_CREATED, Instant.ofEpochSecond(T0), ACCOUNT, s.customer(), 1, null, null)));
    }

    @Test
    void migrate_fromVersionTwo_keepsCustomersAndTheirLogAndAddsTheSetupIntentLog() {
        String schema = TestDatabaseAccess.freshSchema("upgrade2");
        Db db = new Db(TestDatabaseAccess.pool(), Tables.of(schema));
        assertThat(Migrations.migrate(db, 2)).isEqualTo(2);
        // written by release 2's statements: the stores refuse version 2
        CustomerCommit old = customerCreated("cus_old");
        db.runUnchecked("write a version 2 row", c -> {
            try (var ps = PgCustomerStore.commitSql(db, old).prepare(c); var rs = ps.executeQuery()) {
                return rs.next();
            }
        });

        PostgresStores stores = PostgresStores.create(TestDatabaseAccess.pool(), schema);
        assertThat(stores.migrate()).isEqualTo(PostgresStores.schemaVersion());
        assertThat(stores.customerStore().find(ACCOUNT, CustomerId.of("cus_old"))).isPresent();
        stores.customerStore().commit(customerCreated("cus_new"));
        assertThat(stores.customerStore().readLog(0, 10)).extracting(LoggedCustomerEvent::position)
                .containsExactly(1L, 2L);

        SetupIntent si = new SetupIntent(SetupIntentId.of("seti_new"), "seti_new_secret_x",
                SetupIntentStatus.REQUIRES_PAYMENT_METHOD, Instant.ofEpochSecond(T0), CustomerId.of("cus_old"), null,
                SetupFutureUsage.OFF_SESSION, List.of("card"), null, Map.of(), null, null, null, null,
                ThreeDSecureRequest.AUTOMATIC);
        stores.setupIntentStore().commit(new SetupIntentCommit(new StoredSetupIntent(ACCOUNT, si, 0, 0, 1, null, 0),
                List.of(new SetupIntentEvent(EventId.of("evt_seti_new"), SetupIntentEventType.SETUP_INTENT_CREATED,
                        si.created(), ACCOUNT, si, 1, null, null))));
        assertThat(stores.setupIntentStore().find(ACCOUNT, si.id())).isPresent();
        assertThat(stores.setupIntentStore().readLog(0, 10)).extracting(LoggedSetupIntentEvent::position)
                .containsExactly(1L);
        assertThat(stores.intentStore().readLog(0, 10)).isEmpty();
    }

    @Test
    void migrate_fromVersionFour_findsPaymentMethodEventsWrittenBeforeById() {
        String schema = TestDatabaseAccess.freshSchema("upgrade4");
        Db db = new Db(TestDatabaseAccess.pool(), Tables.of(schema));
        assertThat(Migrations.migrate(db, 4)).isEqualTo(4);
        PaymentMethod pm = new PaymentMethod(PaymentMethodId.of("pm_old"), "card", Instant.ofEpochSecond(T0),
                CustomerId.of("cus_old"), "visa", "4242", Map.of(), PaymentMethodUsage.ATTACHED);
        PaymentMethodEvent attached = new PaymentMethodEvent(EventId.of("evt_pm_old"),
                PaymentMethodEventType.PAYMENT_METHOD_ATTACHED, pm.created(), ACCOUNT, pm, 1, null, null);
        PaymentMethodCommit old = new PaymentMethodCommit(new StoredPaymentMethod(ACCOUNT, pm, 0, 0, 1),
                List.of(attached));
        // written by release 4's statements: the stores refuse version 4
        db.runUnchecked("write a version 4 row", c -> {
            try (var ps = PgPaymentMethodStore.commitSql(db, old).prepare(c)) {
                return ps.execute();
            }
        });

        PostgresStores stores = PostgresStores.create(TestDatabaseAccess.pool(), schema);
        assertThat(stores.migrate()).isEqualTo(PostgresStores.schemaVersion());
        assertThat(stores.paymentMethodStore().findEvent(ACCOUNT, attached.id())).contains(attached);
        assertThat(stores.paymentMethodStore().findEvent(AccountId.of("acct_other"), attached.id())).isEmpty();
        assertThat(stores.paymentMethodStore().readLog(0, 10)).extracting(LoggedPaymentMethodEvent::position)
                .containsExactly(1L);
    }

    @Test
    void migrate_fromVersionThree_makesItsCustomersSearchable() {
        String schema = TestDatabaseAccess.freshSchema("upgrade3");
        Db db = new Db(TestDatabaseAccess.pool(), Tables.of(schema));
        assertThat(Migrations.migrate(db, 3)).isEqualTo(3);
        // written by release 3's statement (versions 4 and 5 add indexes only, so the statement is the same)
        CustomerCommit old = customerCreated("cus_old");
        db.runUnchecked("write a version 3 row", c -> {
            try (var ps = PgCustomerStore.commitSql(db, old).prepare(c); var rs = ps.executeQuery()) {
                return rs.next();
            }
        });

        PostgresStores stores = PostgresStores.create(TestDatabaseAccess.pool(), schema);
        assertThat(stores.migrate()).isEqualTo(PostgresStores.schemaVersion());
        assertThat(stores.customerStore().query(ACCOUNT, CustomerQuery.search(
                new CustomerFilter.CreatedCompare(IntentFilter.Comparison.GTE, T0), null, 10)).items())
                .extracting(s -> s.customer().id().value()).containsExactly("cus_old");
        assertThat(stores.customerStore().query(ACCOUNT, CustomerQuery.search(
                new CustomerFilter.MetadataEquals("k", null), null, 10)).items()).hasSize(1);
    }
}
