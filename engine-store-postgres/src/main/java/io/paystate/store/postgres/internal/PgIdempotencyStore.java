package io.paystate.store.postgres.internal;

import io.paystate.model.AccountId;
import io.paystate.spi.IdempotencyRecord;
import io.paystate.spi.IdempotencyStore;
import io.paystate.spi.RequestFingerprint;
import io.paystate.spi.StoredResponse;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency keys on PostgreSQL. A claim is an {@code INSERT ... ON CONFLICT}: the primary key
 * makes it atomic across nodes, and the conflict clause takes over a key whose retention ended (so a
 * dead key is free at once, before {@link #expire} removes it). A claim that finds a live key
 * reads it in a second statement, whose fresh snapshot sees the row that won.
 */
public final class PgIdempotencyStore implements IdempotencyStore {
    /** Keys deleted per statement by {@link #expire}; bounded so that no statement holds locks for long. */
    static final int EXPIRE_BATCH = 1_000;
    /** Batches per {@link #expire} call; the rest waits for the next call. */
    static final int EXPIRE_BATCHES = 100;
    /** Attempts of a claim that keeps finding its key deleted between its two statements. */
    private static final int CLAIM_ATTEMPTS = 5;

    private final Db db;
    private final Tables t;
    private final long retentionNanos;
    private final RecentCompletions completions;

    /**
     * Creates the store.
     *
     * @param db the database
     * @param retention how long a key stays live after its first use
     * @param completions the completions that commits already wrote
     */
    public PgIdempotencyStore(Db db, Duration retention, RecentCompletions completions) {
        this.db = db;
        this.t = db.tables();
        this.retentionNanos = retention.toNanos();
        this.completions = completions;
    }

    @Override
    public Optional<IdempotencyRecord> claim(AccountId account, String key, RequestFingerprint fingerprint,
            Instant now) {
        long nowNanos = Db.nanos(now);
        long deadBefore = nowNanos - retentionNanos;
        completions.forget(account.value(), key);
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            boolean claimed = db.run("claim an idempotency key", c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.idempotency() + " AS k (account, key, "
                        + "first_used_ns, fingerprint) VALUES (?, ?, ?, ?) ON CONFLICT (account, key) DO UPDATE SET "
                        + "first_used_ns = EXCLUDED.first_used_ns, fingerprint = EXCLUDED.fingerprint, response = NULL "
                        + "WHERE k.first_used_ns <= ?")) {
                    ps.setString(1, account.value());
                    ps.setString(2, key);
                    ps.setLong(3, nowNanos);
                    ps.setString(4, IdempotencyRows.fingerprint(fingerprint));
                    ps.setLong(5, deadBefore);
                    return ps.executeUpdate() == 1;
                }
            });
            if (claimed) {
                return Optional.empty();
            }
            Optional<IdempotencyRecord> live = read(account, key, deadBefore);
            if (live.isPresent()) {
                return live;
            }
            // the key was released or expired between the two statements: claim again
        }
        throw new io.paystate.store.postgres.PostgresStoreException(
                "idempotency key kept changing while being claimed", null, null);
    }

    private Optional<IdempotencyRecord> read(AccountId account, String key, long deadBefore) {
        return db.run("read an idempotency key", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT fingerprint, first_used_ns, response FROM "
                    + t.idempotency() + " WHERE account = ? AND key = ? AND first_used_ns > ?")) {
                ps.setString(1, account.value());
                ps.setString(2, key);
                ps.setLong(3, deadBefore);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<IdempotencyRecord>empty();
                    }
                    long firstUsed = rs.getLong(2);
                    return Optional.of(new IdempotencyRecord(IdempotencyRows.fingerprint(rs.getString(1)),
                            Instant.ofEpochSecond(0, firstUsed), IdempotencyRows.response(rs.getString(3))));
                }
            }
        });
    }

    @Override
    public void complete(AccountId account, String key, StoredResponse response) {
        if (completions.takeIfWritten(account.value(), key, response)) {
            return; // the commit wrote exactly this answer in its own transaction
        }
        db.run("complete an idempotency key", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE " + t.idempotency() + " SET response = ? WHERE account = ? AND key = ?")) {
                ps.setString(1, IdempotencyRows.response(response));
                ps.setString(2, account.value());
                ps.setString(3, key);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void release(AccountId account, String key) {
        completions.forget(account.value(), key);
        db.run("release an idempotency key", c -> {
            // only an unanswered key: a remembered answer is never forgotten before its retention
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + t.idempotency()
                    + " WHERE account = ? AND key = ? AND response IS NULL")) {
                ps.setString(1, account.value());
                ps.setString(2, key);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public int expire(Instant now) {
        long deadBefore = Db.nanos(now) - retentionNanos;
        String sql = expireSql(t);
        int total = 0;
        for (int batch = 0; batch < EXPIRE_BATCHES; batch++) {
            int deleted = db.run("expire idempotency keys", c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, deadBefore);
                    ps.setLong(2, deadBefore);
                    return ps.executeUpdate();
                }
            });
            total += deleted;
            if (deleted < EXPIRE_BATCH) {
                break;
            }
        }
        return total;
    }

    /**
     * The statement of one {@link #expire} batch: parameter (twice), the first use at or before which
     * a key is dead. The batch's rows are picked by the index on first use and deleted by their
     * physical address ({@code ctid}, a PostgreSQL feature), so the delete never joins against the
     * table; a row changed meanwhile has a new address and waits for the next batch.
     */
    static String expireSql(Tables t) {
        return "DELETE FROM " + t.idempotency() + " WHERE ctid = ANY (ARRAY(SELECT ctid FROM " + t.idempotency()
                + " WHERE first_used_ns <= ? ORDER BY first_used_ns LIMIT " + EXPIRE_BATCH + ")) AND first_used_ns <= ?";
    }

    @Override
    public String toString() {
        return "PgIdempotencyStore[" + t.schema() + "]";
    }
}
