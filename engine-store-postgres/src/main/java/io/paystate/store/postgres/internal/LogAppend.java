package io.paystate.store.postgres.internal;

import java.util.List;

/**
 * The part of a commit statement that appends an object's events to a log: the advance of the
 * log's head row, then the event rows numbered below the new head. Both depend on the object's
 * write {@code w} through {@code EXISTS (SELECT 1 FROM w)}, so a lost compare-and-set never touches
 * the head, and the head's row lock (which orders positions, decision record 11) is taken after the
 * object's row.
 */
final class LogAppend {
    /**
     * One event row.
     *
     * @param id the event id
     * @param type the event type's wire name
     * @param createdNs the event time in epoch nanoseconds
     * @param body the event as JSON
     */
    record Row(String id, String type, long createdNs, String body) {}

    private LogAppend() {}

    /**
     * Appends {@code , h AS (...), e AS (...)} to a statement whose first part is {@code w}.
     *
     * @param sql the statement, after its {@code w} part
     * @param db the schema's access: its tables and commit notices
     * @param head the log's row of {@link Tables#logHead()}
     * @param eventTable the log's table
     * @param ownerColumn the column naming the object the events belong to
     * @param account the object's account
     * @param owner the object's id
     * @param rows the events, at least one
     */
    static void append(Sql sql, Db db, int head, String eventTable, String ownerColumn, String account,
            String owner, List<Row> rows) {
        int n = rows.size();
        sql.append(", h AS (UPDATE " + db.tables().logHead() + " SET last_position = last_position + " + n
                + " WHERE id = " + head + " AND EXISTS (SELECT 1 FROM w)" + db.notices().returningClause(head) + ")");
        sql.append(", e AS (INSERT INTO " + eventTable + " (position, id, account, " + ownerColumn + ", type, "
                + "created_ns, body) SELECT h.last_position - " + n + " + v.n, v.id, ?::text, ?::text, v.type, "
                + "v.created_ns, v.body FROM h, (VALUES ", account, owner);
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            sql.append((i == 0 ? "" : ", ") + "(" + (i + 1) + ", ?::text, ?::text, ?::bigint, ?::text)",
                    row.id(), row.type(), row.createdNs(), row.body());
        }
        sql.append(") AS v (n, id, type, created_ns, body))");
    }
}
