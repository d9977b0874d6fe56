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
 */
public record SearchResult(List<PaymentIntent> data, boolean hasMore, @Nullable String nextPage) {
    /**
     * Copies the data.
     *
     * @param data the intents, newest first
     * @param hasMore whether more results exist
     * @param nextPage the opaque token for the next page, or null on the last page
     */
    public SearchResult {
        data = List.copyOf(data);
    }
}
