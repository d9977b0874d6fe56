package io.paystate.bench;

import io.paystate.engine.PaymentEngine;
import io.paystate.engine.StateMachineRuntime;
import io.paystate.engine.TestModeProcessor;
import io.paystate.spi.IdGenerator;
import java.time.InstantSource;

/** The engines under benchmark: the real one (squirrel) and the baseline (a plain table lookup). */
final class Engines {
    private Engines() {}

    static PaymentEngine create(String runner, InstantSource clock) {
        return create(runner, clock, IdGenerator.seeded(1));
    }

    static PaymentEngine create(String runner, InstantSource clock, IdGenerator ids) {
        return PaymentEngine.builder().clock(clock).idGenerator(ids)
                .processor(TestModeProcessor.create(ids, TestModeProcessor.DEFAULT_SETTLEMENT_DELAY))
                .stateMachine(runner.equals("table") ? StateMachineRuntime.TABLE_LOOKUP : StateMachineRuntime.SQUIRREL)
                .build();
    }
}
