package io.paystate.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.AccountId;
import io.paystate.model.Customer;
import io.paystate.model.CustomerEvent;
import io.paystate.model.CustomerEventType;
import io.paystate.model.CustomerId;
import io.paystate.model.EventId;
import io.paystate.model.EventType;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodEvent;
import io.paystate.model.PaymentMethodEventType;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.PaymentMethodUsage;
import io.paystate.spi.Commit;
import io.paystate.spi.CustomerCommit;
import io.paystate.spi.CustomerStore;
import io.paystate.spi.LoggedCustomerEvent;
import io.paystate.spi.LoggedEvent;
import io.paystate.spi.LoggedPaymentMethodEvent;
import io.paystate.spi.PaymentMethodCommit;
import io.paystate.spi.PaymentMethodStore;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredCustomer;
import io.paystate.spi.StoredIntent;
import io.paystate.spi.StoredPaymentMethod;
import io.paystate.testkit.tck.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The customers' and payment methods' logs under concurrent commits: each log has positions of its
 * own, dense from 1, every read is a prefix, and a commit that wrote nothing gave no position away.
 */
final class ObjectLogsTest {
    private static final AccountId ACCOUNT = AccountId.of("acct_logs");
    private static final long T0 = 1_767_225_600L;
    private static final int PER_WRITER = 40;

    private static CustomerEvent customerEvent(AccountId account, Customer c, CustomerEventType type, long sequence) {
        return new CustomerEvent(EventId.of("evt_" + c.id().value() + "_" + sequence), type,
                Instant.ofEpochSecond(T0), account, c, sequence, "req_" + sequence, null);
    }

    private static StoredCustomer createAndUpdate(CustomerStore store, String id) {
        Customer c = new Customer(CustomerId.of(id), Instant.ofEpochSecond(T0), null, null, null, Map.of(), null, false);
        StoredCustomer stored = store.commit(new CustomerCommit(new StoredCustomer(ACCOUNT, c, 0, 0, 1),
                List.of(customerEvent(ACCOUNT, c, CustomerEventType.CUSTOMER_CREATED, 1))));
        Customer changed = new Customer(c.id(), c.created(), id + "@example.com", null, null, Map.of(), null, false);
        return store.commit(new CustomerCommit(stored.with(changed, 2),
                List.of(customerEvent(ACCOUNT, changed, CustomerEventType.CUSTOMER_UPDATED, 2))));
    }

    private static void createAndAttach(PaymentMethodStore store, String id) {
        PaymentMethod pm = new PaymentMethod(PaymentMethodId.of(id), "card", Instant.ofEpochSecond(T0), null, "visa",
                "4242", Map.of(), PaymentMethodUsage.NEW);
        StoredPaymentMethod stored = store.commit(new PaymentMethodCommit(new StoredPaymentMethod(ACCOUNT, pm, 0, 0, 0),
                List.of()));
        PaymentMethod attached = pm.with(CustomerId.of("cus_logs"), PaymentMethodUsage.ATTACHED);
        PaymentMethod detached = pm.with(null, PaymentMethodUsage.DETACHED);
        store.commit(new PaymentMethodCommit(stored.with(detached, 2), List.of(
                new PaymentMethodEvent(EventId.of("evt_" + id + "_1"), PaymentMethodEventType.PAYMENT_METHOD_ATTACHED,
                        Instant.ofEpochSecond(T0), ACCOUNT, attached, 1, null, null),
                new PaymentMethodEvent(EventId.of("evt_" + id + "_2"), PaymentMethodEventType.PAYMENT_METHOD_DETACHED,
                        Instant.ofEpochSecond(T0), ACCOUNT, detached, 2, null, null))));
    }

    private static void createIntent(PostgresStores stores, String id) {
        StoredIntent candidate = Fixtures.withEventSequence(Fixtures.newIntent(ACCOUNT, id, T0, null, 1000), 1);
        PaymentEvent created = Fixtures.event(candidate, 1, EventType.PAYMENT_INTENT_CREATED, T0);
        stores.intentStore().commit(new Commit(candidate, List.of(created)));
    }

