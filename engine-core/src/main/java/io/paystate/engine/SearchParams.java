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
 * @param totalCount whether the result carries {@code total_count} (Stripe's {@code expand[]=total_count}):
 *     the number of matches, counted up to {@link SearchResult#TOTAL_COUNT_LIMIT}
 */
public record SearchParams(String query, @Nullable Integer limit, @Nullable String page, boolean totalCount) {
    /**
     * Throws {@link NullPointerException} if the query is null.
     *
     * @param query the query, e.g. {@code status:"requires_capture" AND currency:"eur"}
     * @param limit page size 1..100, default 10
     * @param page the {@code next_page} token of the previous page
     * @param totalCount whether the result carries {@code total_count}
     */
    public SearchParams {
        Objects.requireNonNull(query, "query");
    }

    /**
     * Returns parameters of one page, without {@code total_count}.
     *
     * @param query the query
     * @param limit page size 1..100, default 10
     * @param page the {@code next_page} token of the previous page
     */
    public SearchParams(String query, @Nullable Integer limit, @Nullable String page) {
        this(query, limit, page, false);
    }

    /**
     * Returns these parameters asking for {@code total_count} too.
     *
     * @return these parameters asking for {@code total_count} too
     */
    public SearchParams withTotalCount() {
        return new SearchParams(query, limit, page, true);
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
