package io.paystate.http;

import io.paystate.wire.PaymentMethodLookup;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link PayStateServer} listens and what it serves. Start from {@link #defaults()} and
 * change what differs with the {@code with...} methods.
 *
 * <p>Thread safety: immutable.
 *
 * @param host the address to bind; {@code 127.0.0.1} by default, so nothing outside the machine reaches it
 * @param port the port; 0 picks a free one
 * @param apiKeys the accepted API keys and their accounts
 * @param maxBodyBytes larger request bodies are answered with a 413 without being read
 * @param threads worker threads serving requests
 * @param webhooks the webhook dispatcher registered as the engine's subscriber, or null for no
 *     {@code /v1/webhook_endpoints}
 * @param timeTravel how to move the engine's manual clock, or null when it is not manual
 * @param dueInterval how often the server itself runs what falls due (the engine's
 *     {@code processDue()} and webhook retries), or null to run it only on time travel
 * @param paymentMethods the processor's payment methods, to expand {@code payment_method}
 */
public record ServerOptions(String host, int port, ApiKeys apiKeys, long maxBodyBytes, int threads,
        @Nullable WebhookDispatcher webhooks, @Nullable TimeTravel timeTravel, @Nullable Duration dueInterval,
        PaymentMethodLookup paymentMethods) {
    /** The default body limit, 1 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1 << 20;

    /**
     * Checks the values.
     *
     * @param host the address to bind
     * @param port the port; 0 picks a free one
     * @param apiKeys the accepted API keys
     * @param maxBodyBytes the body limit, positive
     * @param threads worker threads, positive
     * @param webhooks the webhook dispatcher, or null
     * @param timeTravel the time travel, or null
     * @param dueInterval how often to run what falls due, positive, or null
     * @param paymentMethods the processor's payment methods
     * @throws IllegalArgumentException for a value out of range
     */
    public ServerOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(apiKeys, "apiKeys");
        Objects.requireNonNull(paymentMethods, "paymentMethods");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxBodyBytes < 1 || threads < 1) {
            throw new IllegalArgumentException("maxBodyBytes and threads must be positive");
        }
        if (dueInterval != null && (dueInterval.isNegative() || dueInterval.isZero())) {
            throw new IllegalArgumentException("dueInterval must be positive: " + dueInterval);
        }
    }

    /**
     * Returns the defaults: {@code 127.0.0.1}, a free port, {@link ApiKeys#defaults()}, 1 MiB bodies,
     * 16 threads, no webhooks, no time travel, nothing run in the background, the test-mode payment methods.
     *
     * @return the defaults
     */
    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", 0, ApiKeys.defaults(), DEFAULT_MAX_BODY_BYTES, 16, null, null, null,
                PaymentMethodLookup.testMode());
    }

    /**
     * Returns a copy listening on this address.
     *
     * @param value the address
     * @return the copy
     */
    public ServerOptions withHost(String value) {
        return new ServerOptions(value, port, apiKeys, maxBodyBytes, threads, webhooks, timeTravel, dueInterval,
                paymentMethods);
    }

    /**
     * Returns a copy listening on this port.
     *
     * @param value the port, 0 for a free one
     * @return the copy
     */
    public ServerOptions withPort(int value) {
        return new ServerOptions(host, value, apiKeys, maxBodyBytes, threads, webhooks, timeTravel, dueInterval,
                paymentMethods);
    }

    /**
     * Returns a copy accepting these keys.
     *
     * @param value the keys
     * @return the copy
     */
    public ServerOptions withApiKeys(ApiKeys value) {
        return new ServerOptions(host, port, value, maxBodyBytes, threads, webhooks, timeTravel, dueInterval,
                paymentMethods);
    }

    /**
     * Returns a copy with this body limit.
     *
     * @param value the limit in bytes
     * @return the copy
     */
    public ServerOptions withMaxBodyBytes(long value) {
        return new ServerOptions(host, port, apiKeys, value, threads, webhooks, timeTravel, dueInterval,
                paymentMethods);
    }

    /**
     * Returns a copy with this many worker threads.
     *
     * @param value the threads
     * @return the copy
     */
    public ServerOptions withThreads(int value) {
        return new ServerOptions(host, port, apiKeys, maxBodyBytes, value, webhooks, timeTravel, dueInterval,
                paymentMethods);
    }

    /**
     * Returns a copy serving webhook endpoints through this dispatcher, which must be registered as
     * a subscriber of the engine the server is started with ({@link WebhookDispatcher#register}).
     *
     * @param value the dispatcher
     * @return the copy
     */
    public ServerOptions withWebhooks(WebhookDispatcher value) {
        return new ServerOptions(host, port, apiKeys, maxBodyBytes, threads, Objects.requireNonNull(value, "webhooks"),
                timeTravel, dueInterval, paymentMethods);
    }

    /**
     * Returns a copy that moves the engine's manual clock on {@code POST /v1/test_helpers/advance_clock}.
     *
     * @param value the time travel
     * @return the copy
     */
    public ServerOptions withTimeTravel(TimeTravel value) {
        return new ServerOptions(host, port, apiKeys, maxBodyBytes, threads, webhooks,
                Objects.requireNonNull(value, "timeTravel"), dueInterval, paymentMethods);
    }

    /**
     * Returns a copy that runs what falls due this often in the background: for an engine on the
     * system clock, so that async settlement and webhook retries happen without a client asking.
     *
     * @param value the interval
     * @return the copy
     */
    public ServerOptions withDueInterval(Duration value) {
        return new ServerOptions(host, port, apiKeys, maxBodyBytes, threads, webhooks, timeTravel,
                Objects.requireNonNull(value, "dueInterval"), paymentMethods);
    }

    /**
     * Returns a copy expanding payment methods from this lookup (the engine's processor's, when it
     * mints its own).
     *
     * @param value the lookup
     * @return the copy
     */
    public ServerOptions withPaymentMethods(PaymentMethodLookup value) {
        return new ServerOptions(host, port, apiKeys, maxBodyBytes, threads, webhooks, timeTravel, dueInterval,
                value);
    }
}