    @Test
    void readLog_concurrentCommitsOfAllThreeKinds_eachLogDenseAndEveryReadAPrefix() throws Exception {
        PostgresStores stores = TestDatabase.freshStores("logs");
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            done.add(writers.submit(() -> {
                for (int i = 0; i < PER_WRITER; i++) {
                    createAndUpdate(stores.customerStore(), "cus_" + writer + "_" + i);
                }
            }));
        }
        done.add(writers.submit(() -> {
            for (int i = 0; i < PER_WRITER; i++) {
                createAndAttach(stores.paymentMethodStore(), "pm_" + i);
            }
        }));
        done.add(writers.submit(() -> {
            for (int i = 0; i < PER_WRITER; i++) {
                createIntent(stores, "pi_logs_" + i);
            }
        }));
        int customerEvents = 2 * 2 * PER_WRITER;
        long read = 0;
        Set<String> ids = new HashSet<>();
        // reads while the writers commit: every batch must continue exactly where the last one ended
        while (read < customerEvents) {
            // checked before the read: a read after every writer finished sees every commit
            boolean finished = done.stream().allMatch(Future::isDone);
            List<LoggedCustomerEvent> batch = stores.customerStore().readLog(read, 7);
            for (LoggedCustomerEvent e : batch) {
                assertThat(e.position()).isEqualTo(++read);
                assertThat(ids.add(e.event().id().value())).isTrue();
            }
            if (batch.isEmpty() && finished) {
                break;
            }
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        writers.shutdown();
        assertThat(read).isEqualTo(customerEvents);
        assertThat(stores.customerStore().readLog(read, 10)).isEmpty();

        List<PaymentMethodEvent> methodEvents = stores.paymentMethodStore().readLog(0, 1000).stream().map(LoggedPaymentMethodEvent::event).toList();
        assertThat(methodEvents).hasSize(2 * PER_WRITER);
        Map<PaymentMethodId, Long> lastSequence = new HashMap<>();
        for (PaymentMethodEvent e : methodEvents) {
            long previous = lastSequence.getOrDefault(e.paymentMethod().id(), 0L);
            assertThat(e.sequence()).isEqualTo(previous + 1);
            lastSequence.put(e.paymentMethod().id(), e.sequence());
        }
        assertThat(stores.paymentMethodStore().readLog(PER_WRITER, 1000).stream().map(LoggedPaymentMethodEvent::event).toList()).containsExactlyElementsOf(
                methodEvents.subList(PER_WRITER, methodEvents.size()));
        assertThat(stores.intentStore().readLog(0, 1000)).extracting(LoggedEvent::position)
                .hasSize(PER_WRITER).endsWith((long) PER_WRITER);
    }

    @Test
    void commit_lostInsertWithEvents_givesNoPositionAway() {
        CustomerStore store = TestDatabase.freshStores("logs").customerStore();
        createAndUpdate(store, "cus_a");
        Customer again = new Customer(CustomerId.of("cus_a"), Instant.ofEpochSecond(T0), null, null, null, Map.of(),
                null, false);
        AccountId other = AccountId.of("acct_other");
        assertThatThrownBy(() -> store.commit(new CustomerCommit(new StoredCustomer(other, again, 0, 0, 1),
                List.of(customerEvent(other, again, CustomerEventType.CUSTOMER_CREATED, 1)))))
                .isInstanceOf(StoreConflictException.class);
        createAndUpdate(store, "cus_b");
        assertThat(store.readLog(0, 10)).extracting(LoggedCustomerEvent::position).containsExactly(1L, 2L, 3L, 4L);
        assertThat(store.findEvent(other, EventId.of("evt_cus_a_1"))).isEmpty();
    }

    @Test
    void readLog_negativePositionOrNoLimit_isRejected() {
        PostgresStores stores = TestDatabase.freshStores("logs");
        assertThatThrownBy(() -> stores.customerStore().readLog(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stores.paymentMethodStore().readLog(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
