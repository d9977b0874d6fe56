package io.paystate.store.postgres.internal;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
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
    /** What to wake per log, by the log's row of {@link Tables#logHead()}. */
    private final Map<Integer, List<Runnable>> wakes = new ConcurrentHashMap<>();
    private volatile boolean notifying;
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
     * Registers what a notification from another node's commit to this log calls.
     *
     * @param head the log's row of {@link Tables#logHead()}
     * @param wake delivers the log
     */
    public void onCommitsElsewhere(int head, Runnable wake) {
        java.util.Objects.requireNonNull(wake, "wake");
        wakes.computeIfAbsent(head, h -> new CopyOnWriteArrayList<>()).add(wake);
    }

    /**
     * The end of a log head's {@code UPDATE}: its new position, and the notice when notifying. The
     * payload names the node and the log, both literals, so that the statement's text stays the same.
     */
    String returningClause(int head) {
        return notifying ? " RETURNING last_position, pg_notify('" + channel + "', '" + node + ":" + head + "')"
                : " RETURNING last_position";
    }

    /** Starts notifying this node's commits and listening for the other nodes'; does nothing when started. */
    public synchronized void start() {
        if (listener != null) {
            return;
        }
        notifying = true;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "paystate-listen-" + channel);
            t.setDaemon(true);
            return t;
        });
        // a retry waiting out its backoff is dropped by close(), not waited for
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        listener = executor;
        executor.execute(this::listen);
    }

    /** Stops notifying and listening, and returns the listening connection to the pool. */
    @Override
    public void close() {
        ScheduledExecutorService executor;
        synchronized (this) {
            executor = listener;
            listener = null;
            notifying = false;
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
            wake(wakes.keySet());
            while (!stopping(executor)) {
                PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
                if (received != null) {
                    wake(logsFromElsewhere(received));
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

    /** The logs that other nodes' commits notified, each once however many commits did. */
    private Set<Integer> logsFromElsewhere(PGNotification[] received) {
        Set<Integer> logs = new TreeSet<>();
        for (PGNotification n : received) {
            String payload = n.getParameter();
            int colon = payload.lastIndexOf(':');
            boolean own = colon == node.length() && payload.startsWith(node);
            if (colon > 0 && !own) {
                try {
                    logs.add(Integer.parseInt(payload.substring(colon + 1)));
                } catch (NumberFormatException notOurs) {
                    // another program on the channel: nothing to wake
                }
            }
        }
        return logs;
    }

    private void wake(Set<Integer> logs) {
        for (int head : logs) {
            for (Runnable wake : wakes.getOrDefault(head, List.of())) {
                try {
                    wake.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "a delivery woken by another node's commit failed", e);
                }
            }
        }
    }
}
