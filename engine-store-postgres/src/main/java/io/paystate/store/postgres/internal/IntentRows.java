package io.paystate.store.postgres.internal;

import io.paystate.model.AccountId;
import io.paystate.model.Charge;
import io.paystate.model.PaymentIntent;
import io.paystate.spi.StoredIntent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

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

    /**
     * The row's JSON shape: the stored intent's components with the charges as one list, oldest
     * first, as rows have always held them. {@link StoredIntent} holds its newest charge apart from
     * the others to save memory; the row keeps its format, so rows written before read unchanged.
     */
    record Body(AccountId account, PaymentIntent intent, List<Charge> charges, long version, long ordinal,
            @Nullable Instant expiresAt, @Nullable Instant settlesAt, boolean authenticated, int incrementAttempts,
            long eventSequence, int verificationAttempts, long amountFunded) {
        Body {
            charges = List.copyOf(charges);
        }

        static Body of(StoredIntent s) {
            return new Body(s.account(), s.intent(), s.charges(), s.version(), s.ordinal(), s.expiresAt(),
                    s.settlesAt(), s.authenticated(), s.incrementAttempts(), s.eventSequence(),
                    s.verificationAttempts(), s.amountFunded());
        }

        StoredIntent toStored() {
            return new StoredIntent(account, intent, charges, version, ordinal, expiresAt, settlesAt, authenticated,
                    incrementAttempts, eventSequence, verificationAttempts, amountFunded);
        }
    }

    static String body(StoredIntent stored) {
        return RecordCodec.toJson(Body.of(stored), BOOKKEEPING);
    }

    /** Decodes a {@link #body(StoredIntent)}; version and ordinal read as 0. */
    static StoredIntent body(String json) {
        return RecordCodec.decode(Json.read(json), Body.class).toStored();
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
        return body(rs.getString(first + 2)).withVersion(version, ordinal);
    }
}
