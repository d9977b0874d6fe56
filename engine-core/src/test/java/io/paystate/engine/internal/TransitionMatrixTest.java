package io.paystate.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.engine.ActionOutcome;
import io.paystate.engine.CancelParams;
import io.paystate.engine.CaptureParams;
import io.paystate.engine.ConfirmParams;
import io.paystate.engine.CreateParams;
import io.paystate.engine.IncrementAuthorizationParams;
import io.paystate.engine.InvalidRequestException;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.RecordingSink;
import io.paystate.engine.ScriptedProcessor;
import io.paystate.engine.TestClock;
import io.paystate.engine.UpdateParams;
import io.paystate.engine.internal.fsm.SquirrelTransitionRunner;
import io.paystate.model.AuthorizationRequest;
import io.paystate.model.CaptureMethod;
import io.paystate.model.CardOptions;
import io.paystate.model.ConfirmationMethod;
import io.paystate.model.ErrorCode;
import io.paystate.model.EventType;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.spi.IdGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every status x operation x capture method x confirmation method, driven through the engine and
 * compared with the transition table: an allowed trigger reaches a target of the table with exactly
 * its events; any other is a wrong-state error that changes nothing.
 */
final class TransitionMatrixTest {
    private static final TransitionTable TABLE = TransitionTable.instance();

    /** An operation of the matrix and the trigger it fires. */
    enum Operation {
        CONFIRM(Trigger.CONFIRM), CAPTURE(Trigger.CAPTURE), CANCEL(Trigger.CANCEL),
        COMPLETE_ACTION(Trigger.COMPLETE_ACTION), INCREMENT(Trigger.INCREMENT_AUTHORIZATION),
        UPDATE_AMOUNT(Trigger.UPDATE_PAYMENT), UPDATE_METADATA(Trigger.UPDATE_DETAILS), CLOCK(null);

        final Trigger trigger;

