package io.paystate.spi;

import io.paystate.spi.IntentQuery.Position;
import org.jspecify.annotations.Nullable;

/**
 * One page of an account's customers, newest first (by created, then ordinal), never deleted ones:
 * a list ({@code email}) or a search ({@code filter}), both applying when both are given.
 *
 * @param email only customers with exactly this email (case-sensitive, as Stripe), or null for all
 * @param startingAfter the page starts after this position (newer ones are skipped), or null
 * @param endingBefore the page ends before this position (the older ones are skipped), or null; the
 *     page holds the {@code limit} customers just newer than it
 * @param limit 1 to 100
 * @param filter only customers matching this search condition ({@link CustomerFilter#all()} for a list)
 */
public record CustomerQuery(@Nullable String email, @Nullable Position startingAfter,
        @Nullable Position endingBefore, int limit, CustomerFilter filter) {
    /**
     * Throws {@link IllegalArgumentException} if both cursors are given or the limit is out of range.
     *
     * @param email only customers with exactly this email, or null for all
     * @param startingAfter the page starts after this position, or null
     * @param endingBefore the page ends before this position, or null
     * @param limit 1 to 100
     * @param filter only customers matching this search condition
     */
    public CustomerQuery {
        java.util.Objects.requireNonNull(filter, "filter");
        if (startingAfter != null && endingBefore != null) {
            throw new IllegalArgumentException("startingAfter and endingBefore are exclusive");
        }
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be within 1..100: " + limit);
        }
    }

    /**
     * Returns a list query: every live customer, or those with exactly this email.
     *
     * @param email only customers with exactly this email, or null for all
     * @param startingAfter the page starts after this position, or null
     * @param endingBefore the page ends before this position, or null
     * @param limit 1 to 100
     */
    public CustomerQuery(@Nullable String email, @Nullable Position startingAfter, @Nullable Position endingBefore,
            int limit) {
        this(email, startingAfter, endingBefore, limit, CustomerFilter.all());
    }

    /**
     * Returns a search query: the live customers matching the filter, newest first.
     *
     * @param filter the search condition
     * @param startingAfter the page starts after this position, or null
     * @param limit 1 to 100
     * @return the query
     */
    public static CustomerQuery search(CustomerFilter filter, @Nullable Position startingAfter, int limit) {
        return new CustomerQuery(null, startingAfter, null, limit, filter);
    }

    /**
     * Returns the list position of a stored customer.
     *
     * @param customer the customer
     * @return its position in list order
     */
    public static Position positionOf(StoredCustomer customer) {
        return new Position(customer.customer().created().getEpochSecond(), customer.ordinal());
    }
}
