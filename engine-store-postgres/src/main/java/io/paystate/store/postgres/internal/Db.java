package io.paystate.store.postgres.internal;

import io.paystate.spi.StoreConflictException;
import io.paystate.store.postgres.PostgresStoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The stores' access to the database: a connection per call from the host's pool, the schema's
 * table names, the check that the schema is at the version this release knows (once, on first
 * use), and the translation of failures into the SPI's exceptions.
 *
 * <p>Every store call is one statement on a connection in auto-commit mode (PostgreSQL runs it as
 * its own transaction), or an explicit transaction where it needs several; a connection the pool
 * hands out with auto-commit off is committed explicitly.
 */
public final class Db {
    private final DataSource dataSource;
    private final Tables tables;
    private final CommitNotices notices;
    private volatile boolean schemaChecked;

    @Override
    public String toString() {
        return "Db[" + tables + "]";
    }

    /** A unit of work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * Runs on the connection.
         *
         * @param connection the connection
         * @return the result
         * @throws SQLException on failure
         */
        T run(Connection connection) throws SQLException;
    }

    /**
     * Creates the access for one schema.
     *
     * @param dataSource the host's pool
     * @param tables the schema's tables
     */
    public Db(DataSource dataSource, Tables tables) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.tables = Objects.requireNonNull(tables, "tables");
        this.notices = new CommitNotices(dataSource, tables);
    }

    Tables tables() {
        return tables;
    }

    /**
     * Returns the schema's commit notices, off until started.
     *
     * @return the notices
     */
    public CommitNotices notices() {
        return notices;
    }

    /**
     * Runs {@code work} on a pooled connection, after checking the schema version once.
     *
     * @param what what is being done, for the failure message
     * @param work the work
     * @param <T> the result type
     * @return the work's result
     */
    public <T> T run(String what, Work<T> work) {
        if (!schemaChecked) {
            checkSchema();
        }
        return runUnchecked(what, work);
    }

    /**
     * Runs {@code work} without checking the schema (for the migrations themselves).
     *
     * @param what what is being done, for the failure message
     * @param work the work
     * @param <T> the result type
     * @return the work's result
     */
    public <T> T runUnchecked(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            T result = work.run(connection);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return result;
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private void checkSchema() {
        int found = runUnchecked("read the schema version", c -> Migrations.currentVersion(c, tables));
        Migrations.requireCurrent(tables.schema(), found);
        schemaChecked = true;
    }

    /**
     * Translates a database failure: a unique violation is an id conflict, a serialization failure or
     * deadlock wrote nothing and may be retried, both as {@link StoreConflictException}; anything
     * else is an infrastructure failure.
     *
     * @param what what was being done
     * @param e the failure
     * @return the exception to throw
     */
    static RuntimeException failure(String what, SQLException e) {
        String state = e.getSQLState();
        if ("23505".equals(state) || "40001".equals(state) || "40P01".equals(state)) {
            return new StoreConflictException("could not " + what + ": " + e.getMessage());
        }
        return new PostgresStoreException("could not " + what + ": " + e.getMessage(), state, e);
    }

    /** Epoch nanoseconds, the stores' column form of an instant: exact, ordered, and cheap to index. */
    static long nanos(Instant instant) {
        long seconds = instant.getEpochSecond();
        // beyond year 2262 a long overflows: such far instants keep their order at the extremes
        if (seconds >= Long.MAX_VALUE / 1_000_000_000L) {
            return Long.MAX_VALUE;
        }
        if (seconds <= Long.MIN_VALUE / 1_000_000_000L) {
            return Long.MIN_VALUE;
        }
        return seconds * 1_000_000_000L + instant.getNano();
    }
}
