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
 * @param customer customers, one row each, deleted ones kept as tombstones
 * @param customerEvent the customers' event log
 * @param customerOrdinals the sequence of customer ordinals
 * @param paymentMethod payment methods, one row each
 * @param paymentMethodEvent the payment methods' event log
 * @param paymentMethodOrdinals the sequence of payment-method ordinals
 * @param setupIntent SetupIntents, one row each
 * @param setupIntentEvent the SetupIntents' event log
 * @param setupIntentOrdinals the sequence of SetupIntent ordinals
 */
public record Tables(String schema, String intent, String event, String logHead, String subscriber,
        String idempotency, String version, String ordinals, String customer, String customerEvent,
        String customerOrdinals, String paymentMethod, String paymentMethodEvent, String paymentMethodOrdinals,
        String setupIntent, String setupIntentEvent, String setupIntentOrdinals) {
    /** The {@link #logHead} row of the intents' event log. */
    static final int INTENT_LOG = 1;
    /** The {@link #logHead} row of the customers' event log. */
    static final int CUSTOMER_LOG = 2;
    /** The {@link #logHead} row of the payment methods' event log. */
    static final int PAYMENT_METHOD_LOG = 3;
    /** The {@link #logHead} row of the SetupIntents' event log. */
    static final int SETUP_INTENT_LOG = 4;

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
                q + "ps_idempotency", q + "ps_schema_version", q + "ps_intent_ordinal", q + "ps_customer",
                q + "ps_customer_event", q + "ps_customer_ordinal", q + "ps_payment_method",
                q + "ps_payment_method_event", q + "ps_payment_method_ordinal", q + "ps_setup_intent",
                q + "ps_setup_intent_event", q + "ps_setup_intent_ordinal");
    }
}
