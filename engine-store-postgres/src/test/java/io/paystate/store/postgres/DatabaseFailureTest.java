package io.paystate.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.paystate.engine.CaptureParams;
import io.paystate.engine.ConfirmParams;
import io.paystate.engine.CreateParams;
import io.paystate.engine.EngineFailureException;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.RequestOptions;
import io.paystate.model.AccountId;
import io.paystate.model.CaptureMethod;
import io.paystate.model.ErrorType;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.spi.LoggedEvent;
import io.paystate.spi.StoredIntent;
import io.paystate.testkit.ManualClock;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The database failing in the middle of a request: the engine answers a typed {@code api_error}
 * (500) when nothing was written and leaves nothing half-written; a commit that landed although
 * its answer was lost is found by the engine's re-read and answered as a success.
 */
final class DatabaseFailureTest {
    /** Text that only the commit statement contains. */
    private static final String COMMIT = "WITH w AS (";

    private final ManualClock clock = new ManualClock();

    private PaymentEngine engine(PostgresStores stores) {
        return PaymentEngine.builder().clock(clock).store(stores.intentStore())
                .idempotencyStore(stores.idempotencyStore()).build();
    }

    private static PaymentIntent held(PaymentEngine engine) {
        return engine.create(CreateParams.builder(2000, "usd").paymentMethod("pm_card_visa")
                .captureMethod(CaptureMethod.MANUAL).confirm(true).build());
    }

    private static int eventCount(PostgresStores stores) {
        return stores.intentStore().readLog(0, 1000).size();
    }

    @Test
    void capture_connectionLostBeforeTheCommit_answersApiErrorAndWritesNothing() {
        String schema = TestDatabase.freshSchema("fail");
        FaultyDataSource faulty = new FaultyDataSource(TestDatabase.pool());
        PostgresStores stores = PostgresStores.create(faulty, schema);
        stores.migrate();
        PaymentEngine engine = engine(stores);
        PaymentIntent pi = held(engine);
        StoredIntent before = stores.intentStore().find(AccountId.DEFAULT, pi.id()).orElseThrow();
        int events = eventCount(stores);

        faulty.arm(COMMIT, FaultyDataSource.Fault.BEFORE_EXECUTION);
        assertThatThrownBy(() -> engine.capture(pi.id(), CaptureParams.full(), RequestOptions.idempotencyKey("cap-1")))
                .isInstanceOfSatisfying(EngineFailureException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(500);
                    assertThat(e.type()).isEqualTo(ErrorType.API_ERROR);
                });
        assertThat(faulty.fired()).isTrue();
        assertThat(stores.intentStore().find(AccountId.DEFAULT, pi.id())).contains(before);
        assertThat(eventCount(stores)).isEqualTo(events);
        assertThat(engine.retrieve(pi.id()).status()).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
    }

    @Test
    void capture_connectionLostAfterTheDatabaseCommitted_answersTheCommittedSuccess() {
        String schema = TestDatabase.freshSchema("fail");
        FaultyDataSource faulty = new FaultyDataSource(TestDatabase.pool());
        PostgresStores stores = PostgresStores.create(faulty, schema);
        stores.migrate();
        PaymentEngine engine = engine(stores);
        PaymentIntent pi = held(engine);
        int events = eventCount(stores);

        faulty.arm(COMMIT, FaultyDataSource.Fault.AFTER_EXECUTION);
        PaymentIntent captured = engine.capture(pi.id(), CaptureParams.full(), RequestOptions.idempotencyKey("cap-2"));
        assertThat(faulty.fired()).isTrue();
        assertThat(captured.status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        StoredIntent stored = stores.intentStore().find(AccountId.DEFAULT, pi.id()).orElseThrow();
        assertThat(stored.intent()).isEqualTo(captured);
        List<LoggedEvent> log = stores.intentStore().readLog(0, 1000);
        assertThat(log.size()).isGreaterThan(events);
        assertThat(log.stream().map(e -> e.event().id()).distinct().count()).isEqualTo(log.size());
        // the key answers the committed success, on this node and any other
        assertThat(engine.capture(pi.id(), CaptureParams.full(), RequestOptions.idempotencyKey("cap-2")))
                .isEqualTo(captured);
    }

    @Test
    void confirm_statementTimeoutWhileTheLogIsLocked_answersApiErrorAndWritesNothing() throws Exception {
        String schema = TestDatabase.freshSchema("fail");
        PostgresStores.create(TestDatabase.pool(), schema).migrate();
        // the database cancels any statement after 300 ms: the engine's commit will wait on a lock
        try (HikariDataSource timeouts = TestDatabase.newPool(TestDatabase.jdbcUrl()
                + "&options=-c%20statement_timeout%3D300", 4)) {
            PostgresStores stores = PostgresStores.create(timeouts, schema);
            PaymentEngine engine = engine(stores);
            PaymentIntent pi = engine.create(CreateParams.builder(2000, "usd").paymentMethod("pm_card_visa")
                    .captureMethod(CaptureMethod.MANUAL).build());
            StoredIntent before = stores.intentStore().find(AccountId.DEFAULT, pi.id()).orElseThrow();
            int events = eventCount(stores);
            try (Connection blocker = TestDatabase.pool().getConnection(); Statement s = blocker.createStatement()) {
                blocker.setAutoCommit(false);
                s.execute("SELECT last_position FROM " + schema + ".ps_log_head FOR UPDATE");
                assertThatThrownBy(() -> engine.confirm(pi.id(), ConfirmParams.none()))
                        .isInstanceOfSatisfying(EngineFailureException.class, e -> {
                            assertThat(e.httpStatus()).isEqualTo(500);
                            assertThat(e.type()).isEqualTo(ErrorType.API_ERROR);
                        });
                blocker.rollback();
            }
            assertThat(stores.intentStore().find(AccountId.DEFAULT, pi.id())).contains(before);
            assertThat(eventCount(stores)).isEqualTo(events);
            assertThat(engine.confirm(pi.id(), ConfirmParams.none()).status())
                    .isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
        }
    }
}
