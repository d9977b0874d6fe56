package io.paystate.testkit.tck;

import io.paystate.engine.PaymentEngineBuilder;
import io.paystate.spi.IdempotencyStore;
import java.time.Duration;
import java.time.InstantSource;

/** The engine's default idempotency store passes the idempotency contract. */
final class InMemoryIdempotencyStoreContractTest extends IdempotencyStoreContract {
    @Override
    protected IdempotencyStore createStore(InstantSource clock, Duration retention) {
        return PaymentEngineBuilder.inMemoryIdempotencyStore(clock, retention);
    }
}
