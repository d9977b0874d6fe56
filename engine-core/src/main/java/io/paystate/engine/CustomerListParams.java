package io.paystate.engine;

import org.jspecify.annotations.Nullable;

/**
 * The parameters of listing customers ({@code GET /v1/customers}), newest first; deleted customers
 * are left out.
 *
 * @param limit page size 1..100, default 10
 * @param startingAfter a customer id: list the customers immediately older than it
 * @param endingBefore a customer id: list the customers immediately newer than it
 * @param email only customers with exactly this email (case-sensitive), at most 512 characters
 */
public record CustomerListParams(
        @Nullable Integer limit, @Nullable String startingAfter, @Nullable String endingBefore,
        @Nullable String email) {
    private static final CustomerListParams FIRST_PAGE = new CustomerListParams(null, null, null, null);

    /**
     * Returns parameters for the first page of every customer, default size.
     *
     * @return the parameters
     */
    public static CustomerListParams firstPage() {
        return FIRST_PAGE;
    }
}
