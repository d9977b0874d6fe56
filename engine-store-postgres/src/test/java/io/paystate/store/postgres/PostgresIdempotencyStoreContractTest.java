package io.paystate.store.postgres;

import io.paystate.spi.IdempotencyStore;
import io.paystate.testkit.tck.IdempotencyStoreContract;
import java.time.Duration;
import java.time.InstantSource;

/** The idempotency store passes the SPI's contract tests, on a fresh schema per test. */
final class PostgresIdempotencyStoreContractTest extends IdempotencyStoreContract {
    @Override
    protected IdempotencyStore createStore(InstantSource clock, Duration retention) {
        PostgresStores stores = PostgresStores.create(TestDatabase.pool(), TestDatabase.freshSchema("idem"), retention,
                PostgresStores.DEFAULT_DUE_LEASE);
        stores.migrate();
        return stores.idempotencyStore();
    }
}
