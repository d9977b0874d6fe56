package io.paystate.engine.internal.fsm;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.internal.SetupTrigger;
import io.paystate.engine.internal.Trigger;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.model.SetupIntentStatus;
import org.junit.jupiter.api.Test;
import org.squirrelframework.foundation.fsm.ImmutableState;
import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;

/**
 * Squirrel names the source and target state in every transition's name, which it builds on every
 * fire: by looking up {@code name()} reflectively when the state's class is an enum class, by
 * {@code toString()} otherwise. The statuses' constants have bodies, so their classes are not enum
 * classes and squirrel takes the cheap path; the names it builds stay the constants' names.
 */
final class StatusNamesTest {

    @Test
    void getClass_everyStatusConstant_isNotAnEnumClassButDeclaredByItsEnum() {
        for (PaymentIntentStatus status : PaymentIntentStatus.values()) {
            assertThat(status.getClass().isEnum()).as("%s", status).isFalse();
            assertThat(status.getDeclaringClass()).isSameAs(PaymentIntentStatus.class);
        }
        for (SetupIntentStatus status : SetupIntentStatus.values()) {
            assertThat(status.getClass().isEnum()).as("%s", status).isFalse();
            assertThat(status.getDeclaringClass()).isSameAs(SetupIntentStatus.class);
        }
    }

    @Test
    void toString_squirrelsStateOfEveryPaymentIntentStatus_isTheConstantsName() {
        StateMachineBuilder<PaymentIntentMachine, PaymentIntentStatus, Trigger, FireContext> builder =
                StateMachineBuilderFactory.create(PaymentIntentMachine.class, PaymentIntentStatus.class,
                        Trigger.class, FireContext.class);
        for (PaymentIntentStatus status : PaymentIntentStatus.values()) {
            builder.externalTransition().from(status).to(PaymentIntentStatus.CANCELED).on(Trigger.CANCEL);
        }
        PaymentIntentMachine machine = builder.newStateMachine(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);

        for (PaymentIntentStatus status : PaymentIntentStatus.values()) {
            ImmutableState<PaymentIntentMachine, PaymentIntentStatus, Trigger, FireContext> state =
                    machine.getRawStateFrom(status);
            assertThat(state.toString()).isEqualTo(status.name());
        }
    }

    @Test
    void toString_squirrelsStateOfEverySetupIntentStatus_isTheConstantsName() {
        StateMachineBuilder<SetupIntentMachine, SetupIntentStatus, SetupTrigger, FireContext> builder =
                StateMachineBuilderFactory.create(SetupIntentMachine.class, SetupIntentStatus.class,
                        SetupTrigger.class, FireContext.class);
        for (SetupIntentStatus status : SetupIntentStatus.values()) {
            builder.externalTransition().from(status).to(SetupIntentStatus.CANCELED).on(SetupTrigger.CANCEL);
        }
        SetupIntentMachine machine = builder.newStateMachine(SetupIntentStatus.REQUIRES_PAYMENT_METHOD);

        for (SetupIntentStatus status : SetupIntentStatus.values()) {
            assertThat(machine.getRawStateFrom(status).toString()).isEqualTo(status.name());
        }
    }
}
