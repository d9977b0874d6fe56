package io.paystate.spi;

import java.util.List;

/**
 * One page of customers.
 *
 * @param items the customers, newest first
 * @param hasMore whether more customers follow in the direction of the query
 */
public record CustomerPage(List<StoredCustomer> items, boolean hasMore) {
    /**
     * Copies the items.
     *
     * @param items the customers, newest first
     * @param hasMore whether more customers follow in the direction of the query
     */
    public CustomerPage {
        items = List.copyOf(items);
    }
}
