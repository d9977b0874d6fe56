package io.paystate.engine;

import io.paystate.model.AccountId;
import io.paystate.model.Customer;
import io.paystate.model.CustomerId;
import io.paystate.spi.CustomerCommit;
import io.paystate.spi.StoredCustomer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A customer store holding customers with fixed ids, for tests that name customers on intents. */
final class TestCustomers {
    private TestCustomers() {}

    static InMemoryCustomerStore with(String... ids) {
        InMemoryCustomerStore store = new InMemoryCustomerStore();
        for (String id : ids) {
            Customer c = new Customer(CustomerId.of(id), Instant.EPOCH, null, null, null, Map.of(), null, false);
            store.commit(new CustomerCommit(new StoredCustomer(AccountId.DEFAULT, c, 0, 0, 0), List.of()));
        }
        return store;
    }
}
