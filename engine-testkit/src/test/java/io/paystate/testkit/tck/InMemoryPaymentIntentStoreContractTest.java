package io.paystate.testkit.tck;

import io.paystate.engine.InMemoryPaymentIntentStore;
import io.paystate.spi.PaymentIntentStore;

/** The engine's default store passes the store contract. */
// tag::tck[]
final class InMemoryPaymentIntentStoreContractTest extends PaymentIntentStoreContract {
    @Override
    protected PaymentIntentStore createStore() {
        return new InMemoryPaymentIntentStore();
    }
}
// end::tck[]
