package io.paystate.spi;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page request against a {@link PaymentIntentStore}: a filter, an optional cursor and a limit.
 * Results are ordered newest first, by {@link Position}.
 *
 * <p>With {@code startingAfter}, the page holds the {@code limit} matching intents immediately older
 * than the cursor; with {@code endingBefore}, the {@code limit} matching intents immediately newer
 * than it (still listed newest first). {@link IntentPage#hasMore()} tells whether more exist beyond
 * the page in the direction of travel.
 *
 * @param filter the condition
 * @param startingAfter exclusive cursor towards older intents
 * @param endingBefore exclusive cursor towards newer intents
 * @param limit the page size, 1 to 100
 */
public record IntentQuery(
        IntentFilter filter, @Nullable Position startingAfter, @Nullable Position endingBefore, int limit) {

    /**
     * Throws {@link IllegalArgumentException} for both cursors or a limit outside 1..100.
     *
     * @param filter the condition
     * @param startingAfter exclusive cursor towards older intents
     * @param endingBefore exclusive cursor towards newer intents
     * @param limit the page size, 1 to 100
     */
    public IntentQuery {
        Objects.requireNonNull(filter, "filter");
        if (startingAfter != null && endingBefore != null) {
            throw new IllegalArgumentException("startingAfter and endingBefore are exclusive");
        }
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be within 1..100: " + limit);
        }
    }

    /**
     * The place of an intent in the newest-first order: by {@code created} seconds, then by the
     * store-assigned ordinal.
     *
     * @param createdEpochSecond creation time in Unix seconds
     * @param ordinal the store-assigned creation order
     */
    public record Position(long createdEpochSecond, long ordinal) implements Comparable<Position> {
        /** Orders newest first. */
        @Override
        public int compareTo(Position other) {
            int byCreated = Long.compare(other.createdEpochSecond, createdEpochSecond);
            return byCreated != 0 ? byCreated : Long.compare(other.ordinal, ordinal);
        }

        /**
         * Returns the position of a stored intent.
         *
         * @param intent the intent as it stands when the attempt starts (amount, currency, options)
         * @return the position of a stored intent
         */
        public static Position of(StoredIntent intent) {
            return new Position(intent.intent().created().getEpochSecond(), intent.ordinal());
        }
    }
}
