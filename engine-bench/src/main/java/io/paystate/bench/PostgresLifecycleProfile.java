package io.paystate.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.paystate.engine.PaymentEngine;
import io.paystate.store.postgres.PostgresStores;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the time of a PostgreSQL lifecycle goes, for the baseline and one engine: lifecycles per
 * second, CPU per lifecycle in the JVM and in PostgreSQL's processes (from {@code /proc}), and what
 * PostgreSQL's backends were doing, sampled from {@code pg_stat_activity} (active statement and wait
 * event). Run by hand, like {@link PostgresLifecycleBench}:
 *
 * <pre>
 * java -cp engine-bench/target/classes:$(cat engine-bench/target/runtime-classpath.txt) \
 *     io.paystate.bench.PostgresLifecycleProfile [seconds, default 10] [threads, default 4] [pool, default 2 x threads] [engine: skip the baseline | two: also two engines on one schema]
 * </pre>
 */
public final class PostgresLifecycleProfile {
    private PostgresLifecycleProfile() {}

    /**
     * Runs the profile.
     *
     * @param args seconds, threads, pool size
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int poolSize = args.length > 2 ? Integer.parseInt(args[2]) : threads * 2;
        try (EmbeddedPostgres postgres = PostgresLifecycleBench.database().start();
                HikariDataSource pool = pool(postgres, poolSize)) {
            long postmaster = postmasterPid(pool);
            CountingDataSource counted = new CountingDataSource(pool, true);
            PostgresStores stores = PostgresStores.create(counted, "prof_one");
            stores.migrate();
            PaymentEngine engine = PaymentEngine.builder().store(stores.intentStore())
                    .idempotencyStore(stores.idempotencyStore()).build();
            PostgresLifecycleBench.lifecycle(engine, 0);
            JdbcBaseline baseline = new JdbcBaseline(counted, "prof_base", sample(pool));
            for (int i = 0; i < 500; i++) {
                PostgresLifecycleBench.lifecycle(engine, 0);
                baseline.lifecycle(0);
            }
            // unmeasured runs first, so that the JIT's work is done (see PostgresLifecycleBench)
            run("warm-up: baseline", seconds, threads, postgres, postmaster, counted, baseline::lifecycle);
            run("warm-up: 1 engine", seconds, threads, postgres, postmaster, counted,
                    t -> PostgresLifecycleBench.lifecycle(engine, t));
            if (args.length < 4 || !args[3].equals("engine")) {
                run("baseline", seconds, threads, postgres, postmaster, counted, baseline::lifecycle);
            }
            run("1 engine", seconds, threads, postgres, postmaster, counted,
                    t -> PostgresLifecycleBench.lifecycle(engine, t));
            if (args.length >= 4 && args[3].equals("two")) {
                // two engines on one schema, the threads split between them: where the second costs
                PostgresStores shared = PostgresStores.create(counted, "prof_two");
                shared.migrate();
                PaymentEngine[] two = new PaymentEngine[2];
                for (int i = 0; i < 2; i++) {
                    PostgresStores node = PostgresStores.create(counted, "prof_two");
                    two[i] = PaymentEngine.builder().store(node.intentStore())
                            .idempotencyStore(node.idempotencyStore()).build();
                }
                run("warm-up: 2 engines", seconds, threads, postgres, postmaster, counted,
                        t -> PostgresLifecycleBench.lifecycle(two[t % 2], t));
                run("2 engines", seconds, threads, postgres, postmaster, counted,
                        t -> PostgresLifecycleBench.lifecycle(two[t % 2], t));
                explain(postgres, "prof_two");
            }
        }
    }

    private static HikariDataSource pool(EmbeddedPostgres postgres, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(size);
        return new HikariDataSource(config);
    }

    private static long postmasterPid(javax.sql.DataSource pool) throws SQLException, IOException {
        long backend;
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            backend = rs.getLong(1);
        }
        return Long.parseLong(stat(backend)[3]);
    }

    private static String[] stat(long pid) throws IOException {
        String text = Files.readString(Path.of("/proc/" + pid + "/stat"));
        // the command name in parentheses may hold spaces: split after it
        return (pid + " x " + text.substring(text.lastIndexOf(')') + 2)).split(" ", -1);
    }

    /**
     * CPU ticks of the postmaster and its children (the backends and helpers), by process kind, read
     * into {@code seen} per process: kept across reads, so that a worker that ended during the run
     * (autovacuum's) still counts with its last reading.
     */
    private static void postgresTicks(long postmaster, Map<Long, PgProcess> seen) throws IOException {
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) dirs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    long pid = Long.parseLong(name);
                    String[] f = stat(pid);
                    if (Long.parseLong(f[3]) == postmaster || pid == postmaster) {
                        long ticks = Long.parseLong(f[13]) + Long.parseLong(f[14]);
                        PgProcess known = seen.get(pid);
                        seen.put(pid, new PgProcess(known != null ? known.kind() : kind(p), ticks));
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended while it was read
                }
            }
        }
    }

    /** One process of the database: what it is, and its CPU ticks when last read. */
    record PgProcess(String kind, long ticks) {}

    private static String kind(Path process) throws IOException {
        String title = Files.readString(process.resolve("cmdline")).replace('\0', ' ').strip();
        String rest = title.startsWith("postgres: ") ? title.substring("postgres: ".length()) : title;
        // a client backend's title is "user database host(port) state"; the helpers name themselves
        return rest.startsWith("postgres postgres") ? "backends" : rest.startsWith("autovacuum worker")
                ? "autovacuum" : rest.substring(0, rest.indexOf(' ') < 0 ? rest.length() : rest.indexOf(' '));
    }

    private static Map<String, Long> ticksByKind(Map<Long, PgProcess> before, Map<Long, PgProcess> after) {
        Map<String, Long> kinds = new TreeMap<>();
        after.forEach((pid, p) -> {
            PgProcess b = before.get(pid);
            kinds.merge(p.kind(), p.ticks() - (b != null ? b.ticks() : 0), Long::sum);
        });
        return kinds;
    }

    /** CPU ticks of this JVM's threads by group: the load's threads (user, sys), GC, JIT, the rest. */
    private static Map<String, Long> jvmThreadTicks() throws IOException {
        Map<String, Long> groups = new TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String comm = Files.readString(task.resolve("comm")).strip();
                    String text = Files.readString(task.resolve("stat"));
                    String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ", -1);
                    long user = Long.parseLong(f[11]);
                    long sys = Long.parseLong(f[12]);
                    String group = comm.startsWith("prof-") ? "load" : comm.contains("GC") || comm.startsWith("G1")
                            ? "gc" : comm.startsWith("C1") || comm.startsWith("C2") ? "jit" : "other";
                    if (group.equals("load")) {
                        groups.merge("load-user", user, Long::sum);
                        groups.merge("load-sys", sys, Long::sum);
                    } else {
                        groups.merge(group, user + sys, Long::sum);
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended while it was read
                }
            }
        }
        return groups;
    }

    private static JdbcBaseline.Sample sample(javax.sql.DataSource pool) throws SQLException {
        List<String> events = new ArrayList<>();
        String intent;
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT body FROM prof_one.ps_intent LIMIT 1")) {
                rs.next();
                intent = rs.getString(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT body FROM prof_one.ps_event ORDER BY position LIMIT 10")) {
                while (rs.next()) {
                    events.add(rs.getString(1));
                }
            }
        }
        // the first lifecycle's events only: its requests are the first three of the log
        return new JdbcBaseline.Sample(intent, events.subList(0, firstLifecycle(events)));
    }

    private static int firstLifecycle(List<String> events) {
        java.util.regex.Pattern request = java.util.regex.Pattern.compile("\"requestId\":\"([^\"]+)\"");
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (int i = 0; i < events.size(); i++) {
            java.util.regex.Matcher m = request.matcher(events.get(i));
            seen.add(m.find() ? m.group(1) : "");
            if (seen.size() > 3) {
                return i;
            }
        }
        return events.size();
    }

    /** The statements the load waited on longest during the run (wall, round trip included), per lifecycle. */
    private static String statementTimes(CountingDataSource counted, long lifecycles) {
        StringBuilder out = new StringBuilder("statements (executions, wall ms, per lifecycle):");
        counted.timings().entrySet().stream()
                .sorted((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1])).limit(14)
                .forEach(e -> out.append(String.format("%n  %5.2f %6.3f  %s", e.getValue()[0] / (double) lifecycles,
                        e.getValue()[1] / 1e6 / lifecycles, e.getKey().substring(0, Math.min(110, e.getKey().length())))));
        return out.toString();
    }

    /** The plans, generic (as prepared statements end up) and custom, of the intent's read and update. */
    private static void explain(EmbeddedPostgres postgres, String schema) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            String id;
            String account;
            try (ResultSet rs = s.executeQuery("SELECT id, account FROM " + schema + ".ps_intent ORDER BY ordinal DESC LIMIT 1")) {
                rs.next();
                id = rs.getString(1);
                account = rs.getString(2);
            }
            c.setAutoCommit(false);
            for (String mode : List.of("force_generic_plan", "force_custom_plan")) {
                s.execute("SET plan_cache_mode = " + mode);
                s.execute("PREPARE f(bigint, text, text) AS SELECT version, ordinal, CASE WHEN version = $1 THEN NULL"
                        + " ELSE body END FROM " + schema + ".ps_intent WHERE id = $2 AND account = $3");
                s.execute("PREPARE u(text, text, bigint) AS UPDATE " + schema + ".ps_intent SET version = version + 1"
                        + " WHERE id = $1 AND account = $2 AND version = $3 RETURNING version");
                for (String q : List.of("EXPLAIN (ANALYZE, BUFFERS) EXECUTE f(1, '" + id + "', '" + account + "')",
                        "EXPLAIN (ANALYZE, BUFFERS) EXECUTE u('" + id + "', '" + account + "', 3)")) {
                    System.out.println("-- " + mode + ": " + q);
                    try (ResultSet rs = s.executeQuery(q)) {
                        while (rs.next()) {
                            System.out.println("   " + rs.getString(1));
                        }
                    }
                }
                s.execute("DEALLOCATE f");
                s.execute("DEALLOCATE u");
            }
            // a non-HOT update as the commit's (an indexed column changes), its new version placed and indexed
            for (String q : List.of("EXPLAIN (ANALYZE, BUFFERS) UPDATE " + schema + ".ps_intent SET version = version + 1,"
                    + " status = CASE WHEN status = 'succeeded' THEN 'canceled' ELSE 'succeeded' END, body = body || ''"
                    + " WHERE id = '" + id + "'", "EXPLAIN (ANALYZE, BUFFERS) INSERT INTO " + schema + ".ps_intent"
                    + " SELECT id || 'x', account, version, ordinal, created, amount, currency, status, customer_lc, metadata,"
                    + " deadline_ns, due_owner, due_lease_until, body FROM " + schema + ".ps_intent WHERE id = '" + id + "'")) {
                System.out.println("-- " + q);
                try (ResultSet rs = s.executeQuery(q)) {
                    while (rs.next()) {
                        System.out.println("   " + rs.getString(1));
                    }
                }
            }
            c.rollback();
        }
    }

    /** Per table: sequential scans, rows they read, index scans, heap and index blocks touched. */
    private static Map<String, long[]> tableCounters(EmbeddedPostgres postgres) throws SQLException {
        Map<String, long[]> counters = new TreeMap<>();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT t.schemaname || '.' || t.relname, coalesce(t.seq_scan, 0),"
                        + " coalesce(t.seq_tup_read, 0), coalesce(t.idx_scan, 0), coalesce(io.heap_blks_hit, 0)"
                        + " + coalesce(io.heap_blks_read, 0), coalesce(io.idx_blks_hit, 0) + coalesce(io.idx_blks_read, 0)"
                        + " FROM pg_stat_user_tables t JOIN pg_statio_user_tables io USING (relid)")) {
            while (rs.next()) {
                counters.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    rs.getLong(6)});
            }
        }
        return counters;
    }

    /** What the run did to each table, per lifecycle: the database's work, whatever the machine's load. */
    private static String tableWork(Map<String, long[]> before, Map<String, long[]> after, long lifecycles) {
        StringBuilder out = new StringBuilder("per lifecycle (seq scans, rows seq-read, index scans, heap blocks,"
                + " index blocks):");
        after.forEach((table, a) -> {
            long[] b = before.getOrDefault(table, new long[a.length]);
            double[] d = new double[a.length];
            double sum = 0;
            for (int i = 0; i < a.length; i++) {
                d[i] = (a[i] - b[i]) / (double) lifecycles;
                sum += d[i];
            }
            if (sum > 0.01) {
                out.append(String.format("%n  %-28s %6.2f %8.1f %6.2f %7.2f %7.2f", table, d[0], d[1], d[2], d[3], d[4]));
            }
        });
        return out.toString();
    }

    /** Rows, dead rows, HOT updates and vacuums of the load's tables, and the checkpoints so far. */
    private static String tableStats(EmbeddedPostgres postgres) throws SQLException {
        StringBuilder out = new StringBuilder("tables (live, dead, updates, hot, autovacuums, size kB):");
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT schemaname || '.' || relname, n_live_tup, n_dead_tup, n_tup_upd,"
                    + " n_tup_hot_upd, autovacuum_count, pg_total_relation_size(relid) / 1024 FROM pg_stat_user_tables"
                    + " WHERE n_tup_upd + n_tup_ins > 0 AND relname IN ('ps_intent', 'ps_event', 'ps_log_head',"
                    + " 'ps_subscriber', 'ps_idempotency') ORDER BY 1")) {
                while (rs.next()) {
                    out.append(String.format("%n  %s %d %d %d %d %d %d", rs.getString(1), rs.getLong(2), rs.getLong(3),
                            rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT checkpoints_timed, checkpoints_req FROM pg_stat_bgwriter")) {
                rs.next();
                out.append(String.format("%n  checkpoints: timed %d, requested %d", rs.getLong(1), rs.getLong(2)));
            }
        }
        return out.toString();
    }

    /** Work counters of the database: commits and WAL, which do not depend on how busy the machine is. */
    private static long[] databaseWork(EmbeddedPostgres postgres) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT sum(xact_commit) FROM pg_stat_database), wal_records,"
                        + " wal_bytes FROM pg_stat_wal")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
        }
    }

    /** Bytes allocated so far by the load's threads (they are new for each run). */
    private static long loadAllocation() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long bytes = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("prof-")) {
                bytes += mx.getThreadAllocatedBytes(t.getId());
            }
        }
        return bytes;
    }

    private static void run(String name, int seconds, int threads, EmbeddedPostgres postgres, long postmaster,
            CountingDataSource counted, PostgresLifecycleBench.Load load) throws Exception {
        long[] work0 = databaseWork(postgres);
        Map<String, long[]> blocks0 = tableCounters(postgres);
        counted.reset();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong done = new AtomicLong();
        CountDownLatch finished = new CountDownLatch(threads);
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<String, Integer> waits = new java.util.HashMap<>();
        Map<String, Long> threads0 = jvmThreadTicks();
        long jvm0 = os.getProcessCpuTime();
        Map<Long, PgProcess> pg0 = new java.util.HashMap<>();
        postgresTicks(postmaster, pg0);
        Map<Long, PgProcess> pg1 = new java.util.HashMap<>(pg0);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            new Thread(() -> {
                try {
                    while (running.get()) {
                        load.lifecycle(thread);
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.add(e);
                } finally {
                    finished.countDown();
                }
            }, "prof-" + t).start();
        }
        int samples = 0;
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            long end = start + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) {
                try (ResultSet rs = s.executeQuery("SELECT state, coalesce(wait_event_type, 'CPU'), "
                        + "coalesce(wait_event, ''), left(regexp_replace(query, '\\s+', ' ', 'g'), 60) FROM "
                        + "pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()")) {
                    while (rs.next()) {
                        String key = rs.getString(1) + " | " + rs.getString(2) + ":" + rs.getString(3)
                                + ("active".equals(rs.getString(1)) ? " | " + rs.getString(4) : "");
                        waits.merge(key, 1, Integer::sum);
                    }
                }
                if (samples++ % 20 == 0) {
                    postgresTicks(postmaster, pg1);
                }
                Thread.sleep(5); // a sampler in a benchmark run by hand
            }
        }
        // read while the load's threads still run: their counters go with them
        Map<String, Long> threads1 = jvmThreadTicks();
        long allocated = loadAllocation();
        long statements = counted.count();
        long counted1 = done.get();
        running.set(false);
        finished.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (!failures.isEmpty()) {
            throw new IllegalStateException(name + " failed", failures.get(0));
        }
        long n = done.get();
        double jvmMs = (os.getProcessCpuTime() - jvm0) / 1e6 / n;
        postgresTicks(postmaster, pg1);
        Map<String, Long> pgKinds = ticksByKind(pg0, pg1);
        double pgMs = pgKinds.values().stream().mapToLong(Long::longValue).sum() * 10.0 / n;
        System.out.printf("%n== %s: %.0f lifecycles/s, %d threads; CPU per lifecycle: JVM %.2f ms, PostgreSQL %.2f ms"
                + " (%d samples)%n", name, n / elapsed, threads, jvmMs, pgMs, samples);
        StringBuilder split = new StringBuilder("JVM CPU per lifecycle by thread group (user+sys ms):");
        threads1.forEach((group, ticks) -> split.append(String.format(" %s %.2f", group,
                (ticks - threads0.getOrDefault(group, 0L)) * 10.0 / n)));
        System.out.println(split);
        StringBuilder pgSplit = new StringBuilder("PostgreSQL CPU per lifecycle by process (ms):");
        pgKinds.forEach((kind, ticks) -> pgSplit.append(String.format(" %s %.2f", kind, ticks * 10.0 / n)));
        System.out.println(pgSplit);
        System.out.println(tableStats(postgres));
        System.out.println(tableWork(blocks0, tableCounters(postgres), n));
        System.out.println(statementTimes(counted, n));
        long[] work1 = databaseWork(postgres);
        System.out.printf("per lifecycle: %.1f statements, %.0f kB allocated by the load's threads;"
                + " %.2f transactions, %.1f WAL records, %.1f kB WAL%n", statements / (double) counted1,
                allocated / 1024.0 / counted1, (work1[0] - work0[0] - samples) / (double) n, (work1[1] - work0[1]) / (double) n,
                (work1[2] - work0[2]) / 1024.0 / n);
        Map<Integer, List<String>> byCount = new TreeMap<>(java.util.Comparator.reverseOrder());
        waits.forEach((k, v) -> byCount.computeIfAbsent(v, x -> new ArrayList<>()).add(k));
        int shown = 0;
        for (var e : byCount.entrySet()) {
            for (String k : e.getValue()) {
                if (shown++ < 18) {
                    System.out.printf("%6.2f backends  %s%n", e.getKey() / (double) samples, k);
                }
            }
        }
    }
}
