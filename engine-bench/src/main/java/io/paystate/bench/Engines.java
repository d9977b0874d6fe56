package io.paystate.bench;

import io.paystate.engine.ExpiryPolicy;
import io.paystate.engine.InMemoryPaymentIntentStore;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.TestModeProcessor;
import io.paystate.engine.internal.DefaultPaymentEngine;
import io.paystate.engine.internal.EngineConfig;
import io.paystate.engine.internal.TransitionRunner;
import io.paystate.model.AccountId;
import io.paystate.spi.EventSink;
import io.paystate.spi.IdGenerator;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;

/** The engines under benchmark: the real one (squirrel) and the baseline (a plain table lookup). */
final class Engines {
    private Engines() {}

    static PaymentEngine create(String runner, InstantSource clock) {
        IdGenerator ids = IdGenerator.seeded(1);
        EngineConfig config = new EngineConfig(new InMemoryPaymentIntentStore(), clock, EventSink.noop(),
                TestModeProcessor.create(ids, TestModeProcessor.DEFAULT_SETTLEMENT_DELAY), ids, null,
                Duration.ofDays(7), Duration.ofDays(30), Map.of(), ExpiryPolicy.CANCEL, Duration.ofHours(24),
                AccountId.DEFAULT);
        return runner.equals("table") ? new DefaultPaymentEngine(config, TransitionRunner.tableLookup())
                : new DefaultPaymentEngine(config);
    }
}
