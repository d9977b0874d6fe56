package io.paystate.engine.internal;

import io.paystate.engine.ExpiryPolicy;
import io.paystate.model.AccountId;
import io.paystate.spi.EventSink;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.IdempotencyStore;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.PaymentProcessor;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The snapshot of a builder's configuration that an engine runs with.
 *
 * @param idempotencyStore null for the default in-memory store
 * @param brandWindows authorization windows by lowercase card brand
 */
public record EngineConfig(
        PaymentIntentStore store,
        InstantSource clock,
        EventSink eventSink,
        PaymentProcessor processor,
        IdGenerator idGenerator,
        @Nullable IdempotencyStore idempotencyStore,
        Duration authorizationWindow,
        Duration extendedAuthorizationWindow,
        Map<String, Duration> brandWindows,
        ExpiryPolicy expiryPolicy,
        Duration idempotencyKeyRetention,
        AccountId defaultAccount) {}
