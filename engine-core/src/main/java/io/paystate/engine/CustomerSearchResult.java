package io.paystate.engine;

import io.paystate.model.Customer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a customer search ({@link CustomerRequest.Search}): Stripe's {@code search_result}
 * envelope, as {@link SearchResult} is for intents.
 *
 * @param data the customers, newest first
 * @param hasMore whether more results exist
 * @param nextPage the opaque token for the next page, or null on the last page
 * @param totalCount the number of matches, up to {@link SearchResult#TOTAL_COUNT_LIMIT}, when the
 *     search asked for it; null otherwise
 */
public record CustomerSearchResult(List<Customer> data, boolean hasMore, @Nullable String nextPage,
        @Nullable Long totalCount) {
    /**
     * Copies the data; throws {@link IllegalArgumentException} for a count out of range.
     *
     * @param data the customers, newest first
     * @param hasMore whether more results exist
     * @param nextPage the opaque token for the next page, or null on the last page
     * @param totalCount the number of matches, or null
     */
    public CustomerSearchResult {
        data = List.copyOf(data);
        if (totalCount != null && (totalCount < 0 || totalCount > SearchResult.TOTAL_COUNT_LIMIT)) {
            throw new IllegalArgumentException("total_count out of range: " + totalCount);
        }
    }
}
