package io.paystate.store.postgres.internal;

import io.paystate.store.postgres.SchemaVersionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema's versioned migrations, shipped as resources and applied in order, each recorded in
 * {@code ps_schema_version}. Migrations never change once released: a change is a new version.
 */
public final class Migrations {
    /** The migrations of this release, oldest first; version n is element n - 1. */
    private static final List<String> SCRIPTS = List.of("V1__initial.sql", "V2__customers_and_payment_methods.sql",
            "V3__setup_intents.sql", "V4__customer_search.sql", "V5__object_event_lookup.sql",
            "V6__subscriber_leases.sql", "V7__setup_intent_due_lease.sql");

    private Migrations() {}

    /**
     * Returns the latest version this release knows.
     *
     * @return the latest version
     */
    public static int latest() {
        return SCRIPTS.size();
    }

    /**
     * Brings the schema to the latest version in one transaction, under a lock that makes nodes
     * starting together apply each migration once.
     *
     * @param db the database
     * @return the version now in place
     * @throws SchemaVersionException if the schema is newer than this release
     */
    public static int migrate(Db db) {
        return migrate(db, latest());
    }

    /**
     * Brings the schema to {@code target}, as {@link #migrate(Db)} does to the latest: for tests of
     * an upgrade from an older version.
     */
    static int migrate(Db db, int target) {
        Tables tables = db.tables();
        return db.runUnchecked("migrate schema " + tables.schema(), c -> {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // a transaction-level lock: released by the commit or rollback below
                s.execute("SELECT pg_advisory_xact_lock(hashtext('paystate.schema." + tables.schema() + "'))");
                s.execute("CREATE SCHEMA IF NOT EXISTS \"" + tables.schema() + "\"");
                s.execute("CREATE TABLE IF NOT EXISTS " + tables.version() + " (version integer PRIMARY KEY, "
                        + "script text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
                int current = currentVersion(c, tables);
                if (current > latest()) {
                    throw new SchemaVersionException(tables.schema(), current, latest());
                }
                for (int v = current + 1; v <= target; v++) {
                    for (String sql : statements(SCRIPTS.get(v - 1), tables.schema())) {
                        s.execute(sql);
                    }
                    try (PreparedStatement record = c.prepareStatement(
                            "INSERT INTO " + tables.version() + " (version, script) VALUES (?, ?)")) {
                        record.setInt(1, v);
                        record.setString(2, SCRIPTS.get(v - 1));
                        record.executeUpdate();
                    }
                }
                c.commit();
                return Math.max(current, target);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        });
    }

    /**
     * Returns the schema's version: 0 when it was never migrated.
     *
     * @param c a connection
     * @param tables the schema's tables
     * @return the version
     * @throws SQLException on failure
     */
    static int currentVersion(Connection c, Tables tables) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = 'ps_schema_version'")) {
            exists.setString(1, tables.schema());
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    return 0;
                }
            }
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM " + tables.version())) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Throws unless {@code found} is the latest version.
     *
     * @param schema the schema name
     * @param found the version found
     */
    static void requireCurrent(String schema, int found) {
        if (found != latest()) {
            throw new SchemaVersionException(schema, found, latest());
        }
    }

    private static List<String> statements(String script, String schema) {
        String text;
        try (InputStream in = Migrations.class.getResourceAsStream("/io/paystate/store/postgres/migrations/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration " + script + " is missing from the jar");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1).replace("${schema}", "\"" + schema + "\""));
                current.setLength(0);
            }
        }
        return out;
    }
}
