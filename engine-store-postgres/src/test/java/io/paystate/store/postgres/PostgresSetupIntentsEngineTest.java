package io.paystate.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.CustomerParams;
import io.paystate.engine.CustomerRequest;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentMethodRequest;
import io.paystate.engine.Request;
import io.paystate.engine.RequestOptions;
import io.paystate.engine.SetupIntentConfirmParams;
import io.paystate.engine.SetupIntentCreateParams;
import io.paystate.engine.SetupIntentListParams;
import io.paystate.engine.SetupIntentRequest;
import io.paystate.model.AccountId;
import io.paystate.model.Customer;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodUsage;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentEventType;
import io.paystate.model.SetupIntentStatus;
import io.paystate.spi.LoggedSetupIntentEvent;
import io.paystate.spi.PaymentMethodData;
import io.paystate.testkit.ManualClock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An engine wired to all five PostgreSQL stores, as a host does it: SetupIntents are written and
 * read through the engine, their events land in their own log, and a second engine on the same
 * schema sees them and settles the ones another engine left processing.
 */
final class PostgresSetupIntentsEngineTest {
    private final ManualClock clock = new ManualClock();

    private PaymentEngine engine(PostgresStores stores) {
        return PaymentEngine.builder().clock(clock).store(stores.intentStore())
                .idempotencyStore(stores.idempotencyStore()).customerStore(stores.customerStore())
                .paymentMethodStore(stores.paymentMethodStore()).setupIntentStore(stores.setupIntentStore()).build();
    }

    private static <T> T run(PaymentEngine engine, Request<T> request) {
        return engine.execute(request, RequestOptions.none()).body();
    }

    private static PostgresStores sameSchema(PostgresStores stores) {
        String s = stores.intentStore().toString();
        return PostgresStores.create(TestDatabase.pool(), s.substring(s.indexOf('[') + 1, s.indexOf(']')));
    }

    @Test
    void setupIntent_createConfirmSucceeded_isStoredAttachedAndSharedAcrossEngines() {
        PostgresStores stores = TestDatabase.freshStores("setup");
        PaymentEngine engine = engine(stores);
        Customer jenny = run(engine, new CustomerRequest.Create(CustomerParams.none()));
        PaymentMethod card = run(engine, new PaymentMethodRequest.Create(new PaymentMethodData("card", Map.of(
                "number", "4242424242424242", "exp_month", "12", "exp_year", "2034", "cvc", "123")), Map.of()));

        SetupIntent created = run(engine, new SetupIntentRequest.Create(SetupIntentCreateParams.builder()
                .customer(jenny.id().value()).paymentMethod(card.id().value()).build()));
        assertThat(created.status()).isEqualTo(SetupIntentStatus.REQUIRES_CONFIRMATION);
        SetupIntent succeeded = run(engine, new SetupIntentRequest.Confirm(created.id(),
                SetupIntentConfirmParams.builder().build()));
        assertThat(succeeded.status()).isEqualTo(SetupIntentStatus.SUCCEEDED);

        PaymentEngine other = engine(sameSchema(stores));
        assertThat(run(other, new SetupIntentRequest.Retrieve(created.id()))).isEqualTo(succeeded);
        assertThat(run(other, new SetupIntentRequest.List(new SetupIntentListParams(jenny.id().value(), null, null,
                null, null, null, null))).data()).containsExactly(succeeded);
        PaymentMethod saved = run(other, new PaymentMethodRequest.Retrieve(card.id()));
        assertThat(saved.usage()).isEqualTo(PaymentMethodUsage.ATTACHED);
        assertThat(saved.customer()).isEqualTo(jenny.id());
        assertThat(saved.setUpFor()).isEqualTo(SetupFutureUsage.OFF_SESSION);
        assertThat(stores.setupIntentStore().readLog(0, 10)).extracting(LoggedSetupIntentEvent::position,
                e -> e.event().type(), e -> e.event().sequence()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, SetupIntentEventType.SETUP_INTENT_CREATED, 1L),
                        org.assertj.core.groups.Tuple.tuple(2L, SetupIntentEventType.SETUP_INTENT_SUCCEEDED, 2L));
        LoggedSetupIntentEvent last = stores.setupIntentStore().readLog(1, 1).get(0);
        assertThat(stores.setupIntentStore().findEvent(AccountId.DEFAULT, last.event().id()))
                .hasValueSatisfying(e -> assertThat(e.setupIntent()).isEqualTo(succeeded));
    }

    @Test
    void processDue_settlementLeftByOneEngine_isAppliedByAnotherOnTheSameSchema() {
        PostgresStores stores = TestDatabase.freshStores("setup_due");
        PaymentEngine engine = engine(stores);
        SetupIntent processing = run(engine, new SetupIntentRequest.Create(SetupIntentCreateParams.builder()
                .paymentMethodTypes("sepa_debit").paymentMethod("pm_sepaDebit_success").confirm(true).build()));
        assertThat(processing.status()).isEqualTo(SetupIntentStatus.PROCESSING);

        PaymentEngine other = engine(sameSchema(stores));
        clock.advanceSeconds(179);
        assertThat(other.processDue()).isZero();
        clock.advanceSeconds(1);
        assertThat(other.processDue()).isEqualTo(1);
        assertThat(other.processDue()).isZero();
        assertThat(stores.setupIntentStore().find(AccountId.DEFAULT, processing.id()))
                .hasValueSatisfying(s -> {
                    assertThat(s.setupIntent().status()).isEqualTo(SetupIntentStatus.SUCCEEDED);
                    assertThat(s.settlesAt()).isNull();
                });
        assertThat(stores.setupIntentStore().readLog(0, 10)).extracting(e -> e.event().type()).containsExactly(
                SetupIntentEventType.SETUP_INTENT_CREATED, SetupIntentEventType.SETUP_INTENT_SUCCEEDED);
    }

    @Test
    void dueForSettlement_twoEngines_leaseEachDueSetupIntentToTheFirstThatAsks() {
        PostgresStores stores = TestDatabase.freshStores("setup_lease");
        PaymentEngine engine = engine(stores);
        SetupIntent processing = run(engine, new SetupIntentRequest.Create(SetupIntentCreateParams.builder()
                .paymentMethodTypes("sepa_debit").paymentMethod("pm_sepaDebit_success").confirm(true).build()));
        PostgresStores other = sameSchema(stores);
        java.time.Instant due = clock.instant().plusSeconds(180);
        assertThat(stores.setupIntentStore().dueForSettlement(due, 10)).extracting(s -> s.setupIntent().id())
                .containsExactly(processing.id());
        assertThat(other.setupIntentStore().dueForSettlement(due, 10)).as("leased to the first").isEmpty();
        assertThat(stores.setupIntentStore().dueForSettlement(due, 10)).as("its own lease")
                .extracting(s -> s.setupIntent().id()).containsExactly(processing.id());
    }
}
