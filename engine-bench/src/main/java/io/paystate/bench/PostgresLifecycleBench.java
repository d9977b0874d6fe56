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
 *     io.paystate.bench.PostgresLifecycleBench [seconds per run, default 15] [threads, default 4]
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
     * Runs every measurement and prints a table.
     *
     * @param args seconds per run, threads
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                HikariDataSource pool = pool(postgres, threads * 2)) {
            CountingDataSource counted = new CountingDataSource(pool);
            PostgresStores one = stores(counted, "bench_one");
            PaymentEngine engine = engine(one);
            counted.reset();
            lifecycle(engine, 0);
            long engineStatements = counted.count();
            JdbcBaseline baseline = new JdbcBaseline(counted, "bench_base", sample(pool, "bench_one"));
            counted.reset();
            baseline.lifecycle(0);
            long baselineStatements = counted.count();

            warmUp(engine, baseline);
            // the engine's code is far larger than the baseline's: compiled only under load, its JIT
            // work would otherwise be measured as the engine's (it took a third of the JVM's CPU in
            // the first 10 s); one unmeasured run of each load first, at the measured thread count
            measure("warm-up: baseline", seconds, threads, baseline::lifecycle);
            measure("warm-up: 1 engine", seconds, threads, t -> lifecycle(engine, t));
            double floor = measure("baseline (hand-written JDBC)", seconds, threads, baseline::lifecycle);
            double single = measure("1 engine", seconds, threads, t -> lifecycle(engine, t));
            PaymentEngine[] two = {engine(stores(pool, "bench_two")), null};
            two[1] = engine(PostgresStores.create(pool, "bench_two"));
            double dual = measure("2 engines", seconds, threads, t -> lifecycle(two[t % 2], t));
            System.out.printf("%nstatements per lifecycle: engine %d, baseline %d%n", engineStatements,
                    baselineStatements);
            System.out.printf("| run | lifecycles/s | ratio to the baseline |%n|---|---|---|%n");
            System.out.printf("| baseline, hand-written JDBC | %.0f | 1.00 |%n", floor);
            System.out.printf("| 1 engine | %.0f | %.2f |%n", single, single / floor);
            System.out.printf("| 2 engines, one database | %.0f | %.2f |%n", dual, dual / floor);
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

    private static void warmUp(PaymentEngine engine, JdbcBaseline baseline) throws Exception {
        for (int i = 0; i < 500; i++) {
            lifecycle(engine, 0);
            baseline.lifecycle(0);
        }
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
