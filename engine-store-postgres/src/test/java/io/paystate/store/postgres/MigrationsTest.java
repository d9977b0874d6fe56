package io.paystate.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.AccountId;
import io.paystate.model.PaymentIntentId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The schema is created and upgraded on request, its version recorded, and a newer one refused. */
final class MigrationsTest {

    @Test
    void migrate_freshSchema_createsItAndRecordsTheVersion() throws SQLException {
        String schema = TestDatabase.freshSchema("mig");
        PostgresStores stores = PostgresStores.create(TestDatabase.pool(), schema);
        assertThat(stores.migrate()).isEqualTo(PostgresStores.schemaVersion());
        assertThat(stores.intentStore().find(AccountId.DEFAULT, PaymentIntentId.of("pi_none"))).isEmpty();
        try (Connection c = TestDatabase.pool().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, script FROM " + schema + ".ps_schema_version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getString(2)).isEqualTo("V1__initial.sql");
        }
    }

    @Test
    void migrate_again_changesNothing() {
        String schema = TestDatabase.freshSchema("mig");
        PostgresStores.create(TestDatabase.pool(), schema).migrate();
        assertThat(PostgresStores.create(TestDatabase.pool(), schema).migrate()).isEqualTo(PostgresStores.schemaVersion());
    }

    @Test
    void stores_onASchemaNeverMigrated_refuseWithTheVersions() {
        PostgresStores stores = PostgresStores.create(TestDatabase.pool(), TestDatabase.freshSchema("mig"));
        assertThatThrownBy(() -> stores.intentStore().readLog(0, 1)).isInstanceOfSatisfying(
                SchemaVersionException.class, e -> {
                    assertThat(e.found()).isZero();
                    assertThat(e.getMessage()).contains("migrate()");
                });
    }

    @Test
    void migrateAndStores_onANewerSchema_refuse() throws SQLException {
        String schema = TestDatabase.freshSchema("mig");
        PostgresStores.create(TestDatabase.pool(), schema).migrate();
        try (Connection c = TestDatabase.pool().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO " + schema + ".ps_schema_version (version, script) VALUES (99, 'V99__future.sql')");
        }
        PostgresStores old = PostgresStores.create(TestDatabase.pool(), schema);
        assertThatThrownBy(old::migrate).isInstanceOfSatisfying(SchemaVersionException.class, e -> {
            assertThat(e.found()).isEqualTo(99);
            assertThat(e.supported()).isEqualTo(PostgresStores.schemaVersion());
            assertThat(e.getMessage()).contains("newer");
        });
        assertThatThrownBy(() -> old.idempotencyStore().expire(java.time.Instant.EPOCH))
                .isInstanceOf(SchemaVersionException.class);
    }

    @Test
    void create_invalidSchemaName_isRejected() {
        assertThatThrownBy(() -> PostgresStores.create(TestDatabase.pool(), "x\"; DROP TABLE y"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PostgresStores.create(TestDatabase.pool(), "Upper"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PostgresStores.create(TestDatabase.pool(), "pg_mine"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
