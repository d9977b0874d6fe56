package io.paystate.store.postgres.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The qualified names of one schema's tables.
 *
 * @param schema the schema name, unquoted
 * @param intent intents, one row each
 * @param event the event log
 * @param logHead the single row holding the last assigned log position
 * @param subscriber each subscriber's delivered position
 * @param idempotency idempotency keys
 * @param version applied migrations
 * @param ordinals the sequence of intent ordinals
 */
public record Tables(String schema, String intent, String event, String logHead, String subscriber,
        String idempotency, String version, String ordinals) {
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /**
     * Returns the tables of a schema.
     *
     * @param schema a lowercase SQL identifier: letters, digits and underscores, 1 to 63 characters,
     *     not starting with {@code pg_}
     * @return the tables
     * @throws IllegalArgumentException for another name (it is spliced into SQL)
     */
    public static Tables of(String schema) {
        // PostgreSQL reserves the pg_ prefix for its own schemas
        if (schema == null || !NAME.matcher(schema).matches() || schema.startsWith("pg_")) {
            throw new IllegalArgumentException("schema must be a lowercase SQL identifier of 1 to 63 letters, digits or"
                    + " underscores, not starting with pg_: " + schema);
        }
        String q = "\"" + schema.toLowerCase(Locale.ROOT) + "\".";
        return new Tables(schema, q + "ps_intent", q + "ps_event", q + "ps_log_head", q + "ps_subscriber",
                q + "ps_idempotency", q + "ps_schema_version", q + "ps_intent_ordinal");
    }
}
