package io.paystate.store.postgres.internal;

import io.paystate.spi.CustomerFilter;
import java.util.List;
import java.util.Locale;

/**
 * Translates a {@link CustomerFilter} tree into a SQL condition on the customer table: email through
 * {@code lower(email)} (the index of version 4), name and phone from the JSON body, metadata as jsonb
 * containment on the body's metadata (its GIN index), created on its column. String comparisons are
 * lower-cased on both sides, as {@link CustomerFilter#matches} compares them; a substring is found
 * with {@code strpos}, so no character of it is a pattern.
 *
 * <p>As in {@link FilterSql}, every leaf is written so that it is never SQL NULL.
 */
final class CustomerFilterSql {
    /** The customer's metadata in the body, as the index of version 4 spells it. */
    private static final String METADATA = "((body::jsonb) -> 'customer' -> 'metadata')";

    private CustomerFilterSql() {}

    static void append(Sql sql, CustomerFilter filter) {
        if (filter instanceof CustomerFilter.All) {
            sql.append("TRUE");
        } else if (filter instanceof CustomerFilter.And and) {
            FilterSql.junction(sql, and.parts(), " AND ", "TRUE", CustomerFilterSql::append);
        } else if (filter instanceof CustomerFilter.Or or) {
            FilterSql.junction(sql, or.parts(), " OR ", "FALSE", CustomerFilterSql::append);
        } else if (filter instanceof CustomerFilter.Not not) {
            sql.append("NOT ");
            FilterSql.junction(sql, List.of(not.inner()), "", "", CustomerFilterSql::append);
        } else if (filter instanceof CustomerFilter.CreatedCompare c) {
            sql.append("created" + FilterSql.operator(c.comparison()) + "?", c.value());
        } else if (filter instanceof CustomerFilter.TextEquals t) {
            String column = column(t.field());
            if (t.value() == null) {
                sql.append(column + " IS NULL");
            } else {
                sql.append("(" + column + " IS NOT NULL AND lower(" + column + ") = ?)", lower(t.value()));
            }
        } else if (filter instanceof CustomerFilter.TextContains t) {
            String column = column(t.field());
            sql.append("(" + column + " IS NOT NULL AND strpos(lower(" + column + "), ?) > 0)", lower(t.value()));
        } else if (filter instanceof CustomerFilter.MetadataEquals m) {
            FilterSql.metadata(sql, METADATA, m.key(), m.value());
        } else {
            throw new IllegalArgumentException("unknown filter " + filter);
        }
    }

    private static String column(CustomerFilter.TextField field) {
        return switch (field) {
            case EMAIL -> "email";
            case NAME -> "((body::jsonb) -> 'customer' ->> 'name')";
            case PHONE -> "((body::jsonb) -> 'customer' ->> 'phone')";
        };
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
