package io.paystate.spi;

import io.paystate.spi.IntentQuery.Position;
import org.jspecify.annotations.Nullable;

/**
 * One page of an account's customers, newest first (by created, then ordinal), never deleted ones.
 *
 * @param email only customers with exactly this email (case-sensitive, as Stripe), or null for all
 * @param startingAfter the page starts after this position (newer ones are skipped), or null
 * @param endingBefore the page ends before this position (the older ones are skipped), or null; the
 *     page holds the {@code limit} customers just newer than it
 * @param limit 1 to 100
 */
public record CustomerQuery(@Nullable String email, @Nullable Position startingAfter,
        @Nullable Position endingBefore, int limit) {
    /**
     * Throws {@link IllegalArgumentException} if both cursors are given or the limit is out of range.
     *
     * @param email only customers with exactly this email, or null for all
     * @param startingAfter the page starts after this position, or null
     * @param endingBefore the page ends before this position, or null
     * @param limit 1 to 100
     */
    public CustomerQuery {
        if (startingAfter != null && endingBefore != null) {
            throw new IllegalArgumentException("startingAfter and endingBefore are exclusive");
        }
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be within 1..100: " + limit);
        }
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
