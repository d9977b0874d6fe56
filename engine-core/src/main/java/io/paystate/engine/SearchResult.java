package io.paystate.engine;

import io.paystate.model.PaymentIntent;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of {@link PaymentEngine#search}: Stripe's {@code search_result} envelope.
 *
 * @param data the intents, newest first
 * @param hasMore whether more results exist
 * @param nextPage the opaque token for the next page, or null on the last page
 * @param totalCount the number of matches, up to {@link #TOTAL_COUNT_LIMIT}, when the search asked for
 *     it; null otherwise
 */
public record SearchResult(List<PaymentIntent> data, boolean hasMore, @Nullable String nextPage,
        @Nullable Long totalCount) {
    /**
     * Matches are counted up to this many, where Stripe's count stops being accurate: a larger
     * result reports this number.
     */
    public static final long TOTAL_COUNT_LIMIT = 10_000;

    /**
     * Copies the data.
     *
     * @param data the intents, newest first
     * @param hasMore whether more results exist
     * @param nextPage the opaque token for the next page, or null on the last page
     * @param totalCount the number of matches, or null
     */
    public SearchResult {
        data = List.copyOf(data);
        if (totalCount != null && (totalCount < 0 || totalCount > TOTAL_COUNT_LIMIT)) {
            throw new IllegalArgumentException("total_count out of range: " + totalCount);
        }
    }

    /**
     * Returns a page without {@code total_count}.
     *
     * @param data the intents, newest first
     * @param hasMore whether more results exist
     * @param nextPage the opaque token for the next page, or null on the last page
     */
    public SearchResult(List<PaymentIntent> data, boolean hasMore, @Nullable String nextPage) {
        this(data, hasMore, nextPage, null);
    }
}
