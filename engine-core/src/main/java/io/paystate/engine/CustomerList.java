package io.paystate.engine;

import io.paystate.model.Customer;
import java.util.List;

/**
 * One page of customers, newest first.
 *
 * @param data the customers
 * @param hasMore whether more customers exist beyond this page in the direction of travel
 */
public record CustomerList(List<Customer> data, boolean hasMore) {
    /**
     * Copies the data.
     *
     * @param data the customers
     * @param hasMore whether more customers exist beyond this page in the direction of travel
     */
    public CustomerList {
        data = List.copyOf(data);
    }
}
