package io.paystate.store.postgres.internal;

/**
 * What the customers', payment methods' and SetupIntents' logs share: the read statement and its
 * argument checks.
 */
final class ObjectLogs {
    private ObjectLogs() {}

    /** The statement of a log read: parameters after-position, limit; a range of the primary key. */
    static String readSql(String eventTable) {
        return "SELECT position, body FROM " + eventTable + " WHERE position > ? ORDER BY position LIMIT ?";
    }

    static void requireRange(long afterPosition, int limit) {
        if (afterPosition < 0 || limit < 1) {
            throw new IllegalArgumentException("afterPosition must not be negative and limit must be positive: "
                    + afterPosition + ", " + limit);
        }
    }
}
