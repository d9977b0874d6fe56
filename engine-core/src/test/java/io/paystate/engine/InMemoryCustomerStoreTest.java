package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.AccountId;
import io.paystate.model.Customer;
import io.paystate.model.CustomerEvent;
import io.paystate.model.CustomerEventType;
import io.paystate.model.CustomerId;
import io.paystate.model.EventId;
import io.paystate.spi.CustomerCommit;
import io.paystate.spi.CustomerPage;
import io.paystate.spi.CustomerQuery;
import io.paystate.spi.CustomerStore;
import io.paystate.spi.LoggedCustomerEvent;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredCustomer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class InMemoryCustomerStoreTest {
    private static final AccountId A = AccountId.DEFAULT;
    private static final AccountId B = AccountId.of("acct_b");
    private final InMemoryCustomerStore store = new InMemoryCustomerStore();

    private StoredCustomer insert(AccountId account, String id, long created, String email) {
        Customer c = new Customer(CustomerId.of(id), Instant.ofEpochSecond(created), email, null, null, Map.of(),
                null, false);
        return store.commit(new CustomerCommit(new StoredCustomer(account, c, 0, 0, 1), List.of(new CustomerEvent(
                EventId.of("evt_" + id), CustomerEventType.CUSTOMER_CREATED, c.created(), account, c, 1, null, null))));
    }

    private List<String> ids(CustomerPage page) {
        return page.items().stream().map(c -> c.customer().id().value()).toList();
    }

    @Test
    void commit_conflicts_writeNothing() {
        StoredCustomer a = insert(A, "cus_a", 1, "a@example.com");
        assertThatThrownBy(() -> insert(B, "cus_a", 1, "x@example.com")).isInstanceOf(StoreConflictException.class);
        StoredCustomer otherAccount = new StoredCustomer(B, a.customer(), 1, a.ordinal(), 1);
        assertThatThrownBy(() -> store.commit(new CustomerCommit(otherAccount, List.of())))
                .isInstanceOf(StoreConflictException.class);
        StoredCustomer stale = new StoredCustomer(A, a.customer(), 7, a.ordinal(), 1);
        assertThatThrownBy(() -> store.commit(new CustomerCommit(stale, List.of())))
                .isInstanceOf(StoreConflictException.class);
        assertThat(store.find(A, a.customer().id())).contains(a);
        assertThat(store.find(B, a.customer().id())).isEmpty();
        assertThat(store.readLog(0, 10)).hasSize(1);
    }

    @Test
    void query_filtersAndCursors_skipOthers() {
        insert(A, "cus_1", 1, "x@example.com");
        StoredCustomer two = insert(A, "cus_2", 2, "y@example.com");
        insert(A, "cus_3", 3, "x@example.com");
        assertThat(ids(store.query(B, new CustomerQuery(null, null, null, 10)))).isEmpty();
        assertThat(ids(store.query(A, new CustomerQuery("x@example.com", CustomerQuery.positionOf(two), null, 10))))
                .containsExactly("cus_1");
        CustomerPage before = store.query(A, new CustomerQuery("x@example.com", null, CustomerQuery.positionOf(two), 1));
        assertThat(ids(before)).containsExactly("cus_3");
        assertThat(before.hasMore()).isFalse();
    }

    @Test
    void findEventAndReadLog_checkTheirArguments() {
        insert(A, "cus_1", 1, "x@example.com");
        assertThat(store.findEvent(A, EventId.of("evt_cus_1"))).isPresent();
        assertThat(store.findEvent(B, EventId.of("evt_cus_1"))).isEmpty();
        assertThat(store.findEvent(A, EventId.of("evt_none"))).isEmpty();
        assertThat(store.readLog(0, 1)).extracting(LoggedCustomerEvent::position).containsExactly(1L);
        assertThatThrownBy(() -> store.readLog(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.readLog(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commit_eventOutOfSequence_isRefusedByTheCommit() {
        Customer c = new Customer(CustomerId.of("cus_x"), Instant.EPOCH, null, null, null, Map.of(), null, false);
        CustomerEvent event = new CustomerEvent(EventId.of("evt_x"), CustomerEventType.CUSTOMER_CREATED, Instant.EPOCH,
                A, c, 2, null, null);
        assertThatThrownBy(() -> new CustomerCommit(new StoredCustomer(A, c, 0, 0, 1), List.of(event)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CustomerCommit(new StoredCustomer(B, c, 0, 0, 2), List.of(event)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void engineUpdate_lostRace_retriesOnFreshStateThenGivesUp() {
        AtomicInteger conflicts = new AtomicInteger(1);
        CustomerStore racing = new CustomerStore() {
            @Override
            public Optional<StoredCustomer> find(AccountId account, CustomerId id) {
                return store.find(account, id);
            }

            @Override
            public StoredCustomer commit(CustomerCommit commit) {
                if (!commit.isInsert() && conflicts.getAndDecrement() > 0) {
                    throw new StoreConflictException("raced");
                }
                return store.commit(commit);
            }

            @Override
            public CustomerPage query(AccountId account, CustomerQuery query) {
                return store.query(account, query);
            }

            @Override
            public Optional<CustomerEvent> findEvent(AccountId account, EventId id) {
                return store.findEvent(account, id);
            }

            @Override
            public List<LoggedCustomerEvent> readLog(long afterPosition, int limit) {
                return store.readLog(afterPosition, limit);
            }

            @Override
            public io.paystate.spi.ObjectEventPage<CustomerEvent> queryEvents(AccountId account,
                    io.paystate.spi.ObjectEventQuery query) {
                return store.queryEvents(account, query);
            }

            @Override
            public int deleteEventsBefore(java.time.Instant cutoff, int limit) {
                return store.deleteEventsBefore(cutoff, limit);
            }

            @Override
            public long deliveredPosition(String subscriber) {
                return store.deliveredPosition(subscriber);
            }

            @Override
            public void saveDeliveredPosition(String subscriber, long position) {
                store.saveDeliveredPosition(subscriber, position);
            }
        };
        PaymentEngine engine = PaymentEngine.builder().customerStore(racing).build();
        Customer c = engine.execute(new CustomerRequest.Create(CustomerParams.none()), RequestOptions.none()).body();
        Customer u = engine.execute(new CustomerRequest.Update(c.id(), CustomerParams.builder().name("n").build()),
                RequestOptions.none()).body();
        assertThat(u.name()).isEqualTo("n");
        conflicts.set(100);
        assertThatThrownBy(() -> engine.execute(new CustomerRequest.Update(c.id(), CustomerParams.builder().name("m")
                .build()), RequestOptions.none())).isInstanceOfSatisfying(PaymentEngineException.class,
                        e -> assertThat(e.httpStatus()).isEqualTo(500));
    }
}
