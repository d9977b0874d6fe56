package io.paystate.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.engine.ActionOutcome;
import io.paystate.engine.InMemorySetupIntentStore;
import io.paystate.engine.InvalidRequestException;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.Request;
import io.paystate.engine.RequestOptions;
import io.paystate.engine.SetupIntentConfirmParams;
import io.paystate.engine.SetupIntentCreateParams;
import io.paystate.engine.SetupIntentRequest;
import io.paystate.engine.SetupIntentUpdateParams;
import io.paystate.engine.TestClock;
import io.paystate.engine.VerifyMicrodepositsParams;
import io.paystate.model.ErrorCode;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentEventType;
import io.paystate.model.SetupIntentId;
import io.paystate.model.SetupIntentStatus;
import io.paystate.spi.IdGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every SetupIntent status x trigger, driven through the engine and compared with the SetupIntent
 * transition table: an allowed trigger reaches a target of the table with exactly its events; any
 * other is a typed {@code setup_intent_unexpected_state} that changes nothing and emits nothing.
 */
final class SetupTransitionMatrixTest {
    private static final SetupTransitionTable TABLE = SetupTransitionTable.instance();

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (SetupIntentStatus status : SetupIntentStatus.values()) {
            for (SetupTrigger trigger : SetupTrigger.values()) {
                cases.add(Arguments.of(status, trigger));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("matrix")
    void trigger_inEveryStatus_followsTheTable(SetupIntentStatus status, SetupTrigger trigger) {
        TestClock clock = new TestClock();
        InMemorySetupIntentStore store = new InMemorySetupIntentStore();
        PaymentEngine engine = PaymentEngine.builder().clock(clock).setupIntentStore(store)
                .idGenerator(IdGenerator.seeded(status.ordinal() * 100L + trigger.ordinal())).build();
        SetupIntentId id = reach(engine, status, trigger == SetupTrigger.VERIFY_MICRODEPOSITS);
        SetupIntent before = run(engine, new SetupIntentRequest.Retrieve(id));
        assertThat(before.status()).isEqualTo(status);
        int mark = store.readLog(0, 1000).size();
        if (trigger == SetupTrigger.SETTLE) {
            clock.advanceSeconds(200);
            SetupIntent after = run(engine, new SetupIntentRequest.Retrieve(id));
            if (TABLE.allows(status, trigger)) {
                assertFollowsTable(status, trigger, after, types(store, mark));
            } else {
                assertThat(after).isEqualTo(before);
                assertThat(types(store, mark)).isEmpty();
            }
            return;
        }
        Runnable call = () -> apply(engine, id, trigger);
        if (TABLE.allows(status, trigger)) {
            call.run();
            assertFollowsTable(status, trigger, run(engine, new SetupIntentRequest.Retrieve(id)), types(store, mark));
        } else {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                assertThat(e.httpStatus()).isEqualTo(400);
                assertThat(e.code()).contains(ErrorCode.SETUP_INTENT_UNEXPECTED_STATE);
                assertThat(e.setupIntent()).contains(before);
            });
            assertThat(run(engine, new SetupIntentRequest.Retrieve(id))).isEqualTo(before);
            assertThat(types(store, mark)).isEmpty();
        }
    }

    private static List<SetupIntentEventType> types(InMemorySetupIntentStore store, int mark) {
        var log = store.readLog(0, 1000);
        return log.subList(mark, log.size()).stream().map(e -> e.event().type()).toList();
    }

    private static void assertFollowsTable(SetupIntentStatus from, SetupTrigger trigger, SetupIntent after,
            List<SetupIntentEventType> emitted) {
        List<SetupTransition> candidates = TABLE.transitions().stream()
                .filter(t -> t.from() == from && t.trigger() == trigger && t.to() == after.status()).toList();
        assertThat(candidates).as("table edge %s --%s--> %s", from, trigger, after.status()).isNotEmpty();
        assertThat(candidates).extracting(SetupTransition::events).as("events of %s --%s--> %s", from, trigger,
                after.status()).contains(emitted);
    }

    private static <T> T run(PaymentEngine engine, Request<T> request) {
        return engine.execute(request, RequestOptions.none()).body();
    }

    private static void apply(PaymentEngine engine, SetupIntentId id, SetupTrigger trigger) {
        switch (trigger) {
            case CONFIRM -> run(engine, new SetupIntentRequest.Confirm(id, SetupIntentConfirmParams.builder()
                    .paymentMethod("pm_card_visa").build()));
            case UPDATE_PAYMENT -> run(engine, new SetupIntentRequest.Update(id, SetupIntentUpdateParams.builder()
                    .paymentMethod("pm_card_mastercard").build()));
            case UPDATE_DETAILS -> run(engine, new SetupIntentRequest.Update(id, SetupIntentUpdateParams.builder()
                    .metadata("k", "v").build()));
            case CANCEL -> run(engine, new SetupIntentRequest.Cancel(id, null));
            case COMPLETE_ACTION -> run(engine, new SetupIntentRequest.CompleteAction(id, ActionOutcome.SUCCESS));
            case VERIFY_MICRODEPOSITS -> run(engine, new SetupIntentRequest.VerifyMicrodeposits(id,
                    VerifyMicrodepositsParams.amounts(32, 45)));
            case SETTLE -> throw new IllegalArgumentException("the clock is not a request");
        }
    }

    /** Drives a new SetupIntent into {@code status}; requires_action by microdeposits when asked. */
    private static SetupIntentId reach(PaymentEngine engine, SetupIntentStatus status, boolean microdeposits) {
        SetupIntentCreateParams.Builder b = SetupIntentCreateParams.builder()
                .paymentMethodTypes("card", "sepa_debit", "us_bank_account");
        SetupIntentCreateParams params = switch (status) {
            case REQUIRES_PAYMENT_METHOD, CANCELED -> b.build();
            case REQUIRES_CONFIRMATION -> b.paymentMethod("pm_card_visa").build();
            case REQUIRES_ACTION -> b.paymentMethod(microdeposits ? "pm_usBankAccount_microdeposits"
                    : "pm_card_authenticationRequired").confirm(true).build();
            case PROCESSING -> b.paymentMethod("pm_sepaDebit_success").confirm(true).build();
            case SUCCEEDED -> b.paymentMethod("pm_card_visa").confirm(true).build();
        };
        SetupIntent si = run(engine, new SetupIntentRequest.Create(params));
        if (status == SetupIntentStatus.CANCELED) {
            si = run(engine, new SetupIntentRequest.Cancel(si.id(), null));
        }
        return si.id();
    }
}
