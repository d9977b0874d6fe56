package io.paystate.store.postgres.internal;

import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntent;
import io.paystate.spi.Commit;
import io.paystate.spi.IdempotencyCompletion;
import io.paystate.spi.StoredIntent;
import java.util.List;

/**
 * One commit as one SQL statement: the intent's insert or compare-and-set update, then, only if that
 * wrote a row, the log head's advance, the event rows and the idempotency key's completion. Sent in
 * auto-commit mode, PostgreSQL runs it as a single transaction: one round trip, and the log head's
 * row lock, which orders positions, is held only from its update to the commit.
 *
 * <p>The data-modifying parts depend on the intent's row through {@code EXISTS (SELECT 1 FROM w)}:
 * the intent's row is locked (or the compare-and-set fails) before anything else is touched, so a
 * losing writer never holds the head. The key's row is written next and the log head last (its
 * update waits for the key's through a one-time filter), so the head, which every commit with
 * events waits for, is held only for the event rows and the commit itself. Every lock is taken in
 * the same order (intent, key, head), which rules out deadlocks between commits.
 */
final class CommitStatement {
    private CommitStatement() {}

    static Sql build(Db db, Commit commit) {
        Tables t = db.tables();
        StoredIntent s = commit.intent();
        PaymentIntent pi = s.intent();
        Sql sql = new Sql();
        if (commit.isInsert()) {
            sql.append("WITH w AS (INSERT INTO " + t.intent() + " (id, account, version, ordinal, created, amount, "
                    + "currency, status, customer_lc, metadata, deadline_ns, body) VALUES (?, ?, 1, nextval('"
                    + t.ordinals() + "'), ?, ?, ?, ?, ?, ?::jsonb, ?, ?) ON CONFLICT (id) DO NOTHING "
                    + "RETURNING version, ordinal)",
                    pi.id().value(), s.account().value(), pi.created().getEpochSecond(), pi.amount(),
                    pi.currency().code(), pi.status().wireName(), IntentRows.customer(pi), IntentRows.metadata(pi),
                    IntentRows.deadline(s), IntentRows.body(s));
        } else {
            sql.append("WITH w AS (UPDATE " + t.intent() + " SET version = version + 1, amount = ?, currency = ?, "
                    + "status = ?, customer_lc = ?, metadata = ?::jsonb, deadline_ns = ?, due_owner = NULL, "
                    + "due_lease_until = NULL, body = ?" + ById.WHERE + " AND version = ? "
                    + "RETURNING version, ordinal)",
                    pi.amount(), pi.currency().code(), pi.status().wireName(), IntentRows.customer(pi),
                    IntentRows.metadata(pi), IntentRows.deadline(s), IntentRows.body(s), pi.id().value(),
                    s.account().value(), s.version());
        }
        // the key first, the log head last: the head's row lock serializes every commit with events
        // until its transaction ends, so nothing that can wait (the key's row) is done while holding it
        IdempotencyCompletion key = commit.idempotency();
        if (key != null) {
            sql.append(", k AS (UPDATE " + t.idempotency() + " SET response = ? WHERE account = ? AND key = ? "
                    + "AND EXISTS (SELECT 1 FROM w) RETURNING 1)",
                    IdempotencyRows.response(key.response()), key.account().value(), key.key());
        }
        List<PaymentEvent> events = commit.events();
        int n = events.size();
        if (n > 0) {
            // the head's update waits for k through a one-time filter, evaluated before its row is locked
            sql.append(", h AS (UPDATE " + t.logHead() + " SET last_position = last_position + " + n
                    + " WHERE id = " + Tables.INTENT_LOG + " AND EXISTS (SELECT 1 FROM w)"
                    + (key != null ? " AND (SELECT count(*) FROM k) >= 0" : "") + db.notices().returningClause(Tables.INTENT_LOG) + ")");
            sql.append(", e AS (INSERT INTO " + t.event() + " (position, id, account, intent_id, type, created_ns, "
                    + "body) SELECT h.last_position - " + n + " + v.n, v.id, ?::text, ?::text, v.type, v.created_ns, "
                    + "v.body FROM h, (VALUES ", s.account().value(), pi.id().value());
            for (int i = 0; i < n; i++) {
                PaymentEvent event = events.get(i);
                sql.append((i == 0 ? "" : ", ") + "(" + (i + 1) + ", ?::text, ?::text, ?::bigint, ?::text)",
                        event.id().value(), event.type().wireName(), Db.nanos(event.created()), EventRows.body(event));
            }
            sql.append(") AS v (n, id, type, created_ns, body))");
        }
        // never the head here: reading h in the main query held its lock measurably longer
        return sql.append(" SELECT version, ordinal FROM w");
    }
}
