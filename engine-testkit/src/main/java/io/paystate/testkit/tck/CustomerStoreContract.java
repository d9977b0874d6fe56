package io.paystate.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.AccountId;
import io.paystate.model.Customer;
import io.paystate.model.CustomerEvent;
import io.paystate.model.CustomerEventType;
import io.paystate.model.CustomerId;
import io.paystate.model.EventId;
import io.paystate.model.PaymentMethodId;
import io.paystate.spi.CustomerCommit;
import io.paystate.spi.CustomerFilter;
import io.paystate.spi.CustomerFilter.TextField;
import io.paystate.spi.IntentFilter.Comparison;
import io.paystate.spi.CustomerPage;
import io.paystate.spi.CustomerQuery;
import io.paystate.spi.CustomerStore;
import io.paystate.spi.LoggedCustomerEvent;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredCustomer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CustomerStore} (TCK): extend it with {@link #createStore()} returning an
 * empty store, and every test here must pass. Covers: every component handed back unchanged;
 * versions and compare-and-set writes (stale versions conflict and change nothing); ordinals
 * increasing across accounts; ids unique across accounts; queries (newest first, both cursors,
 * {@code has_more} counting only matching customers, the email filter, deleted customers left out,
 * account isolation); search filters (every {@link CustomerFilter} leaf and junction answering as
 * {@link CustomerFilter#matches} does, with cursors, never a deleted customer); the event log (atomic with the state, consecutive positions, events by id
 * per account). Each test gets a fresh store.
 */
public abstract class CustomerStoreContract {
    /** The account most tests use. */
    protected static final AccountId ACCOUNT = AccountId.of("acct_tck");
    /** Another account, for isolation tests. */
    protected static final AccountId OTHER = AccountId.of("acct_other");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** The store under test, fresh for each test. */
    protected CustomerStore store;

    /**
     * Returns a new, empty store.
     *
     * @return a new, empty store
     */
    protected abstract CustomerStore createStore();

    @BeforeEach
    void setUpStore() {
        store = createStore();
    }

    private static Customer customer(String id, long created, @Nullable String email) {
        return new Customer(CustomerId.of(id), T0.plusSeconds(created), email, "Jenny Rosen", "a customer",
                Map.of("order", "42"), PaymentMethodId.of("pm_card_visa"), false);
    }

    private static CustomerEvent event(AccountId account, Customer c, CustomerEventType type, long sequence) {
        return new CustomerEvent(EventId.of("evt_" + c.id().value() + "_" + sequence), type, c.created(), account, c,
                sequence, "req_1", null);
    }

    private StoredCustomer insert(AccountId account, String id, long created, @Nullable String email) {
        Customer c = customer(id, created, email);
        return store.commit(new CustomerCommit(new StoredCustomer(account, c, 0, 0, 1),
                List.of(event(account, c, CustomerEventType.CUSTOMER_CREATED, 1))));
    }

    private StoredCustomer update(StoredCustomer at, Customer changed, CustomerEventType type) {
        long sequence = at.eventSequence() + 1;
        return store.commit(new CustomerCommit(at.with(changed, sequence),
                List.of(event(at.account(), changed, type, sequence))));
    }

    private static List<String> ids(CustomerPage page) {
        return page.items().stream().map(s -> s.customer().id().value()).toList();
    }

    @Test
    void insert_newCustomer_isFoundUnchangedAtVersionOne() {
        StoredCustomer a = insert(ACCOUNT, "cus_a", 0, "a@example.com");
        StoredCustomer b = insert(OTHER, "cus_b", 0, null);
        assertThat(a.version()).isEqualTo(1);
        assertThat(b.ordinal()).isGreaterThan(a.ordinal());
        assertThat(store.find(ACCOUNT, CustomerId.of("cus_a"))).contains(a);
        assertThat(a.customer()).isEqualTo(customer("cus_a", 0, "a@example.com"));
        assertThat(store.find(OTHER, CustomerId.of("cus_a"))).isEmpty();
    }

    @Test
    void insert_existingIdInAnyAccount_conflictsAndWritesNothing() {
        insert(ACCOUNT, "cus_a", 0, null);
        assertThatThrownBy(() -> insert(OTHER, "cus_a", 0, null)).isInstanceOf(StoreConflictException.class);
        assertThat(store.readLog(0, 10)).hasSize(1);
    }

    @Test
    void update_currentVersion_storesNextVersionKeepingOrdinal() {
        StoredCustomer a = insert(ACCOUNT, "cus_a", 0, null);
        Customer changed = customer("cus_a", 0, "new@example.com");
        StoredCustomer b = update(a, changed, CustomerEventType.CUSTOMER_UPDATED);
        assertThat(b.version()).isEqualTo(2);
        assertThat(b.ordinal()).isEqualTo(a.ordinal());
        assertThat(b.eventSequence()).isEqualTo(2);
        assertThat(store.find(ACCOUNT, changed.id())).contains(b);
    }

    @Test
    void update_staleVersion_conflictsAndWritesNothing() {
        StoredCustomer a = insert(ACCOUNT, "cus_a", 0, null);
        StoredCustomer b = update(a, customer("cus_a", 0, "x@example.com"), CustomerEventType.CUSTOMER_UPDATED);
        assertThatThrownBy(() -> update(a, customer("cus_a", 0, "y@example.com"), CustomerEventType.CUSTOMER_UPDATED))
                .isInstanceOf(StoreConflictException.class);
        assertThat(store.find(ACCOUNT, CustomerId.of("cus_a"))).contains(b);
        assertThat(store.readLog(0, 10)).hasSize(2);
    }

    @Test
    void update_unknownCustomer_conflicts() {
        Customer c = customer("cus_x", 0, null);
        assertThatThrownBy(() -> store.commit(new CustomerCommit(new StoredCustomer(ACCOUNT, c, 3, 1, 0), List.of())))
                .isInstanceOf(StoreConflictException.class);
    }

    @Test
    void query_newestFirst_withBothCursorsAndHasMore() {
        for (int i = 0; i < 5; i++) {
            insert(ACCOUNT, "cus_" + i, i / 2, null);
        }
        insert(OTHER, "cus_other", 9, null);
        CustomerPage first = store.query(ACCOUNT, new CustomerQuery(null, null, null, 2));
        assertThat(ids(first)).containsExactly("cus_4", "cus_3");
        assertThat(first.hasMore()).isTrue();
        StoredCustomer last = first.items().get(1);
        CustomerPage next = store.query(ACCOUNT, new CustomerQuery(null, CustomerQuery.positionOf(last), null, 10));
        assertThat(ids(next)).containsExactly("cus_2", "cus_1", "cus_0");
        assertThat(next.hasMore()).isFalse();
        StoredCustomer oldest = next.items().get(2);
        CustomerPage back = store.query(ACCOUNT, new CustomerQuery(null, null, CustomerQuery.positionOf(oldest), 2));
        assertThat(ids(back)).containsExactly("cus_2", "cus_1");
        assertThat(back.hasMore()).isTrue();
    }

    @Test
    void query_byEmail_matchesExactlyAndCountsOnlyMatches() {
        insert(ACCOUNT, "cus_a", 0, "a@example.com");
        insert(ACCOUNT, "cus_b", 1, "b@example.com");
        insert(ACCOUNT, "cus_c", 2, "a@example.com");
        CustomerPage page = store.query(ACCOUNT, new CustomerQuery("a@example.com", null, null, 1));
        assertThat(ids(page)).containsExactly("cus_c");
        assertThat(page.hasMore()).isTrue();
        assertThat(ids(store.query(ACCOUNT, new CustomerQuery("A@example.com", null, null, 10)))).isEmpty();
    }

    @Test
    void query_deletedCustomer_isLeftOutButStillFound() {
        StoredCustomer a = insert(ACCOUNT, "cus_a", 0, null);
        insert(ACCOUNT, "cus_b", 1, null);
        StoredCustomer deleted = update(a, a.customer().asDeleted(), CustomerEventType.CUSTOMER_DELETED);
        assertThat(ids(store.query(ACCOUNT, new CustomerQuery(null, null, null, 10)))).containsExactly("cus_b");
        assertThat(store.find(ACCOUNT, CustomerId.of("cus_a"))).contains(deleted);
    }

    @Test
    void readLog_events_haveConsecutivePositionsInCommitOrder() {
        StoredCustomer a = insert(ACCOUNT, "cus_a", 0, null);
        insert(OTHER, "cus_b", 0, null);
        update(a, customer("cus_a", 0, "z@example.com"), CustomerEventType.CUSTOMER_UPDATED);
        List<LoggedCustomerEvent> log = store.readLog(0, 10);
        assertThat(log).extracting(LoggedCustomerEvent::position).containsExactly(1L, 2L, 3L);
        assertThat(log).extracting(e -> e.event().id().value())
                .containsExactly("evt_cus_a_1", "evt_cus_b_1", "evt_cus_a_2");
        assertThat(store.readLog(1, 1)).extracting(LoggedCustomerEvent::position).containsExactly(2L);
        assertThat(store.readLog(3, 10)).isEmpty();
    }

    @Test
    void findEvent_byId_isScopedToItsAccount() {
        insert(ACCOUNT, "cus_a", 0, null);
        EventId id = EventId.of("evt_cus_a_1");
        assertThat(store.findEvent(ACCOUNT, id)).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(CustomerEventType.CUSTOMER_CREATED);
            assertThat(e.sequence()).isEqualTo(1);
            assertThat(e.requestId()).isEqualTo("req_1");
        });
        assertThat(store.findEvent(OTHER, id)).isEmpty();
    }

    @Test
    void deliveredPosition_startsAtZeroAndOnlyGrowsPerSubscriber() {
        ObjectEventQueryChecks.checkPositions(store::deliveredPosition, store::saveDeliveredPosition);
    }

    @Test
    void queryEvents_accountsEvents_newestFirstWithCursorsTypesObjectAndCreated() {
        StoredCustomer a = insert(ACCOUNT, "cus_a", 0, null);
        insert(ACCOUNT, "cus_c", 5, null);
        update(a, customer("cus_a", 0, "z@example.com"), CustomerEventType.CUSTOMER_UPDATED);
        insert(OTHER, "cus_b", 0, null);
        ObjectEventQueryChecks.check(store::queryEvents, ACCOUNT, OTHER,
                List.of("evt_cus_a_2", "evt_cus_c_1", "evt_cus_a_1"), "customer.updated", "cus_a", "evt_cus_b_1");
    }

    @Test
    void deleteEventsBefore_oldestEvents_goAsAPrefixInBatches() {
        insert(ACCOUNT, "cus_a", 0, null);
        insert(OTHER, "cus_b", 5, null);
        insert(ACCOUNT, "cus_c", 10, null);
        ObjectEventQueryChecks.checkRetention(new ObjectEventQueryChecks.RetainedLog(store::deleteEventsBefore,
                after -> store.readLog(after, 10).stream().map(LoggedCustomerEvent::position).toList(),
                id -> store.findEvent(ACCOUNT, EventId.of(id)).isPresent()
                        || store.findEvent(OTHER, EventId.of(id)).isPresent()),
                T0.plusSeconds(10), List.of("evt_cus_a_1", "evt_cus_b_1", "evt_cus_c_1"));
    }

    private StoredCustomer insertFor(String id, long created, @Nullable String email, @Nullable String name,
            Map<String, String> metadata) {
        Customer c = new Customer(CustomerId.of(id), T0.plusSeconds(created), email, name, null, metadata, null, false);
        return store.commit(new CustomerCommit(new StoredCustomer(ACCOUNT, c, 0, 0, 1),
                List.of(event(ACCOUNT, c, CustomerEventType.CUSTOMER_CREATED, 1))));
    }

    @Test
    void search_everyFilter_answersAsMatchesSays_newestFirst() {
        List<Customer> all = List.of(
                insertFor("cus_s1", 0, "Jenny.Rosen@Example.com", "Jenny Rosen", Map.of("tier", "gold")),
                insertFor("cus_s2", 1, "max@example.org", "Max Mustermann", Map.of("tier", "silver", "vip", "yes")),
                insertFor("cus_s3", 2, null, "100%_off Shop", Map.of()),
                insertFor("cus_s4", 3, "jenny@example.com", null, Map.of("tier", "Gold")),
                insertFor("cus_s5", 4, "o'hara@example.com", "O'Hara \\ \"Q\"", Map.of("k", "a'b"))).stream()
                .map(StoredCustomer::customer).toList();
        insert(OTHER, "cus_other", 5, "jenny@example.com");
        long t0 = T0.getEpochSecond();
        List<CustomerFilter> filters = List.of(CustomerFilter.all(),
                new CustomerFilter.TextEquals(TextField.EMAIL, "JENNY@example.COM"),
                new CustomerFilter.TextEquals(TextField.EMAIL, null),
                new CustomerFilter.TextEquals(TextField.NAME, "jenny rosen"),
                new CustomerFilter.TextEquals(TextField.NAME, null),
                new CustomerFilter.TextContains(TextField.EMAIL, "EXAMPLE.COM"),
                new CustomerFilter.TextContains(TextField.NAME, "%_o"),
                new CustomerFilter.TextContains(TextField.NAME, "\\ \"q"),
                new CustomerFilter.TextContains(TextField.EMAIL, "'ha"),
                new CustomerFilter.CreatedCompare(Comparison.EQ, t0 + 1),
                new CustomerFilter.CreatedCompare(Comparison.GT, t0 + 1),
                new CustomerFilter.CreatedCompare(Comparison.GTE, t0 + 1),
                new CustomerFilter.CreatedCompare(Comparison.LT, t0 + 3),
                new CustomerFilter.CreatedCompare(Comparison.LTE, t0 + 3),
                new CustomerFilter.MetadataEquals("tier", "gold"),
                new CustomerFilter.MetadataEquals("tier", null),
                new CustomerFilter.MetadataEquals("k", "a'b"),
                new CustomerFilter.Not(new CustomerFilter.TextContains(TextField.NAME, "jenny")),
                new CustomerFilter.Not(new CustomerFilter.TextEquals(TextField.EMAIL, null)),
                new CustomerFilter.And(List.of(new CustomerFilter.TextContains(TextField.EMAIL, "jenny"),
                        new CustomerFilter.MetadataEquals("tier", "Gold"))),
                new CustomerFilter.Or(List.of(new CustomerFilter.MetadataEquals("vip", "yes"),
                        new CustomerFilter.TextEquals(TextField.NAME, null))),
                new CustomerFilter.Or(List.of()),
                new CustomerFilter.And(List.of()));
        for (CustomerFilter filter : filters) {
            List<String> expected = all.stream().filter(filter::matches).map(c -> c.id().value())
                    .sorted(java.util.Comparator.reverseOrder()).toList();
            assertThat(ids(store.query(ACCOUNT, CustomerQuery.search(filter, null, 10)))).as(filter.toString())
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void search_pages_followTheCursorAndCountOnlyMatches() {
        for (int i = 0; i < 6; i++) {
            insertFor("cus_p" + i, i, i % 2 == 0 ? "even" + i + "@example.com" : "odd" + i + "@example.com", null,
                    Map.of());
        }
        CustomerFilter even = new CustomerFilter.TextContains(TextField.EMAIL, "even");
        CustomerPage first = store.query(ACCOUNT, CustomerQuery.search(even, null, 2));
        assertThat(ids(first)).containsExactly("cus_p4", "cus_p2");
        assertThat(first.hasMore()).isTrue();
        CustomerPage rest = store.query(ACCOUNT, CustomerQuery.search(even,
                CustomerQuery.positionOf(first.items().get(1)), 2));
        assertThat(ids(rest)).containsExactly("cus_p0");
        assertThat(rest.hasMore()).isFalse();
    }

    @Test
    void search_deletedCustomer_neverMatchesEvenANegatedOrAbsenceFilter() {
        StoredCustomer gone = insertFor("cus_gone", 0, "gone@example.com", "Gone", Map.of("k", "v"));
        insertFor("cus_here", 1, "here@example.com", "Here", Map.of("k", "v"));
        update(gone, gone.customer().asDeleted(), CustomerEventType.CUSTOMER_DELETED);
        for (CustomerFilter filter : List.of(CustomerFilter.all(), new CustomerFilter.TextEquals(TextField.EMAIL, null),
                new CustomerFilter.MetadataEquals("k", null),
                new CustomerFilter.Not(new CustomerFilter.MetadataEquals("k", "v")),
                new CustomerFilter.TextEquals(TextField.EMAIL, "gone@example.com"))) {
            assertThat(ids(store.query(ACCOUNT, CustomerQuery.search(filter, null, 10)))).as(filter.toString())
                    .doesNotContain("cus_gone");
        }
    }

    @Test
    void search_phone_exactSubstringAndAbsent() {
        Customer phoned = new Customer(CustomerId.of("cus_phone"), T0, null, "P", null, Map.of(), null, false,
                "+49 30 1234");
        store.commit(new CustomerCommit(new StoredCustomer(ACCOUNT, phoned, 0, 0, 1),
                List.of(event(ACCOUNT, phoned, CustomerEventType.CUSTOMER_CREATED, 1))));
        insert(ACCOUNT, "cus_none", 1, null);
        assertThat(store.find(ACCOUNT, phoned.id()).map(StoredCustomer::customer)).contains(phoned);
        assertThat(ids(store.query(ACCOUNT, CustomerQuery.search(
                new CustomerFilter.TextEquals(TextField.PHONE, "+49 30 1234"), null, 10)))).containsExactly("cus_phone");
        assertThat(ids(store.query(ACCOUNT, CustomerQuery.search(
                new CustomerFilter.TextContains(TextField.PHONE, "30 1"), null, 10)))).containsExactly("cus_phone");
        assertThat(ids(store.query(ACCOUNT, CustomerQuery.search(
                new CustomerFilter.TextEquals(TextField.PHONE, null), null, 10)))).containsExactly("cus_none");
    }
}
