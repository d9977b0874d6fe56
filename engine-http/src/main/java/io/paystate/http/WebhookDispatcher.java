package io.paystate.http;

import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentEngineBuilder;
import io.paystate.http.internal.DeliveryHub;
import io.paystate.http.internal.WebhookSender;
import io.paystate.model.PaymentEvent;
import io.paystate.model.StripeEvent;
import io.paystate.spi.EventSink;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Delivers the engine's events to the webhook endpoints created through {@code /v1/webhook_endpoints},
 * as Stripe does: a JSON POST of the event, signed in {@code Stripe-Signature}, retried on a schedule
 * until the endpoint answers 2xx.
 *
 * <p>The dispatcher is ONE subscriber of the engine's durable event log. Register it on the builder
 * before building the engine, then hand it to the server:
 *
 * <pre>{@code
 * WebhookDispatcher webhooks = WebhookDispatcher.builder().engineClock(clock).build();
 * PaymentEngine engine = webhooks.register(PaymentEngine.builder().clock(clock)).build();
 * PayStateServer server = PayStateServer.start(engine, ServerOptions.defaults().withWebhooks(webhooks));
 * }</pre>
 *
 * <p>Each event the logs hand over (of intents and charges, customers, payment methods and
 * SetupIntents alike) is queued for every enabled endpoint of its account whose
 * {@code enabled_events} match, and the first attempts start at once in the background. Failed
 * attempts are retried on the {@link RetrySchedule}, by the engine clock: they run when
 * {@link #runDue()} is called, which the server does after every time travel and, with a
 * {@linkplain ServerOptions#withDueInterval due interval}, periodically. Signatures carry the wall
 * clock's time (so that receivers' tolerance checks pass while the engine's clock is virtual).
 * Endpoints and queued deliveries live in memory.
 *
 * <p>Thread safety: safe for concurrent use; {@link #accept} only queues and returns quickly.
 */
public final class WebhookDispatcher implements EventSink, AutoCloseable {
    /** The subscriber name {@link #register} uses. */
    public static final String SUBSCRIBER_NAME = "webhooks";

    private final DeliveryHub hub;
    private final ExecutorService executor;
    private final AtomicInteger registrations = new AtomicInteger();

    private WebhookDispatcher(Builder builder) {
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(builder.threads, r -> {
            Thread t = new Thread(r, "paystate-webhooks-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // the client keeps its own executor: sharing the delivery threads, whose sends block, could starve it
        // the client keeps its own executor: the delivery threads block in send() and could starve it
        HttpClient client = HttpClient.newBuilder().connectTimeout(builder.connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
                .build();
        this.hub = new DeliveryHub(builder.engineClock, builder.schedule, executor,
                new WebhookSender(client, builder.wallClock, builder.requestTimeout));
    }

    /**
     * Returns a builder with the defaults: the system clock as engine and wall clock, the
     * {@linkplain RetrySchedule#live() live} schedule, 5 s to connect, 10 s for an answer, 4 threads.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Adds this dispatcher to an engine builder as the subscriber {@value #SUBSCRIBER_NAME}.
     *
     * @param engine the builder of the engine whose events to deliver
     * @return the same builder
     * @throws IllegalStateException if this dispatcher was registered already
     */
    public PaymentEngineBuilder register(PaymentEngineBuilder engine) {
        if (registrations.getAndIncrement() > 0) {
            throw new IllegalStateException("this webhook dispatcher is registered with an engine already");
        }
        return engine.subscriber(SUBSCRIBER_NAME, this);
    }

    /**
     * Queues one event of an intent or charge for the endpoints that want it. Called by the engine.
     *
     * @param event the event
     */
    @Override
    public void accept(PaymentEvent event) {
        hub.record(event);
    }

    /**
     * Queues one event of a customer, payment method or SetupIntent for the endpoints that want it.
     * Called by the engine.
     *
     * @param event the event
     */
    @Override
    public void acceptAny(StripeEvent event) {
        hub.record(event);
    }

    /**
     * Attempts every delivery whose retry is due by the engine clock, and returns once each has been
     * answered or has timed out.
     *
     * @return how many deliveries were attempted
     */
    public int runDue() {
        return hub.runDue();
    }

    /**
     * Returns how many endpoints have not yet accepted this event (Stripe's {@code pending_webhooks}).
     *
     * @param event the event's id
     * @return the count, 0 when every endpoint has it
     */
    public int pendingWebhooks(io.paystate.model.EventId event) {
        return hub.pendingWebhooks(event);
    }

    /** Checks that this dispatcher feeds from this engine, as the server requires. */
    void checkRegisteredWith(PaymentEngine engine) {
        boolean registered = engine.subscribers().stream().anyMatch(s -> s.name().equals(SUBSCRIBER_NAME));
        if (registrations.get() == 0 || !registered) {
            throw new IllegalStateException("the webhook dispatcher is not a subscriber of this engine: call "
                    + "webhooks.register(PaymentEngine.builder()...) before building the engine");
        }
    }

    DeliveryHub hub() {
        return hub;
    }

    /** Stops the delivery threads; deliveries not yet made are lost with the process. */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    /**
     * Configures a {@link WebhookDispatcher}. Each option may be set once.
     *
     * <p>Thread safety: not thread-safe; use from one thread.
     */
    public static final class Builder {
        private InstantSource engineClock = Clock.systemUTC();
        private InstantSource wallClock = Clock.systemUTC();
        private RetrySchedule schedule = RetrySchedule.live();
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(10);
        private int threads = 4;
        private final java.util.Set<String> set = new java.util.HashSet<>();

        private Builder() {}

        private void once(String name, @Nullable Object value) {
            Objects.requireNonNull(value, name);
            if (!set.add(name)) {
                throw new IllegalStateException(name + " was already set");
            }
        }

        /**
         * Sets the engine's clock, which times the retries: give the clock the engine was built with.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder engineClock(InstantSource value) {
            once("engineClock", value);
            engineClock = value;
            return this;
        }

        /**
         * Sets the clock whose time signs deliveries; the system clock unless a test pins it.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder wallClock(InstantSource value) {
            once("wallClock", value);
            wallClock = value;
            return this;
        }

        /**
         * Sets the retry schedule.
         *
         * @param value the schedule, such as {@link RetrySchedule#test()}
         * @return this builder
         */
        public Builder retrySchedule(RetrySchedule value) {
            once("retrySchedule", value);
            schedule = value;
            return this;
        }

        /**
         * Sets how long to wait for a connection and for an answer to each delivery.
         *
         * @param connect the connect timeout, positive
         * @param answer the time allowed for the whole response, positive
         * @return this builder
         */
        public Builder timeouts(Duration connect, Duration answer) {
            once("timeouts", connect);
            Objects.requireNonNull(answer, "answer");
            if (connect.isNegative() || connect.isZero() || answer.isNegative() || answer.isZero()) {
                throw new IllegalArgumentException("timeouts must be positive");
            }
            connectTimeout = connect;
            requestTimeout = answer;
            return this;
        }

        /**
         * Sets how many deliveries run at once.
         *
         * @param value the threads, positive
         * @return this builder
         */
        public Builder threads(int value) {
            once("threads", value);
            if (value < 1) {
                throw new IllegalArgumentException("threads must be positive: " + value);
            }
            threads = value;
            return this;
        }

        /**
         * Builds the dispatcher.
         *
         * @return the dispatcher
         */
        public WebhookDispatcher build() {
            return new WebhookDispatcher(this);
        }
    }
}
