package io.paystate.store.postgres.internal;

import io.paystate.model.AccountId;
import io.paystate.model.EventId;
import io.paystate.model.StripeEvent;
import io.paystate.spi.ObjectEventPage;
import io.paystate.spi.ObjectEventQuery;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * What the customers', payment methods' and SetupIntents' logs share: the read statement and its
 * argument checks, and the subscribers' delivered positions.
 *
 * <p>Those positions live in the intents' subscriber table under the log's name and the
 * subscriber's, {@code customers:webhooks} say: subscriber names cannot hold a colon, so a log's
 * positions never mix with the intents' or another log's. They are written at once (one upsert
 * per delivered batch): object commits are rare next to intent commits, so the intents' trick of
 * writing a position with the next read would buy little here.
 */
final class ObjectLogs {
    private ObjectLogs() {}

    /**
     * The statement of an object log's {@code queryEvents}: newest first by position over the
     * (account, position) index, the cursor's position looked up inline.
     */
    static Sql querySql(String eventTable, String objectColumn, AccountId account, ObjectEventQuery query) {
        boolean towardsNewer = query.endingBefore() != null;
        Sql sql = new Sql().append("SELECT body FROM " + eventTable + " WHERE account = ?", account.value());
        if (!query.types().isEmpty()) {
            sql.append(" AND type IN (");
            int i = 0;
            for (String type : query.types()) {
                sql.append(i++ == 0 ? "?" : ", ?", type);
            }
            sql.append(")");
        }
        if (query.createdFrom() != null) {
            sql.append(" AND created_ns >= ?", Db.nanos(query.createdFrom()));
        }
        if (query.createdTo() != null) {
            sql.append(" AND created_ns <= ?", Db.nanos(query.createdTo()));
        }
        if (query.objectId() != null) {
            sql.append(" AND " + objectColumn + " = ?", query.objectId());
        }
        EventId cursor = towardsNewer ? query.endingBefore() : query.startingAfter();
        if (cursor != null) {
            // an unknown cursor makes the comparison NULL: an empty page, as the contract asks
            sql.append(" AND position " + (towardsNewer ? ">" : "<") + " (SELECT position FROM " + eventTable
                    + " WHERE account = ? AND id = ?)", account.value(), cursor.value());
        }
        String direction = towardsNewer ? "ASC" : "DESC";
        return sql.append(" ORDER BY position " + direction + " LIMIT ?", query.limit() + 1);
    }

    /** Runs {@link #querySql}, one row more than the page to tell whether there are more. */
    static <E extends StripeEvent> ObjectEventPage<E> queryEvents(Db db, String eventTable, String objectColumn,
            AccountId account, ObjectEventQuery query, Function<String, E> decode) {
        Sql sql = querySql(eventTable, objectColumn, account, query);
        return db.run("list events of " + eventTable, c -> {
            List<E> events = new ArrayList<>();
            try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(decode.apply(rs.getString(1)));
                }
            }
            boolean hasMore = events.size() > query.limit();
            List<E> page = new ArrayList<>(events.subList(0, Math.min(events.size(), query.limit())));
            if (query.endingBefore() != null) {
                Collections.reverse(page);
            }
            return new ObjectEventPage<>(page, hasMore);
        });
    }

    /**
     * The statement of a log's retention, the intents' log's too: the log's first {@code limit}
     * events cut before the first one too young; being a prefix, it is deleted as a range of the
     * primary key. Positions above it cannot appear below it later: they are only ever assigned
     * above every visible one. Parameters: limit, cutoff in epoch nanoseconds.
     */
    static String deleteSql(String eventTable) {
        return "WITH head AS (SELECT position, created_ns FROM " + eventTable + " ORDER BY position LIMIT ?), "
                + "batch AS (SELECT max(position) AS last FROM head WHERE position < coalesce("
                + "(SELECT min(position) FROM head WHERE created_ns >= ?), 9223372036854775807)) "
                + "DELETE FROM " + eventTable + " WHERE position <= (SELECT last FROM batch)";
    }

    /** Runs {@link #deleteSql}; returns how many events were deleted. */
    static int deleteBefore(Db db, String eventTable, Instant cutoff, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return db.run("delete old events of " + eventTable, c -> {
            try (PreparedStatement ps = c.prepareStatement(deleteSql(eventTable))) {
                ps.setInt(1, limit);
                ps.setLong(2, Db.nanos(cutoff));
                return ps.executeUpdate();
            }
        });
    }

    /** Reads the subscriber's position in this log, 0 if it has none. */
    static long deliveredPosition(Db db, Tables t, String log, String subscriber) {
        String key = log + ":" + subscriber;
        return db.run("read the " + log + " position of " + subscriber, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT position FROM " + t.subscriber() + " WHERE name = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    /** Raises the subscriber's position in this log; a smaller one than stored is ignored. */
    static void saveDeliveredPosition(Db db, Tables t, String log, String subscriber, long position) {
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative: " + position);
        }
        String key = log + ":" + subscriber;
        db.run("save the " + log + " position of " + subscriber, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.subscriber() + " AS s (name, position) "
                    + "VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET position = GREATEST(s.position, EXCLUDED.position)")) {
                ps.setString(1, key);
                ps.setLong(2, position);
                return ps.executeUpdate();
            }
        });
    }

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
