package io.paystate.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The floor for the PostgreSQL schema: one card lifecycle's rows written with hand-written JDBC and
 * no engine. Per command: claim the key ({@code INSERT ... ON CONFLICT}), read the intent (not for
 * create), and one statement that writes the intent (insert, or compare-and-set update), advances
 * the log head, appends the events and completes the key, exactly as the store's commit does. The
 * payloads are the bodies an engine lifecycle wrote, so every row has its real size.
 */
final class JdbcBaseline {
    private static final Pattern REQUEST = Pattern.compile("\"requestId\":\"([^\"]+)\"");
    private static final String[] STATUSES = {"requires_confirmation", "requires_capture", "succeeded"};

    /** The bodies of one engine lifecycle: the intent's, and its events in log order. */
    record Sample(String intent, List<String> events) {}

    private final DataSource pool;
    private final String s;
    private final String intentBody;
    /** The event bodies of each command: create, confirm, capture. */
    private final List<List<String>> eventsPerCommand = new ArrayList<>();

    JdbcBaseline(DataSource pool, String schema, Sample sample) {
        this.pool = pool;
        this.s = schema;
        this.intentBody = sample.intent();
        String request = null;
        for (String event : sample.events()) {
            Matcher m = REQUEST.matcher(event);
            String r = m.find() ? m.group(1) : "";
            if (!r.equals(request)) {
                eventsPerCommand.add(new ArrayList<>());
                request = r;
            }
            eventsPerCommand.get(eventsPerCommand.size() - 1).add(event);
        }
        if (eventsPerCommand.size() != 3) {
            throw new IllegalStateException("expected the events of three requests, got " + eventsPerCommand.size());
        }
        io.paystate.store.postgres.PostgresStores.create(pool, schema).migrate();
    }

    void lifecycle(int thread) throws SQLException {
        String id = "pi_" + UUID.randomUUID().toString().replace("-", "");
        long version = 0;
        for (int command = 0; command < 3; command++) {
            String key = id + "-" + command;
            try (Connection c = pool.getConnection()) {
                try (PreparedStatement claim = c.prepareStatement("INSERT INTO " + s + ".ps_idempotency (account, key, "
                        + "first_used_ns, fingerprint) VALUES ('acct_default', ?, ?, ?) ON CONFLICT DO NOTHING")) {
                    claim.setString(1, key);
                    claim.setLong(2, System.nanoTime());
                    claim.setString(3, "{\"operation\":\"create\",\"parameters\":\"x\"}");
                    claim.executeUpdate();
                }
                if (command > 0) {
                    try (PreparedStatement read = c.prepareStatement("SELECT version, ordinal, body FROM " + s
                            + ".ps_intent WHERE id = ? AND account || '' = 'acct_default'")) {
                        read.setString(1, id);
                        try (ResultSet rs = read.executeQuery()) {
                            rs.next();
                            version = rs.getLong(1);
                            rs.getString(3);
                        }
                    }
                }
                version = commit(c, id, key, command, version);
            }
        }
    }

    private long commit(Connection c, String id, String key, int command, long version) throws SQLException {
        List<String> events = eventsPerCommand.get(command);
        int n = events.size();
        StringBuilder sql = new StringBuilder();
        if (command == 0) {
            sql.append("WITH w AS (INSERT INTO ").append(s).append(".ps_intent (id, account, version, ordinal, created,"
                    + " amount, currency, status, customer_lc, metadata, deadline_ns, body) VALUES (?, 'acct_default', 1,"
                    + " nextval('").append(s).append(".ps_intent_ordinal'), 1767225600, 2000, 'usd', ?, NULL,"
                    + " '{}'::jsonb, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING version)");
        } else {
            sql.append("WITH w AS (UPDATE ").append(s).append(".ps_intent SET version = version + 1, status = ?,"
                    + " deadline_ns = ?, body = ? WHERE id = ? AND account || '' = 'acct_default' AND version = ?"
                    + " RETURNING version)");
        }
        sql.append(", h AS (UPDATE ").append(s).append(".ps_log_head SET last_position = last_position + ").append(n)
                .append(" WHERE id = 1 AND EXISTS (SELECT 1 FROM w) RETURNING last_position), e AS (INSERT INTO ")
                .append(s).append(".ps_event (position, id, account, intent_id, type, created_ns, body) SELECT"
                        + " h.last_position - ").append(n).append(" + v.n, v.id, 'acct_default', ?::text,"
                        + " 'payment_intent.created', 0, v.body FROM h, (VALUES ");
        for (int i = 0; i < n; i++) {
            sql.append(i == 0 ? "" : ", ").append("(").append(i + 1).append(", ?::text, ?::text)");
        }
        sql.append(") AS v (n, id, body)), k AS (UPDATE ").append(s).append(".ps_idempotency SET response = ? WHERE"
                + " account = 'acct_default' AND key = ? AND EXISTS (SELECT 1 FROM w)) SELECT version FROM w");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int p = 1;
            Long deadline = command == 1 ? Long.MAX_VALUE / 2 : null;
            if (command == 0) {
                ps.setString(p++, id);
                ps.setString(p++, STATUSES[command]);
                ps.setObject(p++, deadline, java.sql.Types.BIGINT);
                ps.setString(p++, intentBody);
            } else {
                ps.setString(p++, STATUSES[command]);
                ps.setObject(p++, deadline, java.sql.Types.BIGINT);
                ps.setString(p++, intentBody);
                ps.setString(p++, id);
                ps.setLong(p++, version);
            }
            ps.setString(p++, id);
            for (String event : events) {
                ps.setString(p++, "evt_" + UUID.randomUUID().toString().replace("-", ""));
                ps.setString(p++, event);
            }
            ps.setString(p++, intentBody);
            ps.setString(p, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("baseline commit of " + id + " lost its compare-and-set");
                }
                return rs.getLong(1);
            }
        }
    }
}
