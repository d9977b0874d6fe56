package io.paystate.store.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.paystate.engine.CaptureParams;
import io.paystate.engine.ConfirmParams;
import io.paystate.engine.CreateParams;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.RequestOptions;
import io.paystate.model.CaptureMethod;
import io.paystate.model.PaymentIntent;
import io.paystate.spi.EventSink;
import io.paystate.testkit.ManualClock;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The child process of {@link CrashRecoveryTest}: card lifecycles on three threads against the
 * database, printing {@code OK <intent> <status>} after each answered request, with a subscriber
 * that acknowledges every event by writing its id to a table, until it is killed.
 */
public final class CrashLoadMain {
    private CrashLoadMain() {}

    /**
     * Runs the load.
     *
     * @param args the JDBC URL and the schema
     * @throws Exception never, normally: the process is killed
     */
    public static void main(String[] args) throws Exception {
        String url = args[0];
        String schema = args[1];
        PrintStream out = System.out;
        HikariDataSource pool = TestDatabase.newPool(url, 6);
        PostgresStores stores = PostgresStores.create(pool, schema);
        EventSink acker = event -> {
            try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO " + schema + ".acked (event_id) VALUES (?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, event.id().value());
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        PaymentEngine engine = PaymentEngine.builder().clock(new ManualClock()).store(stores.intentStore())
                .idempotencyStore(stores.idempotencyStore()).subscriber("acker", acker).build();
        Runnable load = () -> {
            for (int i = 0; i < 100_000; i++) {
                String key = UUID.randomUUID().toString();
                PaymentIntent pi = engine.create(CreateParams.builder(1000 + i, "usd").paymentMethod("pm_card_visa")
                        .captureMethod(CaptureMethod.MANUAL).build(), RequestOptions.idempotencyKey(key + "c"));
                report(out, pi);
                report(out, engine.confirm(pi.id(), ConfirmParams.none(), RequestOptions.idempotencyKey(key + "f")));
                report(out, engine.capture(pi.id(), CaptureParams.full(), RequestOptions.idempotencyKey(key + "p")));
            }
        };
        Thread[] threads = new Thread[3];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(load, "load-" + t);
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    private static void report(PrintStream out, PaymentIntent pi) {
        synchronized (out) {
            out.println("OK " + pi.id().value() + " " + pi.status().wireName());
            out.flush();
        }
    }
}
