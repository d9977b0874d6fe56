package io.paystate.testkit.tck;

import io.paystate.engine.InMemoryPaymentMethodStore;
import io.paystate.spi.PaymentMethodStore;

/** The engine's default payment-method store passes the payment-method store contract. */
final class InMemoryPaymentMethodStoreContractTest extends PaymentMethodStoreContract {
    @Override
    protected PaymentMethodStore createStore() {
        return new InMemoryPaymentMethodStore();
    }
}
