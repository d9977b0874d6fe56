package io.paystate.testkit.tck;

import io.paystate.engine.InMemoryCustomerStore;
import io.paystate.spi.CustomerStore;

/** The engine's default customer store passes the customer store contract. */
final class InMemoryCustomerStoreContractTest extends CustomerStoreContract {
    @Override
    protected CustomerStore createStore() {
        return new InMemoryCustomerStore();
    }
}
