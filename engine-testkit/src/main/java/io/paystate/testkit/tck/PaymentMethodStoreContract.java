package io.paystate.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.AccountId;
import io.paystate.model.CustomerId;
import io.paystate.model.EventId;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodEvent;
import io.paystate.model.PaymentMethodEventType;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.PaymentMethodUsage;
import io.paystate.model.SetupFutureUsage;
import io.paystate.spi.IntentQuery.Position;
import io.paystate.spi.LoggedPaymentMethodEvent;
import io.paystate.spi.PaymentMethodCommit;
import io.paystate.spi.PaymentMethodStore;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredPaymentMethod;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PaymentMethodStore} (TCK): extend it with {@link #createStore()} returning
 * an empty store. Covers: components handed back unchanged; versions and compare-and-set writes;
 * ids unique across accounts; a customer's attached methods newest first, by type, after a cursor,
 * per account; the event log in commit order with positions, events by id, delivered positions.
 */
public abstract class PaymentMethodStoreContract {
    /** The account most tests use. */
    protected static final AccountId ACCOUNT = AccountId.of("acct_tck");
    private static final AccountId OTHER = AccountId.of("acct_other");
    private static final CustomerId CUSTOMER = CustomerId.of("cus_tck");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** The store under test, fresh for each test. */
    protected PaymentMethodStore store;

    /**
     * Returns a new, empty store.
     *
     * @return a new, empty store
     */
    protected abstract PaymentMethodStore createStore();

    @BeforeEach
    void setUpStore() {
        store = createStore();
    }

    private static PaymentMethod pm(String id, long created, String type) {
        return new PaymentMethod(PaymentMethodId.of(id), type, T0.plusSeconds(created), null, "visa", "4242",
                Map.of("k", "v"), PaymentMethodUsage.NEW);
    }

    private StoredPaymentMethod insert(AccountId account, PaymentMethod pm) {
        return store.commit(new PaymentMethodCommit(new StoredPaymentMethod(account, pm, 0, 0, 0), List.of()));
    }

    private StoredPaymentMethod attach(StoredPaymentMethod s, CustomerId customer) {
        PaymentMethod changed = s.paymentMethod().with(customer, PaymentMethodUsage.ATTACHED);
        long sequence = s.eventSequence() + 1;
        return store.commit(new PaymentMethodCommit(s.with(changed, sequence), List.of(new PaymentMethodEvent(
                EventId.of("evt_" + changed.id().value() + "_" + sequence), PaymentMethodEventType.PAYMENT_METHOD_ATTACHED,
                T0, s.account(), changed, sequence, null, null))));
    }

    private static List<String> ids(List<StoredPaymentMethod> methods) {
        return methods.stream().map(s -> s.paymentMethod().id().value()).toList();
    }

    @Test
    void insertAndUpdate_versionsAndOrdinals_followCompareAndSet() {
        StoredPaymentMethod a = insert(ACCOUNT, pm("pm_a", 0, "card"));
        StoredPaymentMethod b = insert(ACCOUNT, pm("pm_b", 0, "card"));
        assertThat(a.version()).isEqualTo(1);
        assertThat(b.ordinal()).isGreaterThan(a.ordinal());
        assertThat(store.find(ACCOUNT, PaymentMethodId.of("pm_a"))).contains(a);
        assertThat(store.find(OTHER, PaymentMethodId.of("pm_a"))).isEmpty();
        StoredPaymentMethod attached = attach(a, CUSTOMER);
        assertThat(attached.version()).isEqualTo(2);
        assertThat(attached.ordinal()).isEqualTo(a.ordinal());
        assertThatThrownBy(() -> attach(a, CUSTOMER)).isInstanceOf(StoreConflictException.class);
        assertThatThrownBy(() -> insert(OTHER, pm("pm_a", 0, "card"))).isInstanceOf(StoreConflictException.class);
        assertThat(store.find(ACCOUNT, PaymentMethodId.of("pm_a"))).contains(attached);
        assertThat(store.readLog(0, 10)).hasSize(1);
    }

    @Test
    void attachedTo_customer_newestFirstByTypeAfterCursor() {
        StoredPaymentMethod one = attach(insert(ACCOUNT, pm("pm_1", 0, "card")), CUSTOMER);
        StoredPaymentMethod two = attach(insert(ACCOUNT, pm("pm_2", 0, "sepa_debit")), CUSTOMER);
        attach(insert(ACCOUNT, pm("pm_3", 1, "card")), CUSTOMER);
        insert(ACCOUNT, pm("pm_4", 2, "card"));
        attach(insert(OTHER, pm("pm_5", 3, "card")), CUSTOMER);
        assertThat(ids(store.attachedTo(ACCOUNT, CUSTOMER, null, null, 10))).containsExactly("pm_3", "pm_2", "pm_1");
        assertThat(ids(store.attachedTo(ACCOUNT, CUSTOMER, "card", null, 10))).containsExactly("pm_3", "pm_1");
        assertThat(ids(store.attachedTo(ACCOUNT, CUSTOMER, null, null, 1))).containsExactly("pm_3");
        Position after = new Position(two.paymentMethod().created().getEpochSecond(), two.ordinal());
        assertThat(ids(store.attachedTo(ACCOUNT, CUSTOMER, null, after, 10))).containsExactly("pm_1");
        assertThat(one.paymentMethod().customer()).isEqualTo(CUSTOMER);
    }

    @Test
    void readLog_events_inCommitOrderAfterAPosition() {
        attach(insert(ACCOUNT, pm("pm_1", 0, "card")), CUSTOMER);
        attach(insert(OTHER, pm("pm_2", 0, "card")), CUSTOMER);
        assertThat(store.readLog(0, 10)).extracting(LoggedPaymentMethodEvent::position).containsExactly(1L, 2L);
        assertThat(store.readLog(0, 10)).extracting(e -> e.event().paymentMethod().id().value())
                .containsExactly("pm_1", "pm_2");
        assertThat(store.readLog(1, 10)).extracting(e -> e.event().paymentMethod().id().value()).containsExactly("pm_2");
        assertThat(store.readLog(2, 10)).isEmpty();
        assertThat(store.readLog(0, 1)).hasSize(1);
    }

    @Test
    void findEvent_byId_isScopedToItsAccount() {
        attach(insert(ACCOUNT, pm("pm_1", 0, "card")), CUSTOMER);
        EventId id = EventId.of("evt_pm_1_1");
        assertThat(store.findEvent(ACCOUNT, id)).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(PaymentMethodEventType.PAYMENT_METHOD_ATTACHED);
            assertThat(e.paymentMethod().customer()).isEqualTo(CUSTOMER);
            assertThat(e.sequence()).isEqualTo(1);
        });
        assertThat(store.findEvent(OTHER, id)).isEmpty();
        assertThat(store.findEvent(ACCOUNT, EventId.of("evt_none"))).isEmpty();
    }

    @Test
    void deliveredPosition_startsAtZeroAndOnlyGrowsPerSubscriber() {
        ObjectEventQueryChecks.checkPositions(store::deliveredPosition, store::saveDeliveredPosition);
    }

    @Test
    void queryEvents_accountsEvents_newestFirstWithCursorsTypesObjectAndCreated() {
        StoredPaymentMethod one = attach(insert(ACCOUNT, pm("pm_1", 0, "card")), CUSTOMER);
        attach(insert(ACCOUNT, pm("pm_2", 5, "card")), CUSTOMER);
        PaymentMethod renamed = one.paymentMethod().setUp(SetupFutureUsage.OFF_SESSION);
        store.commit(new PaymentMethodCommit(one.with(renamed, 2), List.of(new PaymentMethodEvent(
                EventId.of("evt_pm_1_2"), PaymentMethodEventType.PAYMENT_METHOD_UPDATED, T0.plusSeconds(9), ACCOUNT,
                renamed, 2, null, null))));
        attach(insert(OTHER, pm("pm_5", 0, "card")), CUSTOMER);
        ObjectEventQueryChecks.check(store::queryEvents, ACCOUNT, OTHER,
                List.of("evt_pm_1_2", "evt_pm_2_1", "evt_pm_1_1"), "payment_method.updated", "pm_1", "evt_pm_5_1");
    }

    @Test
    void deleteEventsBefore_oldestEvents_goAsAPrefixInBatches() {
        StoredPaymentMethod one = attach(insert(ACCOUNT, pm("pm_1", 0, "card")), CUSTOMER);
        attach(insert(OTHER, pm("pm_2", 0, "card")), CUSTOMER);
        PaymentMethod setUp = one.paymentMethod().setUp(SetupFutureUsage.OFF_SESSION);
        store.commit(new PaymentMethodCommit(one.with(setUp, 2), List.of(new PaymentMethodEvent(
                EventId.of("evt_pm_1_2"), PaymentMethodEventType.PAYMENT_METHOD_UPDATED, T0.plusSeconds(10), ACCOUNT,
                setUp, 2, null, null))));
        ObjectEventQueryChecks.checkRetention(new ObjectEventQueryChecks.RetainedLog(store::deleteEventsBefore,
                after -> store.readLog(after, 10).stream().map(LoggedPaymentMethodEvent::position).toList(),
                id -> store.findEvent(ACCOUNT, EventId.of(id)).isPresent()
                        || store.findEvent(OTHER, EventId.of(id)).isPresent()),
                T0.plusSeconds(10), List.of("evt_pm_1_1", "evt_pm_2_1", "evt_pm_1_2"));
    }

    @Test
    void findInAnyAccount_storedMethod_isFoundWithItsAccount() {
        StoredPaymentMethod other = insert(OTHER, pm("pm_x", 0, "card"));
        assertThat(store.findInAnyAccount(PaymentMethodId.of("pm_x"))).contains(other)
                .hasValueSatisfying(s -> assertThat(s.account()).isEqualTo(OTHER));
        assertThat(store.find(ACCOUNT, PaymentMethodId.of("pm_x"))).isEmpty();
        assertThat(store.findInAnyAccount(PaymentMethodId.of("pm_none"))).isEmpty();
    }

    @Test
    void commit_everyUpdatableField_readsBackUnchanged() {
        PaymentMethod card = pm("pm_full", 0, "card").updated(Map.of("k", "w"), new io.paystate.model.BillingDetails(
                new io.paystate.model.Address("1 Main St", "Floor 2", "Berlin", "BE", "10115", "DE"),
                "jenny@example.com", "Jenny Rosen", "+49 30 1234"), new io.paystate.model.CardExpiry(3, 2031),
                io.paystate.model.AllowRedisplay.ALWAYS, null);
        PaymentMethod bank = pm("pm_bank", 0, "us_bank_account").updated(Map.of(),
                io.paystate.model.BillingDetails.NONE, null, io.paystate.model.AllowRedisplay.LIMITED,
                io.paystate.model.AccountHolderType.COMPANY);
        StoredPaymentMethod stored = insert(ACCOUNT, card);
        insert(ACCOUNT, bank);
        assertThat(store.find(ACCOUNT, card.id()).map(StoredPaymentMethod::paymentMethod)).contains(card);
        assertThat(store.find(ACCOUNT, bank.id()).map(StoredPaymentMethod::paymentMethod)).contains(bank);
        PaymentMethod changed = card.updated(Map.of(), io.paystate.model.BillingDetails.NONE,
                new io.paystate.model.CardExpiry(4, 2032), io.paystate.model.AllowRedisplay.UNSPECIFIED, null);
        store.commit(new PaymentMethodCommit(stored.with(changed, stored.eventSequence()), List.of()));
        assertThat(store.find(ACCOUNT, card.id()).map(StoredPaymentMethod::paymentMethod)).contains(changed);
    }
}
