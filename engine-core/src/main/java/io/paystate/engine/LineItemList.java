package io.paystate.engine;

import io.paystate.model.LineItem;
import java.util.List;

/**
 * One page of an intent's {@code amount_details} line items, in the order given.
 *
 * @param data the line items
 * @param hasMore whether more exist beyond this page in the direction of travel
 */
public record LineItemList(List<LineItem> data, boolean hasMore) {
    /**
     * Copies the data.
     *
     * @param data the line items
     * @param hasMore whether more exist beyond this page in the direction of travel
     */
    public LineItemList {
        data = List.copyOf(data);
    }
}
