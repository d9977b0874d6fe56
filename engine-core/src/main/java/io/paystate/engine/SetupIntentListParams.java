package io.paystate.engine;

import org.jspecify.annotations.Nullable;

/**
 * The parameters of listing SetupIntents ({@code GET /v1/setup_intents}), newest first.
 *
 * @param customer only those of this customer ({@code customer}), or null
 * @param paymentMethod only those with this payment method ({@code payment_method}), or null
 * @param createdGte {@code created[gte]} in Unix seconds, or null ({@code created[gt]} is one more)
 * @param createdLte {@code created[lte]} in Unix seconds, or null ({@code created[lt]} is one less)
 * @param limit page size 1..100, default 10
 * @param startingAfter a SetupIntent id: list the ones immediately older than it
 * @param endingBefore a SetupIntent id: list the ones immediately newer than it
 */
public record SetupIntentListParams(@Nullable String customer, @Nullable String paymentMethod,
        @Nullable Long createdGte, @Nullable Long createdLte, @Nullable Integer limit, @Nullable String startingAfter,
        @Nullable String endingBefore) {
    private static final SetupIntentListParams FIRST_PAGE =
            new SetupIntentListParams(null, null, null, null, null, null, null);

    /**
     * Returns parameters for the first page of every SetupIntent, default size.
     *
     * @return the parameters
     */
    public static SetupIntentListParams firstPage() {
        return FIRST_PAGE;
    }
}
