package io.paystate.engine;

import org.jspecify.annotations.Nullable;

/**
 * The parameters of listing intents ({@code GET /v1/payment_intents}), newest first (spec A 14).
 *
 * @param limit page size 1..100, default 10
 * @param startingAfter an intent id: list the intents immediately older than it
 * @param endingBefore an intent id: list the intents immediately newer than it
 * @param customer only this customer's intents
 * @param created only intents created in this range
 */
public record ListParams(
        @Nullable Integer limit,
        @Nullable String startingAfter,
        @Nullable String endingBefore,
        @Nullable String customer,
        @Nullable CreatedRange created) {
    private static final ListParams FIRST_PAGE = new ListParams(null, null, null, null, null);

    /**
     * Returns parameters for the first page, default size.
     *
     * @return parameters for the first page, default size
     */
    public static ListParams firstPage() {
        return FIRST_PAGE;
    }

    /**
     * A range of creation times in Unix seconds; each bound is optional ({@code created} or
     * {@code created[gt|gte|lt|lte]}).
     *
     * @param eq exactly this second
     * @param gt after
     * @param gte at or after
     * @param lt before
     * @param lte at or before
     */
    public record CreatedRange(@Nullable Long eq, @Nullable Long gt, @Nullable Long gte, @Nullable Long lt,
            @Nullable Long lte) {}
}
