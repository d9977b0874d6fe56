package io.paystate.store.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The plans of the stores' statements, as PostgreSQL's {@code EXPLAIN} prints them. */
final class Plans {
    private Plans() {}

    /** The plan of the statement, its parameters bound, on the tables as they are. */
    static String explain(DataSource pool, Sql sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection c = pool.getConnection(); PreparedStatement ps = sql.withPrefix("EXPLAIN ").prepare(c);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    /** The statement reads through the index (a name or its prefix) and scans no table whole. */
    static void assertIndexed(DataSource pool, Sql sql, String index) throws SQLException {
        String plan = explain(pool, sql);
        assertThat(plan).as(plan).doesNotContain("Seq Scan").contains(index);
    }
}
