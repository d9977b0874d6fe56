package io.paystate.store.postgres;

import io.paystate.spi.PaymentIntentStore;
import io.paystate.testkit.tck.PaymentIntentStoreContract;

/** The intent store passes the SPI's contract tests (with the event log's), on a fresh schema per test. */
final class PostgresIntentStoreContractTest extends PaymentIntentStoreContract {
    @Override
    protected PaymentIntentStore createStore() {
        return TestDatabase.freshStores("tck").intentStore();
    }
}
