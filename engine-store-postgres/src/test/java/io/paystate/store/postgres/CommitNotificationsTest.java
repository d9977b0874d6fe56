package io.paystate.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.CreateParams;
import io.paystate.engine.CustomerParams;
import io.paystate.engine.CustomerRequest;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentEngineBuilder;
import io.paystate.engine.RequestOptions;
import io.paystate.model.PaymentEvent;
import io.paystate.model.StripeEvent;
import io.paystate.spi.EventSink;
import io.paystate.testkit.ManualClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * With commit notifications, a node delivers another node's commits at once; without them, or while
 * its listening connection is lost, at its next command or {@code processDue()}.
 */
final class CommitNotificationsTest {
    private final ManualClock clock = new ManualClock();

    /** Records the intents and the customers whose creation it was sent, in order. */
    private static final class Sink implements EventSink {
        private final BlockingQueue<String> created = new LinkedBlockingQueue<>();
        private final BlockingQueue<String> customers = new LinkedBlockingQueue<>();

        @Override
        public void accept(PaymentEvent event) {
            if (event.type().wireName().equals("payment_intent.created")) {
                created.add(event.paymentIntent().id().value());
            }
        }

        @Override
        public void acceptAny(StripeEvent event) {
            if (event.type().wireName().equals("customer.created")) {
                customers.add(event.objectId());
            }
        }

        /** The next intent created, waiting for it up to 30 seconds; null if none came. */
        @Nullable String next() throws InterruptedException {
            return created.poll(30, TimeUnit.SECONDS);
        }
    }

    private PaymentEngine engine(PostgresStores stores, @Nullable Sink sink) {
        PaymentEngineBuilder builder = PaymentEngine.builder().clock(clock).store(stores.intentStore())
                .idempotencyStore(stores.idempotencyStore()).customerStore(stores.customerStore())
                .paymentMethodStore(stores.paymentMethodStore()).setupIntentStore(stores.setupIntentStore());
        return (sink == null ? builder : builder.subscriber("webhooks", sink)).build();
    }

    /** Two nodes on a new schema: A delivers the subscriber (it holds the lease from the start), B commits. */
    private final class Nodes implements AutoCloseable {
        final String schema = TestDatabase.freshSchema("notify");
        final PostgresStores a = PostgresStores.create(TestDatabase.pool(), schema);
        final PostgresStores b = PostgresStores.create(TestDatabase.pool(), schema);
        final Sink sink = new Sink();
        final PaymentEngine onA;
        final PaymentEngine onB;

        Nodes() {
            a.migrate();
            onA = engine(a, sink);
            onB = engine(b, null);
            onA.processDue();
        }

        /** Both nodes notify, and A has delivered B's first intent: A listens. */
        String notifyingBothDelivered() throws InterruptedException {
            a.notifyCommits();
            b.notifyCommits();
            String first = createdOnB();
            assertThat(sink.next()).isEqualTo(first);
            return first;
        }

        String createdOnB() {
            return onB.create(CreateParams.builder(500, "usd").build()).id().value();
        }

        @Override
        public void close() {
            a.close();
            b.close();
        }
    }

    @Test
    void notifyCommits_anotherNodeCommits_deliversItWithNothingRunOnThisNode() throws Exception {
        try (Nodes nodes = new Nodes()) {
            nodes.notifyingBothDelivered();
            String second = nodes.createdOnB();
            assertThat(nodes.sink.next()).isEqualTo(second);
            // the customers' log wakes its own delivery
            String customer = nodes.onB.execute(new CustomerRequest.Create(CustomerParams.none()), RequestOptions.none())
                    .body().id().value();
            assertThat(nodes.sink.customers.poll(30, TimeUnit.SECONDS)).isEqualTo(customer);
        }
    }

    @Test
    void withoutNotifications_anotherNodesCommit_waitsForThisNodesProcessDue() throws Exception {
        try (Nodes nodes = new Nodes()) {
            String created = nodes.createdOnB();
            assertThat(nodes.sink.created).as("nothing on A has read the log yet").isEmpty();
            nodes.onA.processDue();
            assertThat(nodes.sink.created).containsExactly(created);
        }
    }

    @Test
    void notifyCommits_listeningConnectionLost_listensAgainAndCatchesUp() throws Exception {
        try (Nodes nodes = new Nodes()) {
            nodes.notifyingBothDelivered();
            // A has listened (it delivered); what B commits next reaches A only once A listens again: by
            // B's notification then, or by A's catching up as it listens again
            assertThat(terminateListeners(nodes.schema)).isGreaterThanOrEqualTo(1);
            String after = nodes.createdOnB();
            assertThat(nodes.sink.next()).isEqualTo(after);
        }
    }

    /** Ends the database sessions listening for this schema's commits; returns how many. */
    private static int terminateListeners(String schema) throws SQLException {
        try (Connection c = TestDatabase.pool().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE query = 'LISTEN \"paystate_" + schema + "\"'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
