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
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                HikariDataSource pool = pool(postgres, poolSize)) {
            long postmaster = postmasterPid(pool);
            CountingDataSource counted = new CountingDataSource(pool);
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

    /** CPU ticks of the postmaster's children (the backends and helpers), running ones only. */
    private static long postgresTicks(long postmaster) throws IOException {
        long ticks = 0;
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) dirs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String[] f = stat(Long.parseLong(name));
                    if (Long.parseLong(f[3]) == postmaster || Long.parseLong(name) == postmaster) {
                        ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended while it was read
                }
            }
        }
        return ticks;
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
        long pg0 = postgresTicks(postmaster);
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
                samples++;
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
        double pgMs = (postgresTicks(postmaster) - pg0) * 10.0 / n;
        System.out.printf("%n== %s: %.0f lifecycles/s, %d threads; CPU per lifecycle: JVM %.2f ms, PostgreSQL %.2f ms"
                + " (%d samples)%n", name, n / elapsed, threads, jvmMs, pgMs, samples);
        StringBuilder split = new StringBuilder("JVM CPU per lifecycle by thread group (user+sys ms):");
        threads1.forEach((group, ticks) -> split.append(String.format(" %s %.2f", group,
                (ticks - threads0.getOrDefault(group, 0L)) * 10.0 / n)));
        System.out.println(split);
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
