package io.paystate.store.postgres.internal;

import io.paystate.model.PaymentIntent;
import io.paystate.spi.StoredIntent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;

/**
 * How an intent is laid out in its row: the fields that queries and the deadline index need as
 * columns, the whole record as JSON in {@code body}. Version and ordinal live only in their columns.
 */
final class IntentRows {
    /** The columns a read selects, in the order {@link #read} expects them. */
    static final String COLUMNS = "version, ordinal, body";

    private IntentRows() {}

    /** The bookkeeping components kept in their own columns only. */
    private static final java.util.Set<String> BOOKKEEPING = java.util.Set.of("version", "ordinal");

    static String body(StoredIntent stored) {
        return RecordCodec.toJson(stored, BOOKKEEPING);
    }

    static String metadata(PaymentIntent intent) {
        return RecordCodec.toJson(intent.metadata(), java.util.Set.of());
    }

    static Object customer(PaymentIntent intent) {
        // stored lower-cased: token filters compare case-insensitively and still use the index
        return Sql.text(intent.customer() == null ? null : intent.customer().value().toLowerCase(Locale.ROOT));
    }

    static Object deadline(StoredIntent stored) {
        Instant deadline = stored.deadline();
        return Sql.bigint(deadline == null ? null : Db.nanos(deadline));
    }

    /** Reads the intent from the current row: columns {@link #COLUMNS} starting at {@code first}. */
    static StoredIntent read(ResultSet rs, int first) throws SQLException {
        long version = rs.getLong(first);
        long ordinal = rs.getLong(first + 1);
        StoredIntent decoded = RecordCodec.decode(Json.read(rs.getString(first + 2)), StoredIntent.class);
        return decoded.withVersion(version, ordinal);
    }
}
