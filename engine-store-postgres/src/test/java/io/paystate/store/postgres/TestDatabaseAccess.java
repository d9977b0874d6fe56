package io.paystate.store.postgres;

import javax.sql.DataSource;

/** The shared test database, for tests in other packages. */
public final class TestDatabaseAccess {
    private TestDatabaseAccess() {}

    /**
     * Returns the shared pool.
     *
     * @return the pool
     */
    public static DataSource pool() {
        return TestDatabase.pool();
    }

    /**
     * Returns a schema name no test used yet.
     *
     * @param prefix the prefix
     * @return the name
     */
    public static String freshSchema(String prefix) {
        return TestDatabase.freshSchema(prefix);
    }
}
