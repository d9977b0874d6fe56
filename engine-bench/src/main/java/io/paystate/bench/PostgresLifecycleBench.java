package io.paystate.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.paystate.engine.CaptureParams;
import io.paystate.engine.ConfirmParams;
import io.paystate.engine.CreateParams;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.RequestOptions;
import io.paystate.model.CaptureMethod;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.store.postgres.PostgresStores;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Full card lifecycles per second on PostgreSQL (create, confirm with manual capture, capture, each
 * with an idempotency key), on one engine and on two engines sharing the database, against a
 * baseline that writes the same rows with hand-written JDBC in as few statements as the schema
 * allows ({@link JdbcBaseline}): the floor for this schema. Run by hand, never by the tests:
 *
 * <pre>
 * java -cp engine-bench/target/classes:$(cat engine-bench/target/runtime-classpath.txt) \
 *     io.paystate.bench.PostgresLifecycleBench [seconds per run, default 15] [threads, default 4] [rounds, default 2]
 * </pre>
 */
public final class PostgresLifecycleBench {
    private PostgresLifecycleBench() {}

    /** A measured load: runs lifecycles until told to stop. */
    @FunctionalInterface
    interface Load {
        void lifecycle(int thread) throws Exception;
    }

    /**
     * Runs every measurement, each configuration in a fresh JVM with its own database, round after
     * round, and prints a table of the ratios.
     *
     * @param args seconds per run, threads, rounds (default 2); {@code fork:CONFIG} runs one
     *     configuration in this JVM and prints its result line
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        if (args.length > 3 && args[3].startsWith("fork:")) {
            runOne(args[3].substring("fork:".length()), seconds, threads);
            return;
        }
        // One JVM per configuration, as JMH forks per benchmark: in one JVM, the configuration run
        // last met code compiled for the earlier ones' receiver types (another DataSource, another
        // store instance), deoptimised and recompiled under measurement, and a database that had
        // grown with the earlier runs' rows.
        List<String> configs = System.getProperty("configs") != null
                ? List.of(System.getProperty("configs").split(",", -1)) : List.of("baseline", "one", "two");
        java.util.Map<String, List<Double>> rates = new java.util.LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (String config : configs) {
                rates.computeIfAbsent(config, k -> new ArrayList<>()).add(fork(config, seconds, threads));
            }
        }
        if (!rates.containsKey("baseline") || !rates.containsKey("one") || !rates.containsKey("two")) {
            rates.forEach((config, r) -> System.out.printf("%s: %s lifecycles/s%n", config, r));
            return;
        }
        System.out.printf("%n| round | baseline, hand-written JDBC | 1 engine | 2 engines, one database |%n|---|---|---|---|%n");
        for (int round = 0; round < rounds; round++) {
            double floor = rates.get("baseline").get(round);
            System.out.printf("| %d | %.0f | %.0f: **%.2f** | %.0f: **%.2f** |%n", round + 1, floor,
                    rates.get("one").get(round), rates.get("one").get(round) / floor, rates.get("two").get(round),
                    rates.get("two").get(round) / floor);
        }
    }

    private static double fork(String config, int seconds, int threads) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PostgresLifecycleBench.class.getName(),
                String.valueOf(seconds), String.valueOf(threads), "1", "fork:" + config));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        double rate = -1;
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESULT ")) {
                    rate = Double.parseDouble(line.substring("RESULT ".length()));
                } else if (!line.startsWith("SLF4J")) {
                    System.out.println(line);
                }
            }
        }
        if (child.waitFor() != 0 || rate < 0) {
            throw new IllegalStateException(config + " failed: exit " + child.exitValue());
        }
        return rate;
    }

    /** One configuration on its own embedded database: warm-up, then the measured run. */
    private static void runOne(String config, int seconds, int threads) throws Exception {
        try (EmbeddedPostgres postgres = PostgresLifecycleBench.database().start();
                HikariDataSource pool = pool(postgres, threads * 2);
                HikariDataSource second = pool(postgres, threads)) {
            CountingDataSource counted = new CountingDataSource(pool);
            // stores listening for commits, stopped before their pools close
            List<PostgresStores> listeners = new ArrayList<>();
            PaymentEngine engine = engine(stores(counted, "bench_one"));
            counted.reset();
            lifecycle(engine, 0);
            long statements = counted.count();
            Load load;
            switch (config) {
                case "baseline" -> {
                    JdbcBaseline baseline = new JdbcBaseline(counted, "bench_base", sample(pool, "bench_one"));
                    counted.reset();
                    baseline.lifecycle(0);
                    statements = counted.count();
                    load = baseline::lifecycle;
                }
                case "one" -> load = t -> lifecycle(engine, t);
                case "two", "two-notifying" -> {
                    // each node with its own pool, as separate processes would have; "two-notifying"
                    // with commit notifications on both nodes: what LISTEN/NOTIFY costs
                    PostgresStores first = stores(new CountingDataSource(second), "bench_two");
                    PostgresStores other = PostgresStores.create(counted, "bench_two");
                    if (config.equals("two-notifying")) {
                        first.notifyCommits();
                        other.notifyCommits();
                    }
                    listeners.add(first);
                    listeners.add(other);
                    PaymentEngine[] two = {engine(first), engine(other)};
                    load = t -> lifecycle(two[t % 2], t);
                }
                case "two-engines-one-store" -> {
                    PostgresStores shared = stores(counted, "bench_two");
                    PaymentEngine[] two = {engine(shared), engine(shared)};
                    load = t -> lifecycle(two[t % 2], t);
                }
                case "one-engine-two-stores" -> {
                    PostgresStores a = stores(counted, "bench_two");
                    PostgresStores b = PostgresStores.create(counted, "bench_two");
                    PaymentEngine e = PaymentEngine.builder().store(a.intentStore())
                            .idempotencyStore(b.idempotencyStore()).build();
                    load = t -> lifecycle(e, t);
                }
                default -> throw new IllegalArgumentException("unknown configuration " + config);
            }
            for (int i = 0; i < 500; i++) {
                load.lifecycle(i % threads);
            }
            // the engine's code is far larger than the baseline's: compiled only under load, its JIT
            // work would otherwise be measured as the engine's (it took a third of the JVM's CPU in
            // the first 10 s); unmeasured runs first, at the measured thread count, as JMH's warm-up
            // iterations (-Dwarmups=N, 5 by default as JMH's: the engine's rate still climbed after three)
            for (int i = Integer.getInteger("warmups", 5); i > 0; i--) {
                checkpoint(pool);
                measure("warm-up: " + config, seconds, threads, load);
            }
            // a checkpoint first: the database's own one (every 1 GB of WAL by default) would otherwise
            // fall in whichever run reaches it, the fastest configuration's first
            checkpoint(pool);
            double rate = measure(config, seconds, threads, load);
            System.out.printf("%s: %d statements in the first lifecycle%n", config, statements);
            System.out.println("RESULT " + rate);
            listeners.forEach(PostgresStores::close);
        }
    }

