package io.paystate.store.postgres.internal;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Commits that tell the other nodes of a schema, with PostgreSQL's {@code NOTIFY}, that they appended
 * events, and the {@code LISTEN}ing connection that wakes this node's delivery when another node's
 * commit did. A hint, never relied on: a node that misses one (its listening connection lost, the
 * notification dropped by a database restart) delivers the events after its next command or
 * {@code processDue()}, as without notifications.
 *
 * <p>Off until {@link #start}: each notifying commit takes PostgreSQL's notification queue lock while
 * it commits, so commits of every log queue on it, not only those of one log.
 */
public final class CommitNotices implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(CommitNotices.class.getName());
    /** How long one wait for notifications lasts: how long {@link #close} may wait for the listener. */
    private static final int WAIT_MILLIS = 250;
    private static final long FIRST_RETRY_MILLIS = 500;
    private static final long LAST_RETRY_MILLIS = 30_000;

    private final DataSource dataSource;
    private final String channel;
    /** This node's name in its notifications, so that it does not wake itself: its commits deliver already. */
    private final String node = UUID.randomUUID().toString();
    private final List<Runnable> wakes = new CopyOnWriteArrayList<>();
    /** What a log head's update returns besides its position: nothing, or the notice. */
    private volatile String returning = "";
    private @Nullable ScheduledExecutorService listener;
    private long retryMillis = FIRST_RETRY_MILLIS;

    /**
     * Creates the notices of one schema, off.
     *
     * @param dataSource the host's pool, which lends the listening connection
     * @param tables the schema's tables
     */
    public CommitNotices(DataSource dataSource, Tables tables) {
        this.dataSource = dataSource;
        // channels are one namespace per database; cut to PostgreSQL's 63 bytes, two long schema names
        // may share one, which costs wake-ups, not events
        String name = "paystate_" + tables.schema();
        this.channel = name.substring(0, Math.min(63, name.length()));
    }

    /**
     * Registers what a notification from another node calls.
     *
     * @param wake delivers every log
     */
    public void onCommitsElsewhere(Runnable wake) {
        wakes.add(java.util.Objects.requireNonNull(wake, "wake"));
    }

    /** The end of a log head's {@code UPDATE}: its new position, and the notice when notifying. */
    String returningClause() {
        return " RETURNING last_position" + returning;
    }

    /** Starts notifying this node's commits and listening for the other nodes'; does nothing when started. */
    public synchronized void start() {
        if (listener != null) {
            return;
        }
        returning = ", pg_notify('" + channel + "', '" + node + "')";
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "paystate-listen-" + channel);
            t.setDaemon(true);
            return t;
        });
        listener = executor;
        executor.execute(this::listen);
    }

    /** Whether {@link #start} was called and {@link #close} was not. */
    public synchronized boolean started() {
        return listener != null;
    }

    /** Stops notifying and listening, and returns the listening connection to the pool. */
    @Override
    public void close() {
        ScheduledExecutorService executor;
        synchronized (this) {
            executor = listener;
            listener = null;
            returning = "";
        }
        if (executor != null) {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(WAIT_MILLIS * 8L, TimeUnit.MILLISECONDS)) {
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    private synchronized boolean stopping(ScheduledExecutorService executor) {
        return listener != executor;
    }

    /** One listening session, on one connection, until it fails (then again, later) or the notices stop. */
    private void listen() {
        ScheduledExecutorService executor;
        synchronized (this) {
            executor = listener;
        }
        if (executor == null) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            try (Statement s = c.createStatement()) {
                s.execute("LISTEN \"" + channel + "\"");
            }
            PGConnection pg = c.unwrap(PGConnection.class);
            retryMillis = FIRST_RETRY_MILLIS;
            // what other nodes committed while this node was not listening
            wake();
            while (!stopping(executor)) {
                PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
                if (received != null && fromElsewhere(received)) {
                    wake();
                }
            }
        } catch (SQLException | RuntimeException e) {
            if (!stopping(executor)) {
                LOG.log(Level.WARNING, "listening on " + channel + " failed; again in " + retryMillis + " ms", e);
                try {
                    // the retry's own failures are logged by the retry: its future has nothing to tell
                    java.util.concurrent.ScheduledFuture<?> unused =
                            executor.schedule(this::listen, retryMillis, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.RejectedExecutionException stopped) {
                    return;
                }
                retryMillis = Math.min(LAST_RETRY_MILLIS, retryMillis * 2);
            }
        }
    }

    private boolean fromElsewhere(PGNotification[] received) {
        for (PGNotification n : received) {
            if (!node.equals(n.getParameter())) {
                return true;
            }
        }
        return false;
    }

    private void wake() {
        for (Runnable wake : wakes) {
            try {
                wake.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a delivery woken by another node's commit failed", e);
            }
        }
    }
}
