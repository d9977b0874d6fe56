package io.paystate.store.postgres.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A statement under construction: its text and its parameters appended together, so that they can
 * never disagree in order.
 */
final class Sql {
    /** A null parameter of a given SQL type. */
    record Null(int sqlType) {}

    static final Null NULL_TEXT = new Null(Types.VARCHAR);
    static final Null NULL_BIGINT = new Null(Types.BIGINT);

    private final StringBuilder text = new StringBuilder(256);
    private final List<Object> params = new ArrayList<>();

    Sql append(String fragment, Object... values) {
        text.append(fragment);
        for (Object v : values) {
            params.add(v);
        }
        return this;
    }

    static Object text(@Nullable String value) {
        return value == null ? NULL_TEXT : value;
    }

    static Object bigint(@Nullable Long value) {
        return value == null ? NULL_BIGINT : value;
    }

    /** Returns a copy with {@code prefix} before the text, the parameters unchanged (EXPLAIN, say). */
    Sql withPrefix(String prefix) {
        Sql copy = new Sql();
        copy.text.append(prefix).append(text);
        copy.params.addAll(params);
        return copy;
    }

    String text() {
        return text.toString();
    }

    PreparedStatement prepare(Connection c) throws SQLException {
        PreparedStatement ps = c.prepareStatement(text.toString());
        try {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof Null n) {
                    ps.setNull(i + 1, n.sqlType());
                } else if (p instanceof Long l) {
                    ps.setLong(i + 1, l);
                } else if (p instanceof Integer n) {
                    ps.setInt(i + 1, n);
                } else if (p instanceof String s) {
                    ps.setString(i + 1, s);
                } else if (p instanceof Boolean b) {
                    ps.setBoolean(i + 1, b);
                } else {
                    throw new IllegalArgumentException("unsupported parameter " + p.getClass().getName());
                }
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }
}