    /**
     * The embedded database, with server settings given as {@code -Dpg.NAME=VALUE}, the same for every
     * run (PostgreSQL's defaults otherwise). {@code -Dpg.autovacuum_naptime=1s} shows the runs with
     * their tables vacuumed as they churn: without vacuum every intent update leaves a dead row and
     * index entries behind, and the runs of seconds end before autovacuum's first pass.
     */
    static EmbeddedPostgres.Builder database() {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith("pg."))
                .forEach(n -> builder.setServerConfig(n.substring(3), System.getProperty(n)));
        return builder;
    }

    private static void checkpoint(javax.sql.DataSource pool) throws java.sql.SQLException {
        try (java.sql.Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        }
    }

    private static HikariDataSource pool(EmbeddedPostgres postgres, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(size);
        return new HikariDataSource(config);
    }

    private static PostgresStores stores(javax.sql.DataSource pool, String schema) {
        PostgresStores stores = PostgresStores.create(pool, schema);
        stores.migrate();
        return stores;
    }

    private static PaymentEngine engine(PostgresStores stores) {
        return PaymentEngine.builder().store(stores.intentStore()).idempotencyStore(stores.idempotencyStore()).build();
    }

    static void lifecycle(PaymentEngine engine, int thread) {
        String key = UUID.randomUUID().toString();
        PaymentIntent pi = engine.create(CreateParams.builder(2000, "usd").paymentMethod("pm_card_visa")
                .captureMethod(CaptureMethod.MANUAL).build(), RequestOptions.idempotencyKey(key + "-c"));
        engine.confirm(pi.id(), ConfirmParams.none(), RequestOptions.idempotencyKey(key + "-f"));
        PaymentIntent done = engine.capture(pi.id(), CaptureParams.full(), RequestOptions.idempotencyKey(key + "-p"));
        if (done.status() != PaymentIntentStatus.SUCCEEDED) {
            throw new IllegalStateException("lifecycle ended in " + done.status());
        }
    }

    /** The rows one engine lifecycle wrote, to give the baseline the same payloads. */
    private static JdbcBaseline.Sample sample(javax.sql.DataSource pool, String schema) throws SQLException {
        List<String> events = new ArrayList<>();
        String intent;
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT body FROM " + schema + ".ps_intent LIMIT 1")) {
                rs.next();
                intent = rs.getString(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT body FROM " + schema + ".ps_event ORDER BY position")) {
                while (rs.next()) {
                    events.add(rs.getString(1));
                }
            }
        }
        return new JdbcBaseline.Sample(intent, events);
    }

    private static double measure(String name, int seconds, int threads, Load load) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong done = new AtomicLong();
        CountDownLatch finished = new CountDownLatch(threads);
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            int thread = t;
            new Thread(() -> {
                try {
                    while (running.get()) {
                        load.lifecycle(thread);
                        done.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    finished.countDown();
                }
            }, "bench-" + t).start();
        }
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L); // a benchmark harness run by hand: the run's length is the point
        running.set(false);
        finished.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (!failures.isEmpty()) {
            throw new IllegalStateException(name + " failed", failures.get(0));
        }
        double rate = done.get() / elapsed;
        System.out.printf("%-30s %10.0f lifecycles/s (%d in %.1f s, %d threads)%n", name, rate, done.get(), elapsed,
                threads);
        return rate;
    }
}
