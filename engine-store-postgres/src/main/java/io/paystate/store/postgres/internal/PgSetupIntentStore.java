package io.paystate.store.postgres.internal;

import io.paystate.model.AccountId;
import io.paystate.model.EventId;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentEvent;
import io.paystate.model.SetupIntentId;
import io.paystate.model.SetupIntentStatus;
import io.paystate.spi.IntentQuery.Position;
import io.paystate.spi.LoggedSetupIntentEvent;
import io.paystate.spi.ObjectEventPage;
import io.paystate.spi.ObjectEventQuery;
import io.paystate.spi.SetupIntentCommit;
import io.paystate.spi.SetupIntentPage;
import io.paystate.spi.SetupIntentQuery;
import io.paystate.spi.SetupIntentStore;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredSetupIntent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The SetupIntent store on PostgreSQL, with the customer store's conventions: every call is one
 * statement, a commit too (the SetupIntent's insert or compare-and-set update, then its events,
 * numbered by the SetupIntents' own row of the log head, in one transaction).
 *
 * <p>The settlement time is a column only while the SetupIntent is {@code processing}: that column
 * is the due deadline {@link #dueForSettlement} scans, through a partial index that holds nothing
 * else. The whole bookkeeping (event sequence, settlement time, verification attempts) is in the body.
 */
public final class PgSetupIntentStore implements SetupIntentStore {
    private final Db db;
    private final Tables t;
    private final String owner = java.util.UUID.randomUUID().toString();
    private final double leaseSeconds;

    /**
     * Creates the store.
     *
     * @param db the database
     * @param dueLease how long {@code dueForSettlement} keeps its SetupIntents from other engines
     */
    public PgSetupIntentStore(Db db, java.time.Duration dueLease) {
        this.leaseSeconds = dueLease.toMillis() / 1000.0;
        this.db = db;
        this.t = db.tables();
    }

    @Override
    public Optional<StoredSetupIntent> find(AccountId account, SetupIntentId id) {
        return db.run("find setup intent " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(findSql(t))) {
                ps.setString(1, id.value());
                ps.setString(2, account.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(ObjectRows.setupIntent(rs, 1)) : Optional.empty();
                }
            }
        });
    }

    /** The statement of {@link #find}: parameters id, account. */
    static String findSql(Tables t) {
        return "SELECT " + ObjectRows.COLUMNS + " FROM " + t.setupIntent() + ById.WHERE;
    }

    @Override
    public void onCommitsElsewhere(Runnable wake) {
        db.notices().onCommitsElsewhere(Tables.SETUP_INTENT_LOG, wake);
    }

    @Override
    public StoredSetupIntent commit(SetupIntentCommit commit) {
        StoredSetupIntent candidate = commit.setupIntent();
        Sql sql = commitSql(db, commit);
        long[] written = db.run("commit " + candidate.setupIntent().id(), c -> {
            try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : new long[0];
            }
        });
        if (written.length == 0) {
            throw new StoreConflictException(commit.isInsert()
                    ? "a setup intent with id " + candidate.setupIntent().id() + " exists"
                    : "update of " + candidate.setupIntent().id() + " at version " + candidate.version()
                            + " lost to another writer");
        }
        return candidate.stored(written[0], written[1]);
    }

    /** The statement of {@link #commit}: the SetupIntent's row, then, only if that wrote, its events. */
    static Sql commitSql(Db db, SetupIntentCommit commit) {
        Tables t = db.tables();
        StoredSetupIntent s = commit.setupIntent();
        SetupIntent si = s.setupIntent();
        Object customer = Sql.text(si.customer() == null ? null : si.customer().value());
        Object paymentMethod = Sql.text(si.paymentMethod() == null ? null : si.paymentMethod().value());
        Object settlesAt = Sql.bigint(dueNanos(s));
        Sql sql = new Sql();
        if (commit.isInsert()) {
            sql.append("WITH w AS (INSERT INTO " + t.setupIntent() + " (id, account, version, ordinal, created, "
                    + "customer_id, payment_method_id, settles_at_ns, body) VALUES (?, ?, 1, nextval('"
                    + t.setupIntentOrdinals() + "'), ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING "
                    + "RETURNING version, ordinal)",
                    si.id().value(), s.account().value(), si.created().getEpochSecond(), customer, paymentMethod,
                    settlesAt, ObjectRows.body(s));
        } else {
            sql.append("WITH w AS (UPDATE " + t.setupIntent() + " SET version = version + 1, customer_id = ?, "
                    + "payment_method_id = ?, settles_at_ns = ?, body = ?" + ById.WHERE + " "
                    + "AND version = ? RETURNING version, ordinal)",
                    customer, paymentMethod, settlesAt, ObjectRows.body(s), si.id().value(), s.account().value(),
                    s.version());
        }
        if (!commit.events().isEmpty()) {
            List<LogAppend.Row> rows = new ArrayList<>(commit.events().size());
            for (SetupIntentEvent event : commit.events()) {
                rows.add(ObjectRows.row(event));
            }
            LogAppend.append(sql, db, Tables.SETUP_INTENT_LOG, t.setupIntentEvent(), "setup_intent_id",
                    s.account().value(), si.id().value(), rows);
        }
        return sql.append(" SELECT version, ordinal FROM w");
    }

    /**
     * The settlement deadline column: set only while processing, so that a settlement time kept in
     * another status (the SPI allows it) never makes a SetupIntent due.
     */
    private static @Nullable Long dueNanos(StoredSetupIntent s) {
        Instant at = s.settlesAt();
        return at == null || s.setupIntent().status() != SetupIntentStatus.PROCESSING ? null : Db.nanos(at);
    }

    @Override
    public SetupIntentPage query(AccountId account, SetupIntentQuery query) {
        boolean towardsNewer = query.endingBefore() != null;
        Sql sql = querySql(t, account, query);
        return db.run("query setup intents", c -> {
            List<StoredSetupIntent> items = new ArrayList<>();
            try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(ObjectRows.setupIntent(rs, 1));
                }
            }
            boolean hasMore = items.size() > query.limit();
            if (hasMore) {
                items.remove(items.size() - 1);
            }
            if (towardsNewer) {
                Collections.reverse(items);
            }
            return new SetupIntentPage(items, hasMore);
        });
    }

    /**
     * The statement of {@link #query}: keyset paging on (created, ordinal), one row more than the page
     * so that {@code has_more} counts matches only; the customer or payment-method filter reads its
     * partial index, anything else the account's, the created range bounding either scan.
     */
    static Sql querySql(Tables t, AccountId account, SetupIntentQuery query) {
        boolean towardsNewer = query.endingBefore() != null;
        Sql sql = new Sql().append("SELECT " + ObjectRows.COLUMNS + " FROM " + t.setupIntent() + " WHERE account = ?",
                account.value());
        if (query.customer() != null) {
            sql.append(" AND customer_id = ?", query.customer().value());
        }
        if (query.paymentMethod() != null) {
            sql.append(" AND payment_method_id = ?", query.paymentMethod().value());
        }
        if (query.createdGte() != null) {
            sql.append(" AND created >= ?", query.createdGte());
        }
        if (query.createdLte() != null) {
            sql.append(" AND created <= ?", query.createdLte());
        }
        Position cursor = towardsNewer ? query.endingBefore() : query.startingAfter();
        if (cursor != null) {
            sql.append(" AND (created, ordinal) " + (towardsNewer ? ">" : "<") + " (?, ?)",
                    cursor.createdEpochSecond(), cursor.ordinal());
        }
        String direction = towardsNewer ? "ASC" : "DESC";
        return sql.append(" ORDER BY created " + direction + ", ordinal " + direction + " LIMIT ?", query.limit() + 1);
    }

    /**
     * {@inheritDoc}
     *
     * <p>No lease, unlike the intents' due work: the SPI has no owner to lease to. The engine's
     * compare-and-set still applies a settlement once; two engines calling {@code processDue()} at
     * the same moment may both ask the processor to settle the same attempt.
     */
    @Override
    public List<StoredSetupIntent> dueForSettlement(Instant now, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        Sql sql = dueSql(t, owner, leaseSeconds, now, limit);
        return db.run("find setup intents due for settlement", c -> {
            List<StoredSetupIntent> out = new ArrayList<>();
            try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(ObjectRows.setupIntent(rs, 1));
                }
            }
            return out;
        });
    }

    /**
     * The statement of {@link #dueForSettlement}: leases up to {@code limit} due SetupIntents that no
     * other owner holds a live lease on, skipping rows other transactions have locked, as the intents'
     * {@code findDue} does, so that two engines do not both ask the processor to settle one. The
     * lease (by the database's clock) is only an economy: the compare-and-set of the settlement's
     * commit is what applies it once. The inner scan is a range of the partial deadline index, in
     * its order (the comparison alone selects that index: it implies {@code IS NOT NULL}); its ids,
     * taken as one array, are updated through the primary key ({@code IN} made the planner hash the
     * whole table).
     */
    static Sql dueSql(Tables t, String owner, double leaseSeconds, Instant now, int limit) {
        return new Sql().append("WITH c AS (UPDATE " + t.setupIntent() + " SET due_owner = ?, due_lease_until = "
                + "clock_timestamp() + make_interval(secs => ?::float8) WHERE id = ANY (ARRAY(SELECT id FROM "
                + t.setupIntent() + " WHERE settles_at_ns <= ? AND (due_owner = ? OR due_lease_until IS NULL "
                + "OR due_lease_until < clock_timestamp()) ORDER BY settles_at_ns, ordinal LIMIT ? "
                + "FOR UPDATE SKIP LOCKED)) RETURNING settles_at_ns, " + ObjectRows.COLUMNS + ") SELECT "
                + ObjectRows.COLUMNS + " FROM c ORDER BY settles_at_ns, ordinal", owner, String.valueOf(leaseSeconds),
                Db.nanos(now), owner, limit);
    }

    @Override
    public Optional<SetupIntentEvent> findEvent(AccountId account, EventId id) {
        return db.run("find setup intent event " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(findEventSql(t))) {
                ps.setString(1, account.value());
                ps.setString(2, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(ObjectRows.setupIntentEvent(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** The statement of {@link #findEvent}: parameters account, id. */
    static String findEventSql(Tables t) {
        return "SELECT body FROM " + t.setupIntentEvent() + " WHERE account = ? AND id = ?";
    }

    /**
     * {@inheritDoc}
     *
     * <p>A plain range scan of the primary key: positions come from the SetupIntents' row of the log
     * head, held by each commit until it is visible, so every snapshot sees a prefix of the log.
     */
    @Override
    public List<LoggedSetupIntentEvent> readLog(long afterPosition, int limit) {
        ObjectLogs.requireRange(afterPosition, limit);
        return db.run("read the setup intent event log", c -> {
            try (PreparedStatement ps = c.prepareStatement(ObjectLogs.readSql(t.setupIntentEvent()))) {
                ps.setLong(1, afterPosition);
                ps.setInt(2, limit);
                List<LoggedSetupIntentEvent> events = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(new LoggedSetupIntentEvent(rs.getLong(1),
                                ObjectRows.setupIntentEvent(rs.getString(2))));
                    }
                }
                return events;
            }
        });
    }

    @Override
    public ObjectEventPage<SetupIntentEvent> queryEvents(AccountId account, ObjectEventQuery query) {
        return ObjectLogs.queryEvents(db, t.setupIntentEvent(), "setup_intent_id", account, query,
                ObjectRows::setupIntentEvent);
    }

    @Override
    public int deleteEventsBefore(Instant cutoff, int limit) {
        return ObjectLogs.deleteBefore(db, t.setupIntentEvent(), cutoff, limit);
    }

    @Override
    public long deliveredPosition(String subscriber) {
        return ObjectLogs.deliveredPosition(db, t, "setup_intents", subscriber);
    }

    @Override
    public void saveDeliveredPosition(String subscriber, long position) {
        ObjectLogs.saveDeliveredPosition(db, t, "setup_intents", subscriber, position);
    }

    @Override
    public String toString() {
        return "PgSetupIntentStore[" + t.schema() + "]";
    }
}
