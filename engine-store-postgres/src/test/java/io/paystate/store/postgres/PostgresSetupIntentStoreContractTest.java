package io.paystate.store.postgres;

import io.paystate.spi.SetupIntentStore;
import io.paystate.testkit.tck.SetupIntentStoreContract;

/** The SetupIntent store passes the SPI's contract tests, on a fresh schema per test. */
final class PostgresSetupIntentStoreContractTest extends SetupIntentStoreContract {
    @Override
    protected SetupIntentStore createStore() {
        return TestDatabase.freshStores("tck_seti").setupIntentStore();
    }
}
