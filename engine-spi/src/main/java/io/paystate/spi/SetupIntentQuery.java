package io.paystate.spi;

import io.paystate.model.CustomerId;
import io.paystate.model.PaymentMethodId;
import io.paystate.spi.IntentQuery.Position;
import org.jspecify.annotations.Nullable;

/**
 * One page of an account's SetupIntents, newest first (by created, then ordinal), with Stripe's list
 * filters ({@code GET /v1/setup_intents}).
 *
 * @param customer only SetupIntents of this customer, or null for all
 * @param paymentMethod only SetupIntents with this payment method, or null for all
 * @param createdGte only those created at or after this Unix second, or null
 * @param createdLte only those created at or before this Unix second, or null
 * @param startingAfter the page starts after this position (newer ones are skipped), or null
 * @param endingBefore the page ends before this position (older ones are skipped), or null; the page
 *     holds the {@code limit} SetupIntents just newer than it
 * @param limit 1 to 100
 */
public record SetupIntentQuery(@Nullable CustomerId customer, @Nullable PaymentMethodId paymentMethod,
        @Nullable Long createdGte, @Nullable Long createdLte, @Nullable Position startingAfter,
        @Nullable Position endingBefore, int limit) {
    /**
     * Throws {@link IllegalArgumentException} if both cursors are given or the limit is out of range.
     *
     * @param customer only SetupIntents of this customer, or null
     * @param paymentMethod only SetupIntents with this payment method, or null
     * @param createdGte only those created at or after this Unix second, or null
     * @param createdLte only those created at or before this Unix second, or null
     * @param startingAfter the page starts after this position, or null
     * @param endingBefore the page ends before this position, or null
     * @param limit 1 to 100
     */
    public SetupIntentQuery {
        if (startingAfter != null && endingBefore != null) {
            throw new IllegalArgumentException("startingAfter and endingBefore are exclusive");
        }
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be within 1..100: " + limit);
        }
    }

    /**
     * Returns whether a stored SetupIntent passes the filters (not the cursors).
     *
     * @param stored the SetupIntent
     * @return whether it matches
     */
    public boolean matches(StoredSetupIntent stored) {
        var si = stored.setupIntent();
        long created = si.created().getEpochSecond();
        return (customer == null || customer.equals(si.customer()))
                && (paymentMethod == null || paymentMethod.equals(si.paymentMethod()))
                && (createdGte == null || created >= createdGte)
                && (createdLte == null || created <= createdLte);
    }

    /**
     * Returns the list position of a stored SetupIntent.
     *
     * @param stored the SetupIntent
     * @return its position in list order
     */
    public static Position positionOf(StoredSetupIntent stored) {
        return new Position(stored.setupIntent().created().getEpochSecond(), stored.ordinal());
    }
}
