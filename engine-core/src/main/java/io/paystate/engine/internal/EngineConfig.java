package io.paystate.engine.internal;

import io.paystate.engine.DeliveryOptions;
import io.paystate.engine.ExpiryPolicy;
import io.paystate.model.AccountId;
import io.paystate.spi.EventSink;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.CustomerStore;
import io.paystate.spi.IdempotencyStore;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.PaymentMethodStore;
import io.paystate.spi.PaymentProcessor;
import io.paystate.spi.SetupIntentStore;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The snapshot of a builder's configuration that an engine runs with.
 *
 * @param subscribers the event subscribers by name, in registration order
 * @param idempotencyStore null for the default in-memory store
 * @param brandWindows authorization windows by lowercase card brand
 * @param processorTimeout how long a deciding processor call may take; null to call on the
 *     caller's thread without a bound (the built-in test-mode processor)
 * @param delivery how failing subscribers are retried
 * @param eventRetention how long events are kept in the log
 * @param tableLookup whether transitions run on a plain table lookup instead of squirrel (the
 *     benchmark baseline)
 * @param customerStore the storage of customers
 * @param requireKnownCustomers whether an intent's {@code customer} must be a customer of the engine
 * @param paymentMethodStore the storage of payment methods created through the API
 * @param setupIntentStore the storage of SetupIntents
 */
public record EngineConfig(
        PaymentIntentStore store,
        InstantSource clock,
        Map<String, EventSink> subscribers,
        PaymentProcessor processor,
        IdGenerator idGenerator,
        @Nullable IdempotencyStore idempotencyStore,
        Duration authorizationWindow,
        Duration extendedAuthorizationWindow,
        Map<String, Duration> brandWindows,
        ExpiryPolicy expiryPolicy,
        Duration idempotencyKeyRetention,
        AccountId defaultAccount,
        @Nullable Duration processorTimeout,
        DeliveryOptions delivery,
        Duration eventRetention,
        boolean tableLookup,
        CustomerStore customerStore,
        PaymentMethodStore paymentMethodStore,
        boolean requireKnownCustomers,
        SetupIntentStore setupIntentStore) {}
