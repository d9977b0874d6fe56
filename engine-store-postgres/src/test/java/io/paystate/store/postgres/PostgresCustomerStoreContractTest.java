package io.paystate.store.postgres;

import io.paystate.spi.CustomerStore;
import io.paystate.testkit.tck.CustomerStoreContract;

/** The customer store passes the SPI's contract tests, on a fresh schema per test. */
final class PostgresCustomerStoreContractTest extends CustomerStoreContract {
    @Override
    protected CustomerStore createStore() {
        return TestDatabase.freshStores("tck_cus").customerStore();
    }
}
