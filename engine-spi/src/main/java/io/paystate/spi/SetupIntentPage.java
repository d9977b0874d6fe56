package io.paystate.spi;

import java.util.List;

/**
 * One page of SetupIntents.
 *
 * @param items the SetupIntents, newest first
 * @param hasMore whether more SetupIntents follow in the direction of the query
 */
public record SetupIntentPage(List<StoredSetupIntent> items, boolean hasMore) {
    /**
     * Copies the items.
     *
     * @param items the SetupIntents, newest first
     * @param hasMore whether more follow in the direction of the query
     */
    public SetupIntentPage {
        items = List.copyOf(items);
    }
}
