package io.paystate.spi;

import java.util.List;

/**
 * One page of a {@link PaymentIntentStore#query query}, newest first.
 *
 * @param items the matching intents, newest first
 * @param hasMore whether more matching intents exist beyond this page in the direction of travel
 */
public record IntentPage(List<StoredIntent> items, boolean hasMore) {
    /**
     * Copies the items.
     *
     * @param items the matching intents, newest first
     * @param hasMore whether more matching intents exist beyond this page in the direction of travel
     */
    public IntentPage {
        items = List.copyOf(items);
    }
}
