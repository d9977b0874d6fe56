package io.paystate.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.AccountId;
import io.paystate.model.CustomerId;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.EventId;
import io.paystate.model.LastSetupError;
import io.paystate.model.NextAction;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentEvent;
import io.paystate.model.SetupIntentEventType;
import io.paystate.model.SetupIntentId;
import io.paystate.model.SetupIntentStatus;
import io.paystate.model.ThreeDSecureRequest;
import io.paystate.spi.LoggedSetupIntentEvent;
import io.paystate.spi.SetupIntentCommit;
import io.paystate.spi.SetupIntentPage;
import io.paystate.spi.SetupIntentQuery;
import io.paystate.spi.SetupIntentStore;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredSetupIntent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SetupIntentStore} (TCK): extend it with {@link #createStore()} returning an
 * empty store, and every test here must pass. Covers: every component handed back unchanged (the
 * engine's bookkeeping included); versions and compare-and-set writes (stale versions conflict and
 * change nothing); ordinals increasing across accounts; ids unique across accounts; queries (newest
 * first, both cursors, {@code has_more} counting only matching SetupIntents, the {@code customer},
 * {@code payment_method} and {@code created} filters, account isolation); the SetupIntents due for
 * settlement (earliest first, across accounts, none once settled); the event log (atomic with
 * the state, consecutive positions, gap-free per-SetupIntent sequences, events by id per account).
 * Each test gets a fresh store.
 */
public abstract class SetupIntentStoreContract {
    /** The account most tests use. */
    protected static final AccountId ACCOUNT = AccountId.of("acct_tck");
    /** Another account, for isolation tests. */
    protected static final AccountId OTHER = AccountId.of("acct_other");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** The store under test, fresh for each test. */
    protected SetupIntentStore store;

    /**
     * Returns a new, empty store.
     *
     * @return a new, empty store
     */
    protected abstract SetupIntentStore createStore();

    @BeforeEach
    void setUpStore() {
        store = createStore();
    }

    private static SetupIntent setupIntent(String id, long created, @Nullable String customer,
            @Nullable String paymentMethod) {
        SetupIntentId sid = SetupIntentId.of(id);
        return new SetupIntent(sid, id + "_secret_abc", paymentMethod == null ? SetupIntentStatus.REQUIRES_PAYMENT_METHOD
                : SetupIntentStatus.REQUIRES_CONFIRMATION, T0.plusSeconds(created),
                customer == null ? null : CustomerId.of(customer),
                paymentMethod == null ? null : PaymentMethodId.of(paymentMethod), SetupFutureUsage.OFF_SESSION,
                List.of("card"), "a setup", Map.of("order", "42"), null, null, null, null, ThreeDSecureRequest.AUTOMATIC);
    }

    private static SetupIntentEvent event(AccountId account, SetupIntent si, SetupIntentEventType type, long sequence) {
        return new SetupIntentEvent(EventId.of("evt_" + si.id().value() + "_" + sequence), type, si.created(), account,
                si, sequence, "req_1", "key_1");
    }

    private StoredSetupIntent insert(AccountId account, String id, long created, @Nullable String customer,
            @Nullable String paymentMethod) {
        SetupIntent si = setupIntent(id, created, customer, paymentMethod);
        return store.commit(new SetupIntentCommit(new StoredSetupIntent(account, si, 0, 0, 1, null, 0),
                List.of(event(account, si, SetupIntentEventType.SETUP_INTENT_CREATED, 1))));
    }

    private StoredSetupIntent update(StoredSetupIntent at, SetupIntent changed, SetupIntentEventType... types) {
        long sequence = at.eventSequence();
        List<SetupIntentEvent> events = new java.util.ArrayList<>();
        for (SetupIntentEventType type : types) {
            events.add(event(at.account(), changed, type, ++sequence));
        }
        return store.commit(new SetupIntentCommit(at.with(changed, sequence, null, 0), events));
    }

    private static SetupIntent requiringAction(SetupIntent si) {
        return new SetupIntent(si.id(), si.clientSecret(), SetupIntentStatus.REQUIRES_ACTION, si.created(),
                si.customer(), PaymentMethodId.of("pm_card_threeDSecure2Required"), si.usage(),
                si.paymentMethodTypes(), si.description(), si.metadata(), null,
                new NextAction.UseStripeSdk("three_d_secure_redirect", "https://hooks.stripe.test/3ds/x"), null,
                "setatt_1", si.requestThreeDSecure());
    }

    private static SetupIntent failed(SetupIntent si) {
        return new SetupIntent(si.id(), si.clientSecret(), SetupIntentStatus.REQUIRES_PAYMENT_METHOD, si.created(),
                si.customer(), null, si.usage(), si.paymentMethodTypes(), si.description(), si.metadata(),
                new LastSetupError(ErrorType.CARD_ERROR, ErrorCode.CARD_DECLINED, "generic_decline",
                        "Your card was declined.", PaymentMethodId.of("pm_card_visa_chargeDeclined"), "card", null),
                null, null, "setatt_2", si.requestThreeDSecure());
    }

    private static List<String> ids(SetupIntentPage page) {
        return page.items().stream().map(s -> s.setupIntent().id().value()).toList();
    }

    private static SetupIntentQuery all(int limit) {
        return new SetupIntentQuery(null, null, null, null, null, null, limit);
    }

    @Test
    void insert_newSetupIntent_isFoundUnchangedAtVersionOne() {
        StoredSetupIntent a = insert(ACCOUNT, "seti_a", 0, "cus_1", "pm_card_visa");
        StoredSetupIntent b = insert(OTHER, "seti_b", 0, null, null);
        assertThat(a.version()).isEqualTo(1);
        assertThat(a.eventSequence()).isEqualTo(1);
        assertThat(b.ordinal()).isGreaterThan(a.ordinal());
        assertThat(store.find(ACCOUNT, SetupIntentId.of("seti_a"))).contains(a);
        assertThat(a.setupIntent()).isEqualTo(setupIntent("seti_a", 0, "cus_1", "pm_card_visa"));
        assertThat(store.find(OTHER, SetupIntentId.of("seti_a"))).isEmpty();
    }

    @Test
    void insert_existingIdInAnyAccount_conflictsAndWritesNothing() {
        insert(ACCOUNT, "seti_a", 0, null, null);
        assertThatThrownBy(() -> insert(OTHER, "seti_a", 0, null, null)).isInstanceOf(StoreConflictException.class);
        assertThat(store.readLog(0, 10)).hasSize(1);
        assertThat(store.find(OTHER, SetupIntentId.of("seti_a"))).isEmpty();
    }

    @Test
    void update_currentVersion_storesNextVersionKeepingOrdinalAndBookkeeping() {
        StoredSetupIntent a = insert(ACCOUNT, "seti_a", 0, null, "pm_card_visa");
        SetupIntent changed = requiringAction(a.setupIntent());
        Instant settles = T0.plusSeconds(180);
        StoredSetupIntent b = store.commit(new SetupIntentCommit(a.with(changed, 2, settles, 3),
                List.of(event(ACCOUNT, changed, SetupIntentEventType.SETUP_INTENT_REQUIRES_ACTION, 2))));
        assertThat(b.version()).isEqualTo(2);
        assertThat(b.ordinal()).isEqualTo(a.ordinal());
        assertThat(b.eventSequence()).isEqualTo(2);
        assertThat(store.find(ACCOUNT, changed.id())).hasValueSatisfying(found -> {
            assertThat(found).isEqualTo(b);
            assertThat(found.settlesAt()).isEqualTo(settles);
            assertThat(found.verificationAttempts()).isEqualTo(3);
            assertThat(found.setupIntent().nextAction()).isEqualTo(changed.nextAction());
        });
    }

    @Test
    void update_staleVersion_conflictsAndWritesNothing() {
        StoredSetupIntent a = insert(ACCOUNT, "seti_a", 0, null, "pm_card_visa");
        StoredSetupIntent b = update(a, requiringAction(a.setupIntent()), SetupIntentEventType.SETUP_INTENT_REQUIRES_ACTION);
        assertThatThrownBy(() -> update(a, failed(a.setupIntent()), SetupIntentEventType.SETUP_INTENT_SETUP_FAILED))
                .isInstanceOf(StoreConflictException.class);
        assertThat(store.find(ACCOUNT, SetupIntentId.of("seti_a"))).contains(b);
        assertThat(store.readLog(0, 10)).hasSize(2);
    }

    @Test
    void update_unknownOrOtherAccount_conflicts() {
        SetupIntent si = setupIntent("seti_x", 0, null, null);
        assertThatThrownBy(() -> store.commit(new SetupIntentCommit(
                new StoredSetupIntent(ACCOUNT, si, 3, 1, 0, null, 0), List.of())))
                .isInstanceOf(StoreConflictException.class);
        StoredSetupIntent a = insert(ACCOUNT, "seti_a", 0, null, null);
        StoredSetupIntent elsewhere = new StoredSetupIntent(OTHER, a.setupIntent(), a.version(), a.ordinal(), 1, null, 0);
        assertThatThrownBy(() -> store.commit(new SetupIntentCommit(elsewhere, List.of())))
                .isInstanceOf(StoreConflictException.class);
        assertThat(store.find(ACCOUNT, a.setupIntent().id())).contains(a);
    }

    @Test
    void query_newestFirst_withBothCursorsAndHasMore() {
        for (int i = 0; i < 5; i++) {
            insert(ACCOUNT, "seti_" + i, i / 2, null, null);
        }
        insert(OTHER, "seti_other", 9, null, null);
        SetupIntentPage first = store.query(ACCOUNT, all(2));
        assertThat(ids(first)).containsExactly("seti_4", "seti_3");
        assertThat(first.hasMore()).isTrue();
        StoredSetupIntent last = first.items().get(1);
        SetupIntentPage next = store.query(ACCOUNT, new SetupIntentQuery(null, null, null, null,
                SetupIntentQuery.positionOf(last), null, 10));
        assertThat(ids(next)).containsExactly("seti_2", "seti_1", "seti_0");
        assertThat(next.hasMore()).isFalse();
        StoredSetupIntent oldest = next.items().get(2);
        SetupIntentPage back = store.query(ACCOUNT, new SetupIntentQuery(null, null, null, null, null,
                SetupIntentQuery.positionOf(oldest), 2));
        assertThat(ids(back)).containsExactly("seti_2", "seti_1");
        assertThat(back.hasMore()).isTrue();
        assertThat(ids(store.query(OTHER, all(10)))).containsExactly("seti_other");
    }

    @Test
    void query_byCustomerPaymentMethodAndCreated_matchesAndCountsOnlyMatches() {
        insert(ACCOUNT, "seti_a", 10, "cus_1", "pm_card_visa");
        insert(ACCOUNT, "seti_b", 20, "cus_2", "pm_card_visa");
        insert(ACCOUNT, "seti_c", 30, "cus_1", "pm_card_mastercard");
        insert(ACCOUNT, "seti_d", 40, "cus_1", null);
        SetupIntentPage byCustomer = store.query(ACCOUNT, new SetupIntentQuery(CustomerId.of("cus_1"), null, null, null,
                null, null, 2));
        assertThat(ids(byCustomer)).containsExactly("seti_d", "seti_c");
        assertThat(byCustomer.hasMore()).isTrue();
        assertThat(ids(store.query(ACCOUNT, new SetupIntentQuery(null, PaymentMethodId.of("pm_card_visa"), null, null,
                null, null, 10)))).containsExactly("seti_b", "seti_a");
        long base = T0.getEpochSecond();
        assertThat(ids(store.query(ACCOUNT, new SetupIntentQuery(null, null, base + 20, base + 30, null, null, 10))))
                .containsExactly("seti_c", "seti_b");
        assertThat(ids(store.query(ACCOUNT, new SetupIntentQuery(CustomerId.of("cus_1"),
                PaymentMethodId.of("pm_card_visa"), base + 11, null, null, null, 10)))).isEmpty();
    }

    @Test
    void readLog_events_haveConsecutivePositionsInCommitOrderAndGapFreeSequences() {
        StoredSetupIntent a = insert(ACCOUNT, "seti_a", 0, null, "pm_card_visa");
        insert(OTHER, "seti_b", 0, null, null);
        update(a, failed(a.setupIntent()), SetupIntentEventType.SETUP_INTENT_REQUIRES_ACTION,
                SetupIntentEventType.SETUP_INTENT_SETUP_FAILED);
        List<LoggedSetupIntentEvent> log = store.readLog(0, 10);
        assertThat(log).extracting(LoggedSetupIntentEvent::position).containsExactly(1L, 2L, 3L, 4L);
        assertThat(log).extracting(e -> e.event().id().value())
                .containsExactly("evt_seti_a_1", "evt_seti_b_1", "evt_seti_a_2", "evt_seti_a_3");
        assertThat(log.stream().filter(e -> e.event().setupIntentId().value().equals("seti_a"))
                .map(e -> e.event().sequence()).toList()).containsExactly(1L, 2L, 3L);
        assertThat(store.readLog(1, 1)).extracting(LoggedSetupIntentEvent::position).containsExactly(2L);
        assertThat(store.readLog(4, 10)).isEmpty();
        assertThatThrownBy(() -> store.readLog(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.readLog(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dueForSettlement_processingByTime_earliestFirstAcrossAccountsUpToNow() {
        StoredSetupIntent a = insert(ACCOUNT, "seti_a", 0, null, "pm_sepaDebit_success");
        StoredSetupIntent b = insert(OTHER, "seti_b", 0, null, "pm_sepaDebit_success");
        StoredSetupIntent c = insert(ACCOUNT, "seti_c", 0, null, "pm_sepaDebit_success");
        StoredSetupIntent d = insert(ACCOUNT, "seti_d", 0, null, null);
        store.commit(new SetupIntentCommit(a.with(processing(a.setupIntent()), 1, T0.plusSeconds(300), 0), List.of()));
        store.commit(new SetupIntentCommit(b.with(processing(b.setupIntent()), 1, T0.plusSeconds(100), 0), List.of()));
        StoredSetupIntent cProcessing = store.commit(new SetupIntentCommit(c.with(processing(c.setupIntent()), 1,
                T0.plusSeconds(200), 0), List.of()));
        assertThat(store.dueForSettlement(T0.plusSeconds(99), 10)).isEmpty();
        assertThat(store.dueForSettlement(T0.plusSeconds(300), 10)).extracting(s -> s.setupIntent().id().value())
                .containsExactly("seti_b", "seti_c", "seti_a");
        assertThat(store.dueForSettlement(T0.plusSeconds(300), 1)).extracting(s -> s.setupIntent().id().value())
                .containsExactly("seti_b");
        // settled: no longer due
        store.commit(new SetupIntentCommit(cProcessing.with(failed(c.setupIntent()), 2, null, 0),
                List.of(event(ACCOUNT, failed(c.setupIntent()), SetupIntentEventType.SETUP_INTENT_SETUP_FAILED, 2))));
        assertThat(store.dueForSettlement(T0.plusSeconds(300), 10)).extracting(s -> s.setupIntent().id().value())
                .containsExactly("seti_b", "seti_a");
        assertThat(store.dueForSettlement(T0.plusSeconds(300), 10)).noneMatch(s -> s.setupIntent().id()
                .equals(d.setupIntent().id()));
        assertThatThrownBy(() -> store.dueForSettlement(T0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static SetupIntent processing(SetupIntent si) {
        return new SetupIntent(si.id(), si.clientSecret(), SetupIntentStatus.PROCESSING, si.created(), si.customer(),
                si.paymentMethod(), si.usage(), List.of("sepa_debit"), si.description(), si.metadata(), null, null,
                null, "setatt_1", si.requestThreeDSecure());
    }

    @Test
    void findEvent_byId_isScopedToItsAccount() {
        insert(ACCOUNT, "seti_a", 0, null, null);
        EventId id = EventId.of("evt_seti_a_1");
        assertThat(store.findEvent(ACCOUNT, id)).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(SetupIntentEventType.SETUP_INTENT_CREATED);
            assertThat(e.sequence()).isEqualTo(1);
            assertThat(e.requestId()).isEqualTo("req_1");
            assertThat(e.idempotencyKey()).isEqualTo("key_1");
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
        StoredSetupIntent a = insert(ACCOUNT, "seti_a", 0, null, null);
        insert(ACCOUNT, "seti_c", 5, null, null);
        update(a, requiringAction(a.setupIntent()), SetupIntentEventType.SETUP_INTENT_REQUIRES_ACTION);
        insert(OTHER, "seti_b", 0, null, null);
        ObjectEventQueryChecks.check(store::queryEvents, ACCOUNT, OTHER,
                List.of("evt_seti_a_2", "evt_seti_c_1", "evt_seti_a_1"), "setup_intent.requires_action", "seti_a",
                "evt_seti_b_1");
    }

    @Test
    void deleteEventsBefore_oldestEvents_goAsAPrefixInBatches() {
        insert(ACCOUNT, "seti_a", 0, null, null);
        insert(OTHER, "seti_b", 5, null, null);
        insert(ACCOUNT, "seti_c", 10, null, null);
        ObjectEventQueryChecks.checkRetention(new ObjectEventQueryChecks.RetainedLog(store::deleteEventsBefore,
                after -> store.readLog(after, 10).stream().map(LoggedSetupIntentEvent::position).toList(),
                id -> store.findEvent(ACCOUNT, EventId.of(id)).isPresent()
                        || store.findEvent(OTHER, EventId.of(id)).isPresent()),
                T0.plusSeconds(10), List.of("evt_seti_a_1", "evt_seti_b_1", "evt_seti_c_1"));
    }
}
