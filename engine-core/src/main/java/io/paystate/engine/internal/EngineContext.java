package io.paystate.engine.internal;

import io.paystate.spi.IdGenerator;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.PaymentProcessor;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;

/**
 * What every part of one engine shares: its configuration and the host's SPIs. Immutable after
 * construction; the SPIs themselves are thread-safe by their contracts.
 */
final class EngineContext {
    final EngineConfig config;
    final PaymentIntentStore store;
    final InstantSource clock;
    final PaymentProcessor processor;
    final IdGenerator ids;
    final TransitionTable table = TransitionTable.instance();
    final TransitionRunner runner;
    final ProcessorGateway gateway;
    /** The object logs with commits the relay has not read yet. */
    final PendingLogs pendingLogs = new PendingLogs();

    EngineContext(EngineConfig config, TransitionRunner runner) {
        this.config = config;
        this.store = config.store();
        this.clock = config.clock();
        this.processor = config.processor();
        this.ids = config.idGenerator();
        this.runner = runner;
        this.gateway = new ProcessorGateway(config.processorTimeout());
    }

    /** The engine clock's instant in whole seconds, Stripe's resolution for every timestamp. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    Work work(IntentDraft draft, Instant now, Call call) {
        return new Work(draft, now, call, ids);
    }
}
