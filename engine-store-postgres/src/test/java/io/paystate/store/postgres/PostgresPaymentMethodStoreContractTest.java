package io.paystate.store.postgres;

import io.paystate.spi.PaymentMethodStore;
import io.paystate.testkit.tck.PaymentMethodStoreContract;

/** The payment-method store passes the SPI's contract tests, on a fresh schema per test. */
final class PostgresPaymentMethodStoreContractTest extends PaymentMethodStoreContract {
    @Override
    protected PaymentMethodStore createStore() {
        return TestDatabase.freshStores("tck_pm").paymentMethodStore();
    }
}
