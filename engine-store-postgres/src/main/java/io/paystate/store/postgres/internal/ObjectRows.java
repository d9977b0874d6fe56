package io.paystate.store.postgres.internal;

import io.paystate.model.CustomerEvent;
import io.paystate.model.PaymentMethodEvent;
import io.paystate.model.SetupIntentEvent;
import io.paystate.spi.StoredCustomer;
import io.paystate.spi.StoredPaymentMethod;
import io.paystate.spi.StoredSetupIntent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

/**
 * How customers, payment methods, SetupIntents and their events are laid out in their rows: the fields that
 * queries and indexes need as columns, the whole record as JSON in {@code body}. Version and
 * ordinal live only in their columns, as for intents ({@link IntentRows}).
 */
final class ObjectRows {
    /**
     * The columns a read of a customer, a payment method or a SetupIntent selects, in the order the
     * readers expect them.
     */
    static final String COLUMNS = "version, ordinal, body";
    /** The bookkeeping components kept in their own columns only. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "ordinal");

    private ObjectRows() {}

    static String body(StoredCustomer stored) {
        return withoutBookkeeping(stored);
    }

    static String body(StoredPaymentMethod stored) {
        return withoutBookkeeping(stored);
    }

    static String body(StoredSetupIntent stored) {
        return withoutBookkeeping(stored);
    }

    private static String withoutBookkeeping(Record stored) {
        return RecordCodec.toJson(stored, BOOKKEEPING);
    }

    /** Reads the customer from the current row: columns {@link #COLUMNS} starting at {@code first}. */
    static StoredCustomer customer(ResultSet rs, int first) throws SQLException {
        long version = rs.getLong(first);
        long ordinal = rs.getLong(first + 1);
        return RecordCodec.decode(Json.read(rs.getString(first + 2)), StoredCustomer.class).stored(version, ordinal);
    }

    /** Reads the payment method from the current row: columns {@link #COLUMNS} starting at {@code first}. */
    static StoredPaymentMethod paymentMethod(ResultSet rs, int first) throws SQLException {
        long version = rs.getLong(first);
        long ordinal = rs.getLong(first + 1);
        return RecordCodec.decode(Json.read(rs.getString(first + 2)), StoredPaymentMethod.class)
                .stored(version, ordinal);
    }

    /** Reads the SetupIntent from the current row: columns {@link #COLUMNS} starting at {@code first}. */
    static StoredSetupIntent setupIntent(ResultSet rs, int first) throws SQLException {
        long version = rs.getLong(first);
        long ordinal = rs.getLong(first + 1);
        return RecordCodec.decode(Json.read(rs.getString(first + 2)), StoredSetupIntent.class)
                .stored(version, ordinal);
    }

    static LogAppend.Row row(CustomerEvent event) {
        return new LogAppend.Row(event.id().value(), event.type().wireName(), Db.nanos(event.created()),
                RecordCodec.toJson(event, Set.of()));
    }

    static LogAppend.Row row(PaymentMethodEvent event) {
        return new LogAppend.Row(event.id().value(), event.type().wireName(), Db.nanos(event.created()),
                RecordCodec.toJson(event, Set.of()));
    }

    static LogAppend.Row row(SetupIntentEvent event) {
        return new LogAppend.Row(event.id().value(), event.type().wireName(), Db.nanos(event.created()),
                RecordCodec.toJson(event, Set.of()));
    }

    static CustomerEvent customerEvent(String body) {
        return RecordCodec.decode(Json.read(body), CustomerEvent.class);
    }

    static PaymentMethodEvent paymentMethodEvent(String body) {
        return RecordCodec.decode(Json.read(body), PaymentMethodEvent.class);
    }

    static SetupIntentEvent setupIntentEvent(String body) {
        return RecordCodec.decode(Json.read(body), SetupIntentEvent.class);
    }
}
