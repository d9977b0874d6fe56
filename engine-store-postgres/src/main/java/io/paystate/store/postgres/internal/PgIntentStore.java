package io.paystate.store.postgres.internal;

import io.paystate.model.AccountId;
import io.paystate.model.EventId;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.Commit;
import io.paystate.spi.EventPage;
import io.paystate.spi.EventQuery;
import io.paystate.spi.IntentPage;
import io.paystate.spi.IntentQuery;
import io.paystate.spi.LoggedEvent;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredIntent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The intent store on PostgreSQL. Each call is one statement, so one round trip; a commit is one
 * statement too ({@link CommitStatement}). The event log's reads and writes are in {@link PgEventLog}.
 *
 * <p>{@link #findDue} leases what it returns to this store instance for a short while, in the
 * database, with {@code FOR UPDATE SKIP LOCKED}: another engine's {@code findDue} passes over
 * those intents, so two engines do not both work on (and ask the processor about) the same due
 * step. The lease is only an economy; the compare-and-set of the commit is what makes a step apply
 * once. Leases expire by the database clock, so the intents of an engine that died come back.
 */
public final class PgIntentStore implements PaymentIntentStore {
    private final Db db;
    private final Tables t;
    private final PgEventLog log;
    private final RecentRows recent = new RecentRows();
    private final RecentCompletions completions;
    private final String owner = UUID.randomUUID().toString();
    private final long leaseMillis;

    /**
     * Creates the store.
     *
     * @param db the database
     * @param completions where commits note the idempotency completions they wrote
     * @param dueLease how long {@code findDue} keeps its intents from other engines
     */
    public PgIntentStore(Db db, RecentCompletions completions, Duration dueLease) {
        this.db = db;
        this.t = db.tables();
        this.log = new PgEventLog(db, recent);
        this.completions = completions;
        this.leaseMillis = dueLease.toMillis();
    }

    /**
     * {@inheritDoc}
     *
     * <p>When this store wrote or read the intent last at the version the database still holds, the
     * row comes back without its body and the decoded intent is reused (see {@link RecentRows}).
     */
    @Override
    public Optional<StoredIntent> find(AccountId account, PaymentIntentId id) {
        StoredIntent known = recent.intent(account, id);
        long knownVersion = known == null ? -1 : known.version();
        return db.run("find intent " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(findSql(t))) {
                ps.setLong(1, knownVersion);
                ps.setString(2, id.value());
                ps.setString(3, account.value());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    if (known != null && rs.getString(3) == null && rs.getLong(1) == knownVersion) {
                        return Optional.of(known);
                    }
                    StoredIntent read = IntentRows.read(rs, 1);
                    recent.stored(read);
                    return Optional.of(read);
                }
            }
        });
    }

    /** The statement of {@link #find}: parameters the version already decoded (or -1), id, account. */
    static String findSql(Tables t) {
        return "SELECT version, ordinal, CASE WHEN version = ? THEN NULL ELSE body END FROM " + t.intent()
                + ById.WHERE;
    }

    @Override
    public void onCommitsElsewhere(Runnable wake) {
        db.notices().onCommitsElsewhere(Tables.INTENT_LOG, wake);
    }

    @Override
    public StoredIntent commit(Commit commit) {
        StoredIntent candidate = commit.intent();
        Sql sql = CommitStatement.build(db, commit);
        long[] written = db.run("commit " + candidate.intent().id(), c -> {
            try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : new long[0];
            }
        });
        if (written.length == 0) {
            throw new StoreConflictException(commit.isInsert()
                    ? "an intent with id " + candidate.intent().id() + " exists"
                    : "update of " + candidate.intent().id() + " at version " + candidate.version()
                            + " lost to another writer");
        }
        if (commit.idempotency() != null) {
            completions.remember(commit.idempotency());
        }
        StoredIntent stored = candidate.withVersion(written[0], written[1]);
        recent.stored(stored);
        recent.committed(commit.events());
        return stored;
    }

    @Override
    public List<StoredIntent> findDue(Instant now, int limit) {
        Sql sql = findDueSql(t, owner, leaseMillis / 1000.0, now, limit);
        return db.run("find due intents", c -> {
            try (PreparedStatement ps = sql.prepare(c)) {
                List<StoredIntent> due = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        due.add(IntentRows.read(rs, 1));
                    }
                }
                return due;
            }
        });
    }

    @Override
    public IntentPage query(AccountId account, IntentQuery query) {
        boolean towardsNewer = query.endingBefore() != null;
        Sql sql = querySql(t, account, query);
        return db.run("query intents", c -> {
            List<StoredIntent> items = new ArrayList<>();
            try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(IntentRows.read(rs, 1));
                }
            }
            boolean hasMore = items.size() > query.limit();
            if (hasMore) {
                items.remove(items.size() - 1);
            }
            if (towardsNewer) {
                Collections.reverse(items);
            }
            return new IntentPage(items, hasMore);
        });
    }

    /** The statement of {@link #query}: the filter pushed down, keyset paging on (created, ordinal). */
    static Sql querySql(Tables t, AccountId account, IntentQuery query) {
        boolean towardsNewer = query.endingBefore() != null;
        Sql sql = new Sql().append("SELECT " + IntentRows.COLUMNS + " FROM " + t.intent() + " WHERE account = ? AND ",
                account.value());
        FilterSql.append(sql, query.filter());
        IntentQuery.Position cursor = towardsNewer ? query.endingBefore() : query.startingAfter();
        if (cursor != null) {
            sql.append(" AND (created, ordinal) " + (towardsNewer ? ">" : "<") + " (?, ?)",
                    cursor.createdEpochSecond(), cursor.ordinal());
        }
        String direction = towardsNewer ? "ASC" : "DESC";
        return sql.append(" ORDER BY created " + direction + ", ordinal " + direction + " LIMIT ?", query.limit() + 1);
    }

    /**
     * The statement of {@link #findDue}: leases up to {@code limit} due intents that no other owner
     * holds a live lease on, skipping rows other transactions have locked, in deadline order. The
     * leased ids are taken as one array and updated through the primary key: with {@code IN}, the
     * planner may hash the whole table once it is large.
     */
    static Sql findDueSql(Tables t, String owner, double leaseSeconds, Instant now, int limit) {
        return new Sql().append("WITH c AS (UPDATE " + t.intent() + " SET due_owner = ?, due_lease_until = "
                + "clock_timestamp() + make_interval(secs => ?::float8) WHERE id = ANY (ARRAY(SELECT id FROM "
                + t.intent() + " WHERE deadline_ns IS NOT NULL AND deadline_ns <= ? AND (due_owner = ? OR "
                + "due_lease_until IS NULL OR due_lease_until < clock_timestamp()) ORDER BY deadline_ns, ordinal LIMIT ? "
                + "FOR UPDATE SKIP LOCKED)) "
                + "RETURNING deadline_ns, " + IntentRows.COLUMNS + ") SELECT " + IntentRows.COLUMNS
                + " FROM c ORDER BY deadline_ns, ordinal", owner, String.valueOf(leaseSeconds), Db.nanos(now), owner,
                limit);
    }

    @Override
    public List<LoggedEvent> readLog(long afterPosition, int limit) {
        return log.read(afterPosition, limit);
    }

    @Override
    public Optional<PaymentEvent> findEvent(AccountId account, EventId id) {
        return log.find(account, id);
    }

    @Override
    public EventPage queryEvents(AccountId account, EventQuery query) {
        return log.query(account, query);
    }

    @Override
    public long deliveredPosition(String subscriber) {
        return log.deliveredPosition(subscriber);
    }

    @Override
    public void saveDeliveredPosition(String subscriber, long position) {
        log.saveDeliveredPosition(subscriber, position);
    }

    @Override
    public boolean claimDelivery(String subscriber, String holder, Instant now, Instant until) {
        return log.claimDelivery(subscriber, holder, now, until);
    }

    @Override
    public int deleteEventsBefore(Instant cutoff, int limit) {
        return log.deleteBefore(cutoff, limit);
    }

    @Override
    public String toString() {
        return "PgIntentStore[" + t.schema() + "]";
    }
}
