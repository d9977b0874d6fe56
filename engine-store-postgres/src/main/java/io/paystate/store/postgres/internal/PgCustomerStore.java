package io.paystate.store.postgres.internal;

import io.paystate.model.AccountId;
import io.paystate.model.Customer;
import io.paystate.model.CustomerEvent;
import io.paystate.model.CustomerId;
import io.paystate.model.EventId;
import io.paystate.spi.CustomerCommit;
import io.paystate.spi.CustomerPage;
import io.paystate.spi.CustomerQuery;
import io.paystate.spi.CustomerStore;
import io.paystate.spi.IntentQuery;
import io.paystate.spi.LoggedCustomerEvent;
import io.paystate.spi.ObjectEventPage;
import io.paystate.spi.ObjectEventQuery;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredCustomer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The customer store on PostgreSQL, with the intent store's conventions: every call is one
 * statement, a commit too (the customer's insert or compare-and-set update, then its events,
 * numbered by the customers' own row of the log head, in one transaction). Deleted customers stay
 * as rows flagged {@code deleted}; the list indexes leave them out.
 */
public final class PgCustomerStore implements CustomerStore {
    private final Db db;
    private final Tables t;

    /**
     * Creates the store.
     *
     * @param db the database
     */
    public PgCustomerStore(Db db) {
        this.db = db;
        this.t = db.tables();
    }

    @Override
    public Optional<StoredCustomer> find(AccountId account, CustomerId id) {
        return db.run("find customer " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(findSql(t))) {
                ps.setString(1, id.value());
                ps.setString(2, account.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(ObjectRows.customer(rs, 1)) : Optional.empty();
                }
            }
        });
    }

    /** The statement of {@link #find}: parameters id, account. */
    static String findSql(Tables t) {
        return "SELECT " + ObjectRows.COLUMNS + " FROM " + t.customer() + ById.WHERE;
    }

    @Override
    public void onCommitsElsewhere(Runnable wake) {
        db.notices().onCommitsElsewhere(Tables.CUSTOMER_LOG, wake);
    }

    @Override
    public StoredCustomer commit(CustomerCommit commit) {
        StoredCustomer candidate = commit.customer();
        Sql sql = commitSql(db, commit);
        long[] written = db.run("commit " + candidate.customer().id(), c -> {
            try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : new long[0];
            }
        });
        if (written.length == 0) {
            throw new StoreConflictException(commit.isInsert()
                    ? "a customer with id " + candidate.customer().id() + " exists"
                    : "update of " + candidate.customer().id() + " at version " + candidate.version()
                            + " lost to another writer");
        }
        return candidate.stored(written[0], written[1]);
    }

    /** The statement of {@link #commit}: the customer's row, then, only if that wrote, its events. */
    static Sql commitSql(Db db, CustomerCommit commit) {
        Tables t = db.tables();
        StoredCustomer s = commit.customer();
        Customer customer = s.customer();
        Sql sql = new Sql();
        if (commit.isInsert()) {
            sql.append("WITH w AS (INSERT INTO " + t.customer() + " (id, account, version, ordinal, created, email, "
                    + "deleted, body) VALUES (?, ?, 1, nextval('" + t.customerOrdinals() + "'), ?, ?, ?, ?) "
                    + "ON CONFLICT (id) DO NOTHING RETURNING version, ordinal)",
                    customer.id().value(), s.account().value(), customer.created().getEpochSecond(),
                    Sql.text(customer.email()), customer.deleted(), ObjectRows.body(s));
        } else {
            sql.append("WITH w AS (UPDATE " + t.customer() + " SET version = version + 1, email = ?, deleted = ?, "
                    + "body = ?" + ById.WHERE + " AND version = ? RETURNING version, ordinal)",
                    Sql.text(customer.email()), customer.deleted(), ObjectRows.body(s), customer.id().value(),
                    s.account().value(), s.version());
        }
        if (!commit.events().isEmpty()) {
            List<LogAppend.Row> rows = new ArrayList<>(commit.events().size());
            for (CustomerEvent event : commit.events()) {
                rows.add(ObjectRows.row(event));
            }
            LogAppend.append(sql, db, Tables.CUSTOMER_LOG, t.customerEvent(), "customer_id", s.account().value(),
                    customer.id().value(), rows);
        }
        return sql.append(" SELECT version, ordinal FROM w");
    }

    @Override
    public CustomerPage query(AccountId account, CustomerQuery query) {
        boolean towardsNewer = query.endingBefore() != null;
        Sql sql = querySql(t, account, query);
        return db.run("query customers", c -> {
            List<StoredCustomer> items = new ArrayList<>();
            try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(ObjectRows.customer(rs, 1));
                }
            }
            boolean hasMore = items.size() > query.limit();
            if (hasMore) {
                items.remove(items.size() - 1);
            }
            if (towardsNewer) {
                Collections.reverse(items);
            }
            return new CustomerPage(items, hasMore);
        });
    }

    /**
     * The statement of {@link #query}: keyset paging on (created, ordinal) over the partial indexes
     * that hold live customers only, so tombstones cost nothing and {@code has_more} counts matches;
     * a search's filter is one more condition (see {@link CustomerFilterSql}).
     */
    static Sql querySql(Tables t, AccountId account, CustomerQuery query) {
        boolean towardsNewer = query.endingBefore() != null;
        Sql sql = new Sql().append("SELECT " + ObjectRows.COLUMNS + " FROM " + t.customer()
                + " WHERE account = ? AND NOT deleted", account.value());
        if (query.email() != null) {
            sql.append(" AND email = ?", query.email());
        }
        if (!(query.filter() instanceof io.paystate.spi.CustomerFilter.All)) {
            sql.append(" AND ");
            CustomerFilterSql.append(sql, query.filter());
        }
        IntentQuery.Position cursor = towardsNewer ? query.endingBefore() : query.startingAfter();
        if (cursor != null) {
            sql.append(" AND (created, ordinal) " + (towardsNewer ? ">" : "<") + " (?, ?)",
                    cursor.createdEpochSecond(), cursor.ordinal());
        }
        String direction = towardsNewer ? "ASC" : "DESC";
        return sql.append(" ORDER BY created " + direction + ", ordinal " + direction + " LIMIT ?", query.limit() + 1);
    }

    @Override
    public Optional<CustomerEvent> findEvent(AccountId account, EventId id) {
        return db.run("find customer event " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(findEventSql(t))) {
                ps.setString(1, account.value());
                ps.setString(2, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(ObjectRows.customerEvent(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** The statement of {@link #findEvent}: parameters account, id. */
    static String findEventSql(Tables t) {
        return "SELECT body FROM " + t.customerEvent() + " WHERE account = ? AND id = ?";
    }

    /**
     * {@inheritDoc}
     *
     * <p>A plain range scan of the primary key: positions come from the customers' row of the log
     * head, held by each commit until it is visible, so every snapshot sees a prefix of the log.
     */
    @Override
    public List<LoggedCustomerEvent> readLog(long afterPosition, int limit) {
        ObjectLogs.requireRange(afterPosition, limit);
        return db.run("read the customer event log", c -> {
            try (PreparedStatement ps = c.prepareStatement(ObjectLogs.readSql(t.customerEvent()))) {
                ps.setLong(1, afterPosition);
                ps.setInt(2, limit);
                List<LoggedCustomerEvent> events = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(new LoggedCustomerEvent(rs.getLong(1), ObjectRows.customerEvent(rs.getString(2))));
                    }
                }
                return events;
            }
        });
    }

    @Override
    public ObjectEventPage<CustomerEvent> queryEvents(AccountId account, ObjectEventQuery query) {
        return ObjectLogs.queryEvents(db, t.customerEvent(), "customer_id", account, query,
                ObjectRows::customerEvent);
    }

    @Override
    public int deleteEventsBefore(Instant cutoff, int limit) {
        return ObjectLogs.deleteBefore(db, t.customerEvent(), cutoff, limit);
    }

    @Override
    public long deliveredPosition(String subscriber) {
        return ObjectLogs.deliveredPosition(db, t, "customers", subscriber);
    }

    @Override
    public void saveDeliveredPosition(String subscriber, long position) {
        ObjectLogs.saveDeliveredPosition(db, t, "customers", subscriber, position);
    }

    @Override
    public String toString() {
        return "PgCustomerStore[" + t.schema() + "]";
    }
}
