package io.paystate.store.postgres.internal;

import io.paystate.model.AccountId;
import io.paystate.model.EventId;
import io.paystate.model.EventType;
import io.paystate.model.PaymentEvent;
import io.paystate.spi.EventPage;
import io.paystate.spi.EventQuery;
import io.paystate.spi.LoggedEvent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event log's reads, subscriber positions and retention. Events are written by the commit
 * statement.
 *
 * <p>Reading without gaps needs nothing here: positions are handed out by the single log-head row,
 * whose lock each commit holds until it commits, so commits become visible in position order and
 * any snapshot sees a prefix of the log (decision record 11).
 */
final class PgEventLog {
    private final Db db;
    private final Tables t;
    /**
     * Delivered positions not written yet, by subscriber: each is written by the next read of the
     * log, in that read's statement, instead of by a statement of its own (see {@link #read}).
     */
    private final ConcurrentHashMap<String, Long> unsaved = new ConcurrentHashMap<>();

    private final RecentRows recent;

    PgEventLog(Db db, RecentRows recent) {
        this.db = db;
        this.recent = recent;
        this.t = db.tables();
    }

    /**
     * Reads the log; the delivered positions saved since the last read are written by the same
     * statement. A relay reads the log after every command and saves its position after every
     * batch, so this halves its statements: one per command instead of two. A position is thus in
     * the database from the relay's next read on (at the latest the next {@code processDue()}), and
     * a crash in between delivers that last batch again, as at-least-once delivery allows.
     */
    List<LoggedEvent> read(long afterPosition, int limit) {
        // sorted by name: two stores flushing the same subscribers lock their rows in one order
        TreeMap<String, Long> flushing = new TreeMap<>(unsaved);
        Sql sql = readSql(t, flushing, afterPosition, limit);
        List<LoggedEvent> events = db.run("read the event log", c -> {
            try (PreparedStatement ps = sql.prepare(c)) {
                List<LoggedEvent> read = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        PaymentEvent committedHere = recent.event(rs.getString(3), rs.getString(4));
                        read.add(new LoggedEvent(rs.getLong(1), committedHere != null ? committedHere
                                : EventRows.read(rs.getString(2))));
                    }
                }
                return read;
            }
        });
        // only what was written is forgotten: a position saved meanwhile waits for the next read
        flushing.forEach(unsaved::remove);
        return events;
    }

    /** The statement of {@link #read}: the unsaved positions' upsert, if any, then the range scan. */
    static Sql readSql(Tables t, Map<String, Long> positions, long afterPosition, int limit) {
        Sql sql = new Sql();
        if (!positions.isEmpty()) {
            sql.append("WITH s AS (INSERT INTO " + t.subscriber() + " AS s (name, position) VALUES ");
            int i = 0;
            for (Map.Entry<String, Long> p : positions.entrySet()) {
                sql.append(i++ == 0 ? "(?, ?::bigint)" : ", (?, ?::bigint)", p.getKey(), p.getValue());
            }
            sql.append(" ON CONFLICT (name) DO UPDATE SET position = EXCLUDED.position "
                    + "WHERE s.position < EXCLUDED.position) ");
        }
        return sql.append(readSql(t), afterPosition, limit);
    }

    /** The statement of {@link #read}: parameters after-position, limit. */
    static String readSql(Tables t) {
        return "SELECT position, body, account, id FROM " + t.event()
                + " WHERE position > ? ORDER BY position LIMIT ?";
    }

    /**
     * The statement of {@link #deleteBefore}: parameters limit, cutoff in epoch nanoseconds. The batch
     * is the log's first {@code limit} events cut before the first one too young; being a prefix, it
     * is deleted as a range of the primary key. Positions above it cannot appear below it later:
     * they are only ever assigned above every visible one.
     */
    static String deleteSql(Tables t) {
        return ObjectLogs.deleteSql(t.event());
    }

    /** The statement of {@link #find}: parameters account, id. */
    static String findSql(Tables t) {
        return "SELECT body FROM " + t.event() + " WHERE account = ? AND id = ?";
    }

    Optional<PaymentEvent> find(AccountId account, EventId id) {
        return db.run("find event " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(findSql(t))) {
                ps.setString(1, account.value());
                ps.setString(2, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(EventRows.read(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    EventPage query(AccountId account, EventQuery query) {
        boolean towardsNewer = query.endingBefore() != null;
        Sql sql = querySql(t, account, query);
        return db.run("query events", c -> {
            List<PaymentEvent> events = new ArrayList<>();
            try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(EventRows.read(rs.getString(1)));
                }
            }
            boolean hasMore = events.size() > query.limit();
            if (hasMore) {
                events.remove(events.size() - 1);
            }
            if (towardsNewer) {
                Collections.reverse(events);
            }
            return new EventPage(events, hasMore);
        });
    }

    /** The statement of {@link #query}: newest first by position, the cursor's position looked up inline. */
    static Sql querySql(Tables t, AccountId account, EventQuery query) {
        boolean towardsNewer = query.endingBefore() != null;
        Sql sql = new Sql().append("SELECT body FROM " + t.event() + " WHERE account = ?", account.value());
        if (!query.types().isEmpty()) {
            sql.append(" AND type IN (");
            int i = 0;
            for (EventType type : query.types()) {
                sql.append(i++ == 0 ? "?" : ", ?", type.wireName());
            }
            sql.append(")");
        }
        if (query.createdFrom() != null) {
            sql.append(" AND created_ns >= ?", Db.nanos(query.createdFrom()));
        }
        if (query.createdTo() != null) {
            sql.append(" AND created_ns <= ?", Db.nanos(query.createdTo()));
        }
        if (query.paymentIntent() != null) {
            sql.append(" AND intent_id = ?", query.paymentIntent().value());
        }
        EventId cursor = towardsNewer ? query.endingBefore() : query.startingAfter();
        if (cursor != null) {
            // an unknown cursor makes the comparison NULL: an empty page, as the contract asks
            sql.append(" AND position " + (towardsNewer ? ">" : "<") + " (SELECT position FROM " + t.event()
                    + " WHERE account = ? AND id = ?)", account.value(), cursor.value());
        }
        String direction = towardsNewer ? "ASC" : "DESC";
        return sql.append(" ORDER BY position " + direction + " LIMIT ?", query.limit() + 1);
    }

    /**
     * The statement of {@link #claimDelivery}: parameters name, holder, until, now (epoch
     * nanoseconds of the engine clock). One row per subscriber: an insert claims a subscriber never
     * seen; an update takes it when it is free, lapsed or already this holder's, and returns a row
     * only then. The row lock makes two racing claims take turns, so at most one is granted.
     */
    static String claimSql(Tables t) {
        return "INSERT INTO " + t.subscriber() + " AS s (name, position, holder, lease_until_ns) VALUES (?, 0, ?, ?) "
                + "ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, lease_until_ns = EXCLUDED.lease_until_ns "
                + "WHERE s.holder IS NULL OR s.holder = EXCLUDED.holder OR s.lease_until_ns < ? RETURNING s.holder";
    }

    boolean claimDelivery(String subscriber, String holder, Instant now, Instant until) {
        return db.run("claim the delivery of " + subscriber, c -> {
            try (PreparedStatement ps = c.prepareStatement(claimSql(t))) {
                ps.setString(1, subscriber);
                ps.setString(2, holder);
                ps.setLong(3, Db.nanos(until));
                ps.setLong(4, Db.nanos(now));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** The subscriber's position: the database's, or the one saved since if it is further. */
    long deliveredPosition(String subscriber) {
        long stored = db.run("read the position of " + subscriber, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT position FROM " + t.subscriber() + " WHERE name = ?")) {
                ps.setString(1, subscriber);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
        return Math.max(stored, unsaved.getOrDefault(subscriber, 0L));
    }

    /** Keeps the position for the next read of the log to write (positions only grow). */
    void saveDeliveredPosition(String subscriber, long position) {
        unsaved.merge(subscriber, position, Math::max);
    }

    /**
     * Deletes the oldest events, in log order, up to the first one created at or after the cutoff:
     * the log only ever loses a prefix, so readers never see a hole above the retention floor.
     */
    int deleteBefore(Instant cutoff, int limit) {
        String sql = deleteSql(t);
        return db.run("delete old events", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, limit);
                ps.setLong(2, Db.nanos(cutoff));
                return ps.executeUpdate();
            }
        });
    }
}
