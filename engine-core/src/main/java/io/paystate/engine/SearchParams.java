package io.paystate.engine;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of searching intents ({@code GET /v1/payment_intents/search}) with Stripe's query
 * language.
 *
 * @param query the query, e.g. {@code status:"requires_capture" AND currency:"eur"}
 * @param limit page size 1..100, default 10
 * @param page the {@code next_page} token of the previous page
 */
public record SearchParams(String query, @Nullable Integer limit, @Nullable String page) {
    /**
     * Throws {@link NullPointerException} if the query is null.
     *
     * @param query the query, e.g. {@code status:"requires_capture" AND currency:"eur"}
     * @param limit page size 1..100, default 10
     * @param page the {@code next_page} token of the previous page
     */
    public SearchParams {
        Objects.requireNonNull(query, "query");
    }

    /**
     * Returns parameters for the first page of this query.
     *
     * @param query the query, e.g. {@code status:"requires_capture" AND currency:"eur"}
     * @return parameters for the first page of this query
     */
    public static SearchParams of(String query) {
        return new SearchParams(query, null, null);
    }
}