        Operation(Trigger trigger) {
            this.trigger = trigger;
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (PaymentIntentStatus status : PaymentIntentStatus.values()) {
            for (Operation op : Operation.values()) {
                for (CaptureMethod capture : CaptureMethod.values()) {
                    for (ConfirmationMethod confirmation : ConfirmationMethod.values()) {
                        cases.add(Arguments.of(status, op, capture, confirmation));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} x {1} ({2}, {3} confirmation)")
    @MethodSource("matrix")
    void operation_inEveryStatus_followsTheTable(PaymentIntentStatus status, Operation op, CaptureMethod capture,
            ConfirmationMethod confirmation) {
        TestClock clock = new TestClock();
        RecordingSink sink = new RecordingSink();
        PaymentEngine engine = PaymentEngine.builder().clock(clock).eventSink(sink).processor(new ScriptedProcessor())
                .idGenerator(IdGenerator.seeded(status.ordinal() * 100 + op.ordinal())).build();
        PaymentIntentId id = reach(engine, status, capture, confirmation);
        PaymentIntent before = engine.retrieve(id);
        assertThat(before.status()).isEqualTo(status);
        int mark = sink.size();

        if (op == Operation.CLOCK) {
            // first the settlement of processing payments, then the authorization window
            for (Duration step : List.of(Duration.ofSeconds(200), Duration.ofDays(8))) {
                PaymentIntent stepBefore = engine.retrieve(id);
                int stepMark = sink.size();
                clock.advance(step);
                engine.processDue();
                PaymentIntent after = engine.retrieve(id);
                PaymentIntentStatus from = stepBefore.status();
                Trigger clockTrigger = from == PaymentIntentStatus.REQUIRES_CAPTURE && step.toDays() >= 7 ? Trigger.EXPIRE
                        : from == PaymentIntentStatus.PROCESSING ? Trigger.SETTLE : null;
                if (clockTrigger == null) {
                    assertThat(after).isEqualTo(stepBefore);
                    assertThat(sink.typesSince(stepMark)).isEmpty();
                } else {
                    assertFollowsTable(from, clockTrigger, after, sink.typesSince(stepMark));
                }
            }
            return;
        }
        Runnable call = () -> apply(engine, id, op);
        if (TABLE.allows(status, op.trigger)) {
            call.run();
            assertFollowsTable(status, op.trigger, engine.retrieve(id), sink.typesSince(mark));
        } else {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                assertThat(e.httpStatus()).isEqualTo(400);
                assertThat(e.code()).contains(ErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE);
                assertThat(e.paymentIntent()).contains(before);
            });
            assertThat(engine.retrieve(id)).isEqualTo(before);
            assertThat(sink.typesSince(mark)).isEmpty();
        }
    }

    private static void assertFollowsTable(PaymentIntentStatus from, Trigger trigger, PaymentIntent after,
            List<EventType> emitted) {
        List<Transition> candidates = TABLE.transitions().stream()
                .filter(t -> t.from() == from && t.trigger() == trigger && t.to() == after.status()).toList();
        assertThat(candidates).as("table edge %s --%s--> %s", from, trigger, after.status()).isNotEmpty();
        assertThat(candidates).extracting(Transition::events).as("events of %s --%s--> %s", from, trigger,
                after.status()).contains(emitted);
    }

    private static void apply(PaymentEngine engine, PaymentIntentId id, Operation op) {
        switch (op) {
            case CONFIRM -> engine.confirm(id, ConfirmParams.withPaymentMethod("pm_increment"));
            case CAPTURE -> engine.capture(id, CaptureParams.full());
            case CANCEL -> engine.cancel(id, CancelParams.none());
            case COMPLETE_ACTION -> engine.completeAction(id, ActionOutcome.SUCCESS);
            case INCREMENT -> engine.incrementAuthorization(id, IncrementAuthorizationParams.amount(1500));
            case UPDATE_AMOUNT -> engine.update(id, UpdateParams.builder().amount(2000).build());
            case UPDATE_METADATA -> engine.update(id, UpdateParams.builder().metadata("k", "v").build());
            case CLOCK -> throw new IllegalArgumentException("the clock is not a request");
        }
    }

    /** Drives a new intent into {@code status} through the engine. */
    private static PaymentIntentId reach(PaymentEngine engine, PaymentIntentStatus status, CaptureMethod capture,
            ConfirmationMethod confirmation) {
        CardOptions incremental = new CardOptions(null, AuthorizationRequest.IF_AVAILABLE, null, null, null);
        CreateParams.Builder base = CreateParams.builder(1000, "usd").captureMethod(capture)
                .confirmationMethod(confirmation).paymentMethodTypes(List.of("card", "sepa_debit"))
                .cardOptions(incremental);
        return switch (status) {
            case REQUIRES_PAYMENT_METHOD -> engine.create(base.build()).id();
            case REQUIRES_CONFIRMATION -> engine.create(base.paymentMethod("pm_ok").build()).id();
            case REQUIRES_ACTION -> engine.create(base.paymentMethod("pm_3ds").confirm(true).build()).id();
            case PROCESSING -> engine.create(base.paymentMethod("pm_async_ok").confirm(true).build()).id();
            case REQUIRES_CAPTURE -> engine.create(base.paymentMethod("pm_increment").confirm(true)
                    .cardOptions(new CardOptions(CaptureMethod.MANUAL, AuthorizationRequest.IF_AVAILABLE, null, null,
                            null)).build()).id();
            case SUCCEEDED -> {
                PaymentIntent pi = engine.create(base.paymentMethod("pm_ok").confirm(true).build());
                yield pi.status() == PaymentIntentStatus.REQUIRES_CAPTURE
                        ? engine.capture(pi.id(), CaptureParams.full()).id() : pi.id();
            }
            case CANCELED -> engine.cancel(engine.create(base.build()).id(), CancelParams.none()).id();
        };
    }

    @Test
    void squirrel_everyTransitionOfTheTable_reachesItsTarget() {
        SquirrelTransitionRunner runner = SquirrelTransitionRunner.create(TABLE);
        for (Transition t : TABLE.transitions()) {
            assertThat(runner.fire(t)).as(t.toString()).isEqualTo(t.to());
        }
    }

    @Test
    void squirrel_triggerTheTableRefuses_isDeclined() {
        SquirrelTransitionRunner runner = SquirrelTransitionRunner.create(TABLE);
        for (PaymentIntentStatus status : PaymentIntentStatus.values()) {
            for (Trigger trigger : Trigger.values()) {
                if (TABLE.allows(status, trigger)) {
                    continue;
                }
                Transition impossible = new Transition(status, trigger, Outcome.DONE, status, List.of());
                assertThatThrownBy(() -> runner.fire(impossible)).as(status + " " + trigger)
                        .isInstanceOf(TransitionRejectedException.class);
            }
        }
    }

    @Test
    void squirrel_outcomeTheTableLacks_isDeclined() {
        SquirrelTransitionRunner runner = SquirrelTransitionRunner.create(TABLE);
        Transition wrongOutcome = new Transition(PaymentIntentStatus.REQUIRES_CAPTURE, Trigger.CAPTURE,
                Outcome.DECLINED, PaymentIntentStatus.REQUIRES_PAYMENT_METHOD, List.of());
        assertThatThrownBy(() -> runner.fire(wrongOutcome)).isInstanceOf(TransitionRejectedException.class);
    }
}
