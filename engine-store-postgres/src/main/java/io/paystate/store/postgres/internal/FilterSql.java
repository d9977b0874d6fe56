package io.paystate.store.postgres.internal;

import io.paystate.spi.IntentFilter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Translates an {@link IntentFilter} tree into a SQL condition on the intent table's columns, so that
 * PostgreSQL answers list and search with its indexes: tokens compare lower-cased values
 * (currency and status are lowercase by definition, the customer is stored lower-cased), metadata
 * equality is jsonb containment (the GIN index), numbers compare their columns.
 *
 * <p>Every leaf is written so that it is never SQL NULL: a NULL leaf under {@code NOT} would drop
 * rows that the filter's two-valued logic keeps.
 */
final class FilterSql {
    private FilterSql() {}

    static void append(Sql sql, IntentFilter filter) {
        if (filter instanceof IntentFilter.All) {
            sql.append("TRUE");
        } else if (filter instanceof IntentFilter.And and) {
            junction(sql, and.parts(), " AND ", "TRUE", FilterSql::append);
        } else if (filter instanceof IntentFilter.Or or) {
            junction(sql, or.parts(), " OR ", "FALSE", FilterSql::append);
        } else if (filter instanceof IntentFilter.Not not) {
            sql.append("NOT ");
            junction(sql, List.of(not.inner()), "", "", FilterSql::append);
        } else if (filter instanceof IntentFilter.NumericCompare c) {
            String column = c.field() == IntentFilter.NumericField.AMOUNT ? "amount" : "created";
            sql.append(column + operator(c.comparison()) + "?", c.value());
        } else if (filter instanceof IntentFilter.TokenEquals t) {
            token(sql, t);
        } else if (filter instanceof IntentFilter.MetadataEquals m) {
            metadata(sql, "metadata", m.key(), m.value());
        } else {
            throw new IllegalArgumentException("unknown filter " + filter);
        }
    }

    private static void token(Sql sql, IntentFilter.TokenEquals t) {
        String column = switch (t.field()) {
            case CURRENCY -> "currency";
            case CUSTOMER -> "customer_lc";
            case STATUS -> "status";
        };
        if (t.value() == null) {
            sql.append(column + " IS NULL");
        } else {
            // "IS NOT NULL AND": FALSE rather than NULL for an absent customer
            sql.append("(" + column + " IS NOT NULL AND " + column + " = ?)", t.value().toLowerCase(Locale.ROOT));
        }
    }

    /** A numeric comparison's SQL operator, with spaces around it. */
    static String operator(IntentFilter.Comparison comparison) {
        return switch (comparison) {
            case EQ -> " = ";
            case GT -> " > ";
            case GTE -> " >= ";
            case LT -> " < ";
            case LTE -> " <= ";
        };
    }

    /** Metadata equality on a jsonb column or expression: containment, or absence of the key for null. */
    static void metadata(Sql sql, String column, String key, @Nullable String value) {
        if (value == null) {
            sql.append("NOT jsonb_exists(" + column + ", ?)", key);
        } else {
            sql.append(column + " @> ?::jsonb", Json.write(Map.of(key, value)));
        }
    }

    /** The parts joined by {@code operator} in parentheses; {@code empty} when there are none. */
    static <F> void junction(Sql sql, List<F> parts, String operator, String empty, BiConsumer<Sql, F> each) {
        if (parts.isEmpty()) {
            sql.append(empty);
            return;
        }
        sql.append("(");
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sql.append(operator);
            }
            each.accept(sql, parts.get(i));
        }
        sql.append(")");
    }
}
