package io.paystate.store.postgres;

import io.paystate.spi.CustomerStore;
import io.paystate.spi.IdempotencyStore;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.PaymentMethodStore;
import io.paystate.spi.SetupIntentStore;
import io.paystate.store.postgres.internal.Db;
import io.paystate.store.postgres.internal.Migrations;
import io.paystate.store.postgres.internal.PgCustomerStore;
import io.paystate.store.postgres.internal.PgIdempotencyStore;
import io.paystate.store.postgres.internal.PgIntentStore;
import io.paystate.store.postgres.internal.PgPaymentMethodStore;
import io.paystate.store.postgres.internal.PgSetupIntentStore;
import io.paystate.store.postgres.internal.RecentCompletions;
import io.paystate.store.postgres.internal.Tables;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The PostgreSQL stores of one engine: the intent store (with the event log and the subscribers'
 * positions), the idempotency store, the customer store, the payment-method store and the
 * SetupIntent store (each with its own event log), on a {@link DataSource} the host supplies and
 * configures (pool, credentials, timeouts), in one schema of that database.
 *
 * <pre>{@code
 * PostgresStores stores = PostgresStores.create(dataSource, "paystate");
 * stores.migrate(); // creates or upgrades the schema; refuses a schema newer than this release
 * PaymentEngine engine = PaymentEngine.builder()
 *         .store(stores.intentStore())
 *         .idempotencyStore(stores.idempotencyStore())
 *         .customerStore(stores.customerStore())
 *         .paymentMethodStore(stores.paymentMethodStore())
 *         .setupIntentStore(stores.setupIntentStore())
 *         .build();
 * }</pre>
 *
 * <p>Several engines, in one process or on several nodes, share a database by each creating its
 * own {@code PostgresStores} on the same schema. Creating the stores touches nothing; the first call
 * of any store checks, once, that the schema is at this release's version, and throws
 * {@link SchemaVersionException} otherwise.
 *
 * <p>Connections: every store call takes a connection from the pool and returns it before it
 * returns; nearly every call is a single statement, sent in auto-commit mode. The stores expect
 * PostgreSQL's default isolation, READ COMMITTED.
 *
 * <p>Delivery across nodes: a node delivers the events another node committed at its own next
 * command or {@code processDue()}; {@link #notifyCommits()} makes it deliver them at once.
 *
 * <p>Thread safety: safe for concurrent use, as the SPIs require.
 */
public final class PostgresStores implements AutoCloseable {
    /** How long an idempotency key is remembered by default: Stripe's 24 hours. */
    public static final Duration DEFAULT_IDEMPOTENCY_RETENTION = Duration.ofHours(24);
    /** How long a due intent found by one engine is left alone by the others by default. */
    public static final Duration DEFAULT_DUE_LEASE = Duration.ofSeconds(30);

    private final Db db;
    private final PgIntentStore intentStore;
    private final PgIdempotencyStore idempotencyStore;
    private final PgCustomerStore customerStore;
    private final PgPaymentMethodStore paymentMethodStore;
    private final PgSetupIntentStore setupIntentStore;

    private PostgresStores(DataSource dataSource, String schema, Duration idempotencyRetention, Duration dueLease) {
        this.db = new Db(dataSource, Tables.of(schema));
        RecentCompletions completions = new RecentCompletions();
        this.intentStore = new PgIntentStore(db, completions, dueLease);
        this.idempotencyStore = new PgIdempotencyStore(db, idempotencyRetention, completions);
        this.customerStore = new PgCustomerStore(db);
        this.paymentMethodStore = new PgPaymentMethodStore(db);
        this.setupIntentStore = new PgSetupIntentStore(db, dueLease);
    }

    /**
     * Returns the stores of this schema with the default retention and due lease.
     *
     * @param dataSource the host's connection pool
     * @param schema the schema: a lowercase SQL identifier (letters, digits, underscores; not {@code pg_...})
     * @return the stores
     * @throws IllegalArgumentException for an invalid schema name
     */
    public static PostgresStores create(DataSource dataSource, String schema) {
        return create(dataSource, schema, DEFAULT_IDEMPOTENCY_RETENTION, DEFAULT_DUE_LEASE);
    }

    /**
     * Returns the stores of this schema.
     *
     * @param dataSource the host's connection pool
     * @param schema the schema: a lowercase SQL identifier (letters, digits, underscores; not {@code pg_...})
     * @param idempotencyRetention how long a key stays live after its first use, by the engine clock;
     *     give the engine builder's idempotency key retention the same value
     * @param dueLease how long a due intent that this engine found is passed over by other engines'
     *     {@code processDue()}, by the database clock; at least as long as one due step takes
     * @return the stores
     * @throws IllegalArgumentException for an invalid schema name or a duration that is not positive
     */
    public static PostgresStores create(DataSource dataSource, String schema, Duration idempotencyRetention,
            Duration dueLease) {
        Objects.requireNonNull(dataSource, "dataSource");
        requirePositive(idempotencyRetention, "idempotencyRetention");
        requirePositive(dueLease, "dueLease");
        return new PostgresStores(dataSource, schema, idempotencyRetention, dueLease);
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    /**
     * Creates the schema or upgrades it to this release's version, in one transaction, and returns
     * the version now in place. Safe to call from several nodes at once: a database lock makes each
     * migration run once. Needs the right to create the schema and its tables.
     *
     * @return the schema version, {@link #schemaVersion()}
     * @throws SchemaVersionException if the schema is newer than this release knows
     * @throws PostgresStoreException if the database fails
     */
    public int migrate() {
        return Migrations.migrate(db);
    }

    /**
     * Returns the schema version this release of the stores works with.
     *
     * @return the schema version
     */
    public static int schemaVersion() {
        return Migrations.latest();
    }

    /**
     * Returns the intent store: intents, the event log and the subscribers' delivery positions.
     *
     * @return the intent store
     */
    public PaymentIntentStore intentStore() {
        return intentStore;
    }

    /**
     * Returns the idempotency store. A keyed request's commit completes its key in the same
     * transaction as the change, so a crash never leaves a committed change whose key looks unused.
     *
     * @return the idempotency store
     */
    public IdempotencyStore idempotencyStore() {
        return idempotencyStore;
    }

    /**
     * Returns the customer store: customers (deleted ones kept as tombstones) and the log of their
     * events, which has positions of its own, gap-free and in commit order like the intents' log.
     *
     * @return the customer store
     */
    public CustomerStore customerStore() {
        return customerStore;
    }

    /**
     * Returns the payment-method store: the methods created through the API and the log of their
     * events, which has positions of its own, dense from 1 and in commit order.
     *
     * @return the payment-method store
     */
    public PaymentMethodStore paymentMethodStore() {
        return paymentMethodStore;
    }

    /**
     * Returns the SetupIntent store: SetupIntents (with the engine's settlement bookkeeping, found
     * through an index when due) and the log of their events, which has positions of its own,
     * gap-free and in commit order like the intents' log.
     *
     * @return the SetupIntent store
     */
    public SetupIntentStore setupIntentStore() {
        return setupIntentStore;
    }

    /**
     * Makes this node's commits notify the other nodes of the schema, and wakes this node's event
     * delivery as soon as another node's commit notifies it (PostgreSQL's {@code LISTEN/NOTIFY}), instead
     * of at this node's next command or {@code processDue()}. Call it on every node. A hint only: a
     * notification missed (the listening connection lost, the database restarted) delays the delivery to
     * the node's next command or {@code processDue()}, as without it; a lost connection is opened again,
     * after a wait that doubles from half a second to 30 seconds. Does nothing when already started.
     *
     * <p>Close the stores before the pool: a listener whose pool is closed keeps trying it, with a
     * warning at each attempt (every 30 seconds at most).
     *
     * <p>Costs: one connection of the pool, held for listening until {@link #close()}; and each commit
     * with events takes PostgreSQL's notification lock while it commits, which serializes the commits of
     * every log of the database, not only those of one log.
     */
    public void notifyCommits() {
        db.notices().start();
    }

    /**
     * Stops what {@link #notifyCommits()} started and returns the listening connection to the pool,
     * waiting up to two seconds for the listener to stop. The stores themselves stay usable.
     */
    @Override
    public void close() {
        db.notices().close();
    }

    @Override
    public String toString() {
        return "PostgresStores[" + db + "]";
    }
}
