package io.paystate.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.PaymentEngine;
import io.paystate.model.AccountId;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.spi.LoggedEvent;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.StoredIntent;
import io.paystate.testkit.ManualClock;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A node killed with {@code kill -9} in the middle of its load: a fresh engine on the same database
 * finds every change the dead node answered, each with all its events, and delivers to the
 * subscriber exactly the events after the position the dead node saved, in log order.
 */
final class CrashRecoveryTest {
    private static final int ANSWERS_BEFORE_KILL = 60;

    @Test
    void nodeKilledMidLoad_freshEngineFindsEveryChangeAndDeliversTheRest() throws Exception {
        String schema = TestDatabase.freshSchema("crash");
        PostgresStores stores = PostgresStores.create(TestDatabase.pool(), schema);
        stores.migrate();
        execute("CREATE TABLE " + schema + ".acked (event_id text PRIMARY KEY)");

        Path stderr = Files.createTempFile("crash-child", ".log");
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashLoadMain.class.getName(), TestDatabase.jdbcUrl() + "&ApplicationName=crash-child", schema)
                .redirectError(stderr.toFile()).start();
        Map<PaymentIntentId, PaymentIntentStatus> answered = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            while (answered.size() < ANSWERS_BEFORE_KILL) {
                String line = lines.readLine();
                assertThat(line).as("child output; its errors: " + Files.readString(stderr)).isNotNull();
                String[] parts = line.split(" ");
                answered.put(PaymentIntentId.of(parts[1]), PaymentIntentStatus.fromWire(parts[2]).orElseThrow());
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child exited").isTrue();
        }
        // a statement the child sent just before it died may still run in its server process: end those
        // processes (waiting up to 10 s each) so the database is at rest before it is checked
        execute("SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity WHERE application_name = 'crash-child'");

        PaymentIntentStore store = PostgresStores.create(TestDatabase.pool(), schema).intentStore();
        List<LoggedEvent> log = readWholeLog(store);
        Map<PaymentIntentId, Long> lastSequence = new LinkedHashMap<>();
        for (LoggedEvent e : log) {
            long previous = lastSequence.getOrDefault(e.event().paymentIntentId(), 0L);
            assertThat(e.event().sequence()).as("sequence of " + e.event().paymentIntentId()).isEqualTo(previous + 1);
            lastSequence.put(e.event().paymentIntentId(), e.event().sequence());
        }
        for (Map.Entry<PaymentIntentId, PaymentIntentStatus> a : answered.entrySet()) {
            StoredIntent stored = store.find(AccountId.DEFAULT, a.getKey()).orElseThrow();
            assertThat(rank(stored.intent().status())).as("state of " + a.getKey()).isGreaterThanOrEqualTo(
                    rank(a.getValue()));
            assertThat(lastSequence.get(a.getKey())).as("events of " + a.getKey()).isEqualTo(stored.eventSequence());
        }

        long saved = store.deliveredPosition("acker");
        Set<String> acked = ackedIds(schema);
        List<PaymentEvent> received = new ArrayList<>();
        // the dead node held the subscriber's lease: a fresh node takes it over once it ran out
        ManualClock later = new ManualClock();
        later.advance(io.paystate.engine.DeliveryOptions.DEFAULT_LEASE.plusSeconds(1));
        PaymentEngine fresh = PaymentEngine.builder().clock(later)
                .store(store).idempotencyStore(PostgresStores.create(TestDatabase.pool(), schema).idempotencyStore())
                .subscriber("acker", received::add).build();
        fresh.processDue();

        List<PaymentEvent> pending = log.stream().filter(e -> e.position() > saved).map(LoggedEvent::event).toList();
        assertThat(received).as("the events after the saved position " + saved + ", in log order, once each")
                .containsExactlyElementsOf(pending);
        for (LoggedEvent e : log) {
            if (e.position() <= saved) {
                assertThat(acked).as("acknowledged before the crash").contains(e.event().id().value());
            }
        }
        assertThat(store.deliveredPosition("acker")).isEqualTo(log.get(log.size() - 1).position());
        System.out.printf("crash: %d answers seen, %d events logged, %d acknowledged before the kill (position %d),"
                + " %d delivered after%n", answered.size(), log.size(), acked.size(), saved, received.size());
    }

    private static int rank(PaymentIntentStatus status) {
        return switch (status) {
            case REQUIRES_CONFIRMATION -> 0;
            case REQUIRES_CAPTURE -> 1;
            case SUCCEEDED -> 2;
            default -> throw new AssertionError("unexpected " + status);
        };
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = TestDatabase.pool().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Set<String> ackedIds(String schema) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = TestDatabase.pool().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT event_id FROM " + schema + ".acked")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static List<LoggedEvent> readWholeLog(PaymentIntentStore store) {
        List<LoggedEvent> all = new ArrayList<>();
        long after = 0;
        for (List<LoggedEvent> page = store.readLog(after, 500); !page.isEmpty(); page = store.readLog(after, 500)) {
            all.addAll(page);
            after = page.get(page.size() - 1).position();
        }
        return all;
    }
}
