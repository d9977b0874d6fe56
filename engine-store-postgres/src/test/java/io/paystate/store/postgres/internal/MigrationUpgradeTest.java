package io.paystate.store.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.AccountId;
import io.paystate.model.EventType;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.Commit;
import io.paystate.spi.LoggedEvent;
import io.paystate.spi.StoredIntent;
import io.paystate.store.postgres.PostgresStores;
import io.paystate.store.postgres.TestDatabaseAccess;
import io.paystate.testkit.tck.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A schema of version 1 with intents and events in it is upgraded in place, its log continuing. */
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
            try (var ps = CommitStatement.build(db.tables(), old).prepare(c); var rs = ps.executeQuery()) {
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
}
