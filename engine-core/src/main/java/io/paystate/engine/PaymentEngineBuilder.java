package io.paystate.engine;

import io.paystate.engine.internal.DefaultPaymentEngine;
import io.paystate.engine.internal.EngineConfig;
import io.paystate.model.AccountId;
import io.paystate.spi.EventSink;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.IdempotencyStore;
import io.paystate.spi.CustomerStore;
import io.paystate.spi.SetupIntentStore;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.PaymentMethodStore;
import io.paystate.spi.PaymentProcessor;
import java.time.Clock;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link PaymentEngine}. Every option may be set at most once; unset options take the
 * defaults of a test-mode engine: an {@link InMemoryPaymentIntentStore}, the system UTC clock, no
 * event subscriber, the {@link TestModeProcessor}, random ids, a 7-day authorization window that
 * cancels on expiry, idempotency keys kept 24 hours in memory, and events kept 30 days.
 *
 * <p>{@link #build()} validates and snapshots the configuration: changing the builder afterwards
 * does not affect built engines. Not thread-safe.
 */
public final class PaymentEngineBuilder {
    private @Nullable PaymentIntentStore store;
    private @Nullable CustomerStore customerStore;
    private boolean requireKnownCustomers;
    private @Nullable PaymentMethodStore paymentMethodStore;
    private @Nullable SetupIntentStore setupIntentStore;
    private @Nullable InstantSource clock;
    private final Map<String, EventSink> subscribers = new LinkedHashMap<>();
    private @Nullable PaymentProcessor processor;
    private @Nullable IdGenerator idGenerator;
    private @Nullable IdempotencyStore idempotencyStore;
    private @Nullable Duration authorizationWindow;
    private @Nullable Duration extendedAuthorizationWindow;
    private @Nullable Duration idempotencyKeyRetention;
    private @Nullable ExpiryPolicy expiryPolicy;
    private final Map<String, Duration> brandWindows = new HashMap<>();
    private @Nullable Duration processorTimeout;
    private @Nullable DeliveryOptions delivery;
    private @Nullable Duration eventRetention;
    private @Nullable StateMachineRuntime stateMachine;

    PaymentEngineBuilder() {}

    private static <T> T once(@Nullable Object current, T value, String name) {
        Objects.requireNonNull(value, name);
        if (current != null) {
            throw new IllegalStateException(name + " was already set");
        }
        return value;
    }

    /**
     * Sets where intents are stored.
     *
     * @param value the store
     * @return this builder
     */
    public PaymentEngineBuilder store(PaymentIntentStore value) {
        this.store = once(store, value, "store");
        return this;
    }

    /**
     * Sets the storage of payment methods created through the API; default an
     * {@link InMemoryPaymentMethodStore}.
     *
     * @param value the payment-method store
     * @return this builder
     */
    public PaymentEngineBuilder paymentMethodStore(PaymentMethodStore value) {
        this.paymentMethodStore = once(paymentMethodStore, value, "paymentMethodStore");
        return this;
    }

    /**
     * Makes an intent's {@code customer} a reference to a customer of this engine, as in Stripe: a
     * create or update naming an unknown or deleted customer is a 400 {@code resource_missing} on
     * {@code customer}. By default an intent's {@code customer} is an opaque id owned by the host,
     * stored, listed and searched by, never checked, so hosts that keep their customers elsewhere
     * need none in PayState.
     *
     * @return this builder
     */
    public PaymentEngineBuilder requireKnownCustomers() {
        this.requireKnownCustomers = true;
        return this;
    }

    /**
     * Sets the storage of customers; default an {@link InMemoryCustomerStore}.
     *
     * @param value the customer store
     * @return this builder
     */
    public PaymentEngineBuilder customerStore(CustomerStore value) {
        this.customerStore = once(customerStore, value, "customerStore");
        return this;
    }

    /**
     * Sets the storage of SetupIntents and their events; default an {@link InMemorySetupIntentStore}.
     *
     * @param value the SetupIntent store
     * @return this builder
     * @throws IllegalStateException if it was set before
     */
    public PaymentEngineBuilder setupIntentStore(SetupIntentStore value) {
        this.setupIntentStore = once(setupIntentStore, value, "setupIntentStore");
        return this;
    }

    /**
     * Sets the clock; the engine reads time from nothing else.
     *
     * @param value the clock
     * @return this builder
     */
    public PaymentEngineBuilder clock(InstantSource value) {
        this.clock = once(clock, value, "clock");
        return this;
    }

    /** The name of the subscriber set with {@link #eventSink(EventSink)}. */
    public static final String DEFAULT_SUBSCRIBER = "default";

    /**
     * Sets the sink that receives every event: the subscriber named {@value #DEFAULT_SUBSCRIBER}.
     *
     * @throws IllegalStateException if it was already set
     * @param value the value
     * @return this builder
     */
    public PaymentEngineBuilder eventSink(EventSink value) {
        return subscriber(DEFAULT_SUBSCRIBER, value);
    }

    /**
     * Adds a subscriber to the event log. Each subscriber receives every event, at least once, in
     * order, from its own position, which the store keeps under {@code name} (so a restarted engine
     * resumes each where it stopped). A failing subscriber is retried and, after
     * {@link #deliveryOptions(DeliveryOptions) too many attempts}, parked; others are not held up.
     *
     * @param name a stable, unique name: 1 to 100 characters of letters, digits, {@code .-_}
     * @throws IllegalArgumentException for an invalid name
     * @throws IllegalStateException if a subscriber of this name was already added
     * @param sink the subscriber
     * @return this builder
     */
    public PaymentEngineBuilder subscriber(String name, EventSink sink) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sink, "sink");
        if (!name.matches("[A-Za-z0-9._-]{1,100}") || name.startsWith("paystate.")) {
            throw new IllegalArgumentException("invalid subscriber name '" + name + "': use 1 to 100 letters, digits, "
                    + "'.', '-' or '_', not starting with 'paystate.'");
        }
        if (subscribers.containsKey(name)) {
            throw new IllegalStateException("subscriber " + name + " was already added");
        }
        subscribers.put(name, sink);
        return this;
    }

    /**
     * Sets how failing subscribers are retried and when they are parked; default {@link DeliveryOptions#defaults()}.
     *
     * @param value the value
     * @return this builder
     */
    public PaymentEngineBuilder deliveryOptions(DeliveryOptions value) {
        this.delivery = once(delivery, value, "deliveryOptions");
        return this;
    }

    /**
     * Sets how long events stay in the log (and in the events API), by the engine clock; default 30
     * days, as Stripe. Older events are deleted by {@link PaymentEngine#processDue()}.
     * @param value the value
     * @return this builder
     */
    public PaymentEngineBuilder eventRetention(Duration value) {
        this.eventRetention = once(eventRetention, positive(value, "eventRetention"), "eventRetention");
        return this;
    }

    /**
     * Sets how long a deciding processor call (authorize, settle, ...) may take before the engine
     * gives up: the attempt is released by its id and the request answers a 500 that changed
     * nothing. Calls then run on a small pool of daemon threads. Default: 30 seconds for a host's
     * processor; the built-in {@link TestModeProcessor}, which never blocks, is called directly
     * unless a timeout is set.
     * @param value the value
     * @return this builder
     */
    public PaymentEngineBuilder processorTimeout(Duration value) {
        this.processorTimeout = once(processorTimeout, positive(value, "processorTimeout"), "processorTimeout");
        return this;
    }

    /**
     * Sets what runs the transitions; default {@link StateMachineRuntime#SQUIRREL}. For benchmarks
     * and simulations that measure the engine against the table-lookup floor only.
     * @param value the value
     * @return this builder
     */
    public PaymentEngineBuilder stateMachine(StateMachineRuntime value) {
        this.stateMachine = once(stateMachine, value, "stateMachine");
        return this;
    }

    /**
     * Sets the processor that decides payment attempts.
     *
     * @param value the processor
     * @return this builder
     */
    public PaymentEngineBuilder processor(PaymentProcessor value) {
        this.processor = once(processor, value, "processor");
        return this;
    }

    /**
     * Sets the id generator; {@link IdGenerator#seeded(long)} makes runs reproducible.
     *
     * @param value the id generator
     * @return this builder
     */
    public PaymentEngineBuilder idGenerator(IdGenerator value) {
        this.idGenerator = once(idGenerator, value, "idGenerator");
        return this;
    }

    /**
     * Returns the engine's default idempotency store: in memory, on {@code clock}, keeping each key
     * {@code retention} after its first use, never evicting a live key by size. For hosts that
     * wrap or test it; the builder creates one when none is set.
     *
     * @param clock the clock
     * @param retention the retention
     * @return the engine's default idempotency store: in memory, on {@code clock}, keeping each key {@code retention} after its first use, never evicting a live key by size
     */
    public static IdempotencyStore inMemoryIdempotencyStore(InstantSource clock, Duration retention) {
        return io.paystate.engine.internal.idempotency.CaffeineIdempotencyStore.create(clock, retention);
    }

    /**
     * Sets where idempotency keys are remembered; default in memory.
     *
     * @param value the idempotency store
     * @return this builder
     */
    public PaymentEngineBuilder idempotencyStore(IdempotencyStore value) {
        this.idempotencyStore = once(idempotencyStore, value, "idempotencyStore");
        return this;
    }

    /**
     * Sets how long an uncaptured authorization lasts, counted from the intent's creation; default 7
     * days.
     *
     * @param value the authorization window
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public PaymentEngineBuilder authorizationWindow(Duration value) {
        this.authorizationWindow = once(authorizationWindow, positive(value, "authorizationWindow"),
                "authorizationWindow");
        return this;
    }

    /**
     * Sets the window of one card brand (e.g. {@code visa}), overriding the default window; an
     * extension to model network rules.
     *
     * @param brand the card brand, e.g. {@code visa}; null for other types
     * @param value the authorization window
     * @return this builder
     * @throws IllegalArgumentException if not positive
     * @throws IllegalStateException if this brand was already set
     */
    public PaymentEngineBuilder authorizationWindow(String brand, Duration value) {
        String key = Objects.requireNonNull(brand, "brand").toLowerCase(Locale.ROOT);
        if (brandWindows.containsKey(key)) {
            throw new IllegalStateException("authorizationWindow for " + key + " was already set");
        }
        brandWindows.put(key, positive(value, "authorizationWindow"));
        return this;
    }

    /**
     * Sets the window of an extended authorization (requested with
     * {@code request_extended_authorization=if_available} and granted); default 30 days.
     *
     * @param value the extended authorization window
     * @return this builder
     */
    public PaymentEngineBuilder extendedAuthorizationWindow(Duration value) {
        this.extendedAuthorizationWindow = once(extendedAuthorizationWindow,
                positive(value, "extendedAuthorizationWindow"), "extendedAuthorizationWindow");
        return this;
    }

    /**
     * Sets what expiry of an authorization does; default {@link ExpiryPolicy#CANCEL}.
     *
     * @param value the expiry policy
     * @return this builder
     */
    public PaymentEngineBuilder expiryPolicy(ExpiryPolicy value) {
        this.expiryPolicy = once(expiryPolicy, value, "expiryPolicy");
        return this;
    }

    /**
     * Sets how long an idempotency key is remembered, by the engine clock; default 24 hours, Stripe's
     * lower bound.
     *
     * @param value the idempotency key retention
     * @return this builder
     */
    public PaymentEngineBuilder idempotencyKeyRetention(Duration value) {
        this.idempotencyKeyRetention = once(idempotencyKeyRetention, positive(value, "idempotencyKeyRetention"),
                "idempotencyKeyRetention");
        return this;
    }

    private static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }

    /**
     * Returns a new engine with this configuration. Builds and warms up the state machine.
     *
     * @return a new engine with this configuration
     */
    public PaymentEngine build() {
        InstantSource effectiveClock = clock != null ? clock : Clock.systemUTC();
        IdGenerator effectiveIds = idGenerator != null ? idGenerator : IdGenerator.random();
        PaymentProcessor effectiveProcessor = processor != null ? processor
                : TestModeProcessor.create(effectiveIds, TestModeProcessor.DEFAULT_SETTLEMENT_DELAY);
        Duration timeout = processorTimeout != null ? processorTimeout
                : effectiveProcessor instanceof TestModeProcessor ? null : DEFAULT_PROCESSOR_TIMEOUT;
        EngineConfig config = new EngineConfig(
                store != null ? store : new InMemoryPaymentIntentStore(),
                effectiveClock,
                Collections.unmodifiableMap(new LinkedHashMap<>(subscribers)),
                effectiveProcessor,
                effectiveIds,
                idempotencyStore,
                authorizationWindow != null ? authorizationWindow : Duration.ofDays(7),
                extendedAuthorizationWindow != null ? extendedAuthorizationWindow : Duration.ofDays(30),
                Map.copyOf(brandWindows),
                expiryPolicy != null ? expiryPolicy : ExpiryPolicy.CANCEL,
                idempotencyKeyRetention != null ? idempotencyKeyRetention : Duration.ofHours(24),
                AccountId.DEFAULT,
                timeout,
                delivery != null ? delivery : DeliveryOptions.defaults(),
                eventRetention != null ? eventRetention : Duration.ofDays(30),
                stateMachine == StateMachineRuntime.TABLE_LOOKUP,
                customerStore != null ? customerStore : new InMemoryCustomerStore(),
                paymentMethodStore != null ? paymentMethodStore : new InMemoryPaymentMethodStore(),
                requireKnownCustomers,
                setupIntentStore != null ? setupIntentStore : new InMemorySetupIntentStore());
        return new DefaultPaymentEngine(config);
    }

    private static final Duration DEFAULT_PROCESSOR_TIMEOUT = Duration.ofSeconds(30);
}
