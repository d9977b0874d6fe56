package io.paystate.store.postgres.internal;

import io.paystate.model.AccountId;
import io.paystate.model.CustomerId;
import io.paystate.model.EventId;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodEvent;
import io.paystate.model.PaymentMethodId;
import io.paystate.spi.IntentQuery.Position;
import io.paystate.spi.LoggedPaymentMethodEvent;
import io.paystate.spi.ObjectEventPage;
import io.paystate.spi.ObjectEventQuery;
import io.paystate.spi.PaymentMethodCommit;
import io.paystate.spi.PaymentMethodStore;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredPaymentMethod;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The payment-method store on PostgreSQL, with the intent store's conventions: every call is one
 * statement, a commit too (the method's insert or compare-and-set update, then its events, numbered
 * by the payment methods' own row of the log head, in one transaction).
 *
 * <p>Log positions are dense from 1: the head hands them out in commit order, and a rolled-back
 * commit gives its positions back (decision record 11).
 */
public final class PgPaymentMethodStore implements PaymentMethodStore {
    private final Db db;
    private final Tables t;

    /**
     * Creates the store.
     *
     * @param db the database
     */
    public PgPaymentMethodStore(Db db) {
        this.db = db;
        this.t = db.tables();
    }

    @Override
    public Optional<StoredPaymentMethod> find(AccountId account, PaymentMethodId id) {
        return db.run("find payment method " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(findSql(t))) {
                ps.setString(1, id.value());
                ps.setString(2, account.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(ObjectRows.paymentMethod(rs, 1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<StoredPaymentMethod> findInAnyAccount(PaymentMethodId id) {
        return db.run("find payment method " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(findInAnyAccountSql(t))) {
                ps.setString(1, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(ObjectRows.paymentMethod(rs, 1)) : Optional.empty();
                }
            }
        });
    }

    /** The statement of {@link #findInAnyAccount}: parameter id, on the primary key. */
    static String findInAnyAccountSql(Tables t) {
        return "SELECT " + ObjectRows.COLUMNS + " FROM " + t.paymentMethod() + " WHERE id = ?";
    }

    /** The statement of {@link #find}: parameters id, account. */
    static String findSql(Tables t) {
        return "SELECT " + ObjectRows.COLUMNS + " FROM " + t.paymentMethod() + ById.WHERE;
    }

    @Override
    public void onCommitsElsewhere(Runnable wake) {
        db.notices().onCommitsElsewhere(Tables.PAYMENT_METHOD_LOG, wake);
    }

    @Override
    public StoredPaymentMethod commit(PaymentMethodCommit commit) {
        StoredPaymentMethod candidate = commit.paymentMethod();
        Sql sql = commitSql(db, commit);
        long[] written = db.run("commit " + candidate.paymentMethod().id(), c -> {
            try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : new long[0];
            }
        });
        if (written.length == 0) {
            throw new StoreConflictException(commit.isInsert()
                    ? "a payment method with id " + candidate.paymentMethod().id() + " exists"
                    : "update of " + candidate.paymentMethod().id() + " at version " + candidate.version()
                            + " lost to another writer");
        }
        return candidate.stored(written[0], written[1]);
    }

    /** The statement of {@link #commit}: the method's row, then, only if that wrote, its events. */
    static Sql commitSql(Db db, PaymentMethodCommit commit) {
        Tables t = db.tables();
        StoredPaymentMethod s = commit.paymentMethod();
        PaymentMethod pm = s.paymentMethod();
        Object customer = Sql.text(pm.customer() == null ? null : pm.customer().value());
        Sql sql = new Sql();
        if (commit.isInsert()) {
            sql.append("WITH w AS (INSERT INTO " + t.paymentMethod() + " (id, account, version, ordinal, created, "
                    + "customer_id, type, body) VALUES (?, ?, 1, nextval('" + t.paymentMethodOrdinals() + "'), ?, ?, "
                    + "?, ?) ON CONFLICT (id) DO NOTHING RETURNING version, ordinal)",
                    pm.id().value(), s.account().value(), pm.created().getEpochSecond(), customer, pm.type(),
                    ObjectRows.body(s));
        } else {
            sql.append("WITH w AS (UPDATE " + t.paymentMethod() + " SET version = version + 1, customer_id = ?, "
                    + "type = ?, body = ?" + ById.WHERE + " AND version = ? RETURNING version, ordinal)",
                    customer, pm.type(), ObjectRows.body(s), pm.id().value(), s.account().value(), s.version());
        }
        if (!commit.events().isEmpty()) {
            List<LogAppend.Row> rows = new ArrayList<>(commit.events().size());
            for (PaymentMethodEvent event : commit.events()) {
                rows.add(ObjectRows.row(event));
            }
            LogAppend.append(sql, db, Tables.PAYMENT_METHOD_LOG, t.paymentMethodEvent(), "payment_method_id",
                    s.account().value(), pm.id().value(), rows);
        }
        return sql.append(" SELECT version, ordinal FROM w");
    }

    @Override
    public List<StoredPaymentMethod> attachedTo(AccountId account, CustomerId customer, @Nullable String type,
            @Nullable Position startingAfter, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        Sql sql = attachedToSql(t, account, customer, type, startingAfter, limit);
        return db.run("list the payment methods of " + customer, c -> {
            List<StoredPaymentMethod> out = new ArrayList<>();
            try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(ObjectRows.paymentMethod(rs, 1));
                }
            }
            return out;
        });
    }

    /**
     * The statement of {@link #attachedTo}: keyset paging on (created, ordinal), newest first, over the
     * partial index of attached methods; the type is a filter on that scan (a customer has few methods).
     */
    static Sql attachedToSql(Tables t, AccountId account, CustomerId customer, @Nullable String type,
            @Nullable Position startingAfter, int limit) {
        Sql sql = new Sql().append("SELECT " + ObjectRows.COLUMNS + " FROM " + t.paymentMethod()
                + " WHERE account = ? AND customer_id = ?", account.value(), customer.value());
        if (type != null) {
            sql.append(" AND type = ?", type);
        }
        if (startingAfter != null) {
            sql.append(" AND (created, ordinal) < (?, ?)", startingAfter.createdEpochSecond(), startingAfter.ordinal());
        }
        return sql.append(" ORDER BY created DESC, ordinal DESC LIMIT ?", limit);
    }

    @Override
    public Optional<PaymentMethodEvent> findEvent(AccountId account, EventId id) {
        return db.run("find payment method event " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(findEventSql(t))) {
                ps.setString(1, account.value());
                ps.setString(2, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(ObjectRows.paymentMethodEvent(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** The statement of {@link #findEvent}: parameters account, id, on the unique index of version 5. */
    static String findEventSql(Tables t) {
        return "SELECT body FROM " + t.paymentMethodEvent() + " WHERE account = ? AND id = ?";
    }

    @Override
    public List<LoggedPaymentMethodEvent> readLog(long afterPosition, int limit) {
        ObjectLogs.requireRange(afterPosition, limit);
        return db.run("read the payment method event log", c -> {
            try (PreparedStatement ps = c.prepareStatement(ObjectLogs.readSql(t.paymentMethodEvent()))) {
                ps.setLong(1, afterPosition);
                ps.setInt(2, limit);
                List<LoggedPaymentMethodEvent> events = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(new LoggedPaymentMethodEvent(rs.getLong(1),
                                ObjectRows.paymentMethodEvent(rs.getString(2))));
                    }
                }
                return events;
            }
        });
    }

    @Override
    public ObjectEventPage<PaymentMethodEvent> queryEvents(AccountId account, ObjectEventQuery query) {
        return ObjectLogs.queryEvents(db, t.paymentMethodEvent(), "payment_method_id", account, query,
                ObjectRows::paymentMethodEvent);
    }

    @Override
    public int deleteEventsBefore(Instant cutoff, int limit) {
        return ObjectLogs.deleteBefore(db, t.paymentMethodEvent(), cutoff, limit);
    }

    @Override
    public long deliveredPosition(String subscriber) {
        return ObjectLogs.deliveredPosition(db, t, "payment_methods", subscriber);
    }

    @Override
    public void saveDeliveredPosition(String subscriber, long position) {
        ObjectLogs.saveDeliveredPosition(db, t, "payment_methods", subscriber, position);
    }

    @Override
    public String toString() {
        return "PgPaymentMethodStore[" + t.schema() + "]";
    }
}
