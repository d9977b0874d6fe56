package io.paystate.http;

import io.paystate.engine.PaymentEngine;
import io.paystate.http.internal.JdkHttpTransport;
import io.paystate.http.internal.StripeApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Serves Stripe's HTTP API for one engine: point stripe-java (or any Stripe client) at
 * {@link #baseUrl()} with one of the server's {@linkplain ApiKeys API keys}.
 *
 * <pre>{@code
 * try (PayStateServer server = PayStateServer.start(engine, ServerOptions.defaults())) {
 *     StripeClient stripe = StripeClient.builder().setApiKey(ApiKeys.DEFAULT_SECRET_KEY)
 *             .setApiBase(server.baseUrl().toString()).build();
 *     ...
 * }
 * }</pre>
 *
 * <p>The server runs on the JDK's built-in HTTP/1.1 server, bound to {@code 127.0.0.1} unless the
 * options say otherwise. Requests are served concurrently by the options' worker threads.
 *
 * <p>Thread safety: safe for concurrent use; {@link #close()} may be called from any thread.
 */
public final class PayStateServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PayStateServer.class.getName());

    private final JdkHttpTransport transport;
    private final URI baseUrl;
    private final @Nullable ScheduledExecutorService ticker;

    private PayStateServer(JdkHttpTransport transport, URI baseUrl, @Nullable ScheduledExecutorService ticker) {
        this.transport = transport;
        this.baseUrl = baseUrl;
        this.ticker = ticker;
    }

    /**
     * Starts a server for this engine.
     *
     * @param engine the engine to serve
     * @param options where to listen and what to serve
     * @return the running server
     * @throws IllegalStateException if the options name a webhook dispatcher that is not a subscriber of this engine
     * @throws UncheckedIOException if the address cannot be bound
     */
    public static PayStateServer start(PaymentEngine engine, ServerOptions options) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(options, "options");
        WebhookDispatcher webhooks = options.webhooks();
        if (webhooks != null) {
            webhooks.checkRegisteredWith(engine);
        }
        StripeApi api = new StripeApi(engine, options.apiKeys(), options.maxBodyBytes(),
                webhooks == null ? null : webhooks.hub(), options.timeTravel(), options.paymentMethods());
        JdkHttpTransport transport;
        try {
            transport = JdkHttpTransport.start(new InetSocketAddress(options.host(), options.port()), api,
                    options.maxBodyBytes(), options.threads(), StripeApi::internalError);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + options.host() + ":" + options.port(), e);
        }
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        URI baseUrl = URI.create("http://" + host + ":" + transport.port());
        ScheduledExecutorService ticker = null;
        if (options.dueInterval() != null) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "paystate-due");
                t.setDaemon(true);
                return t;
            });
            long millis = options.dueInterval().toMillis();
            // runDue guards itself: a failing round is logged and the next one runs on schedule
            var unused = ticker.scheduleWithFixedDelay(() -> runDue(engine, webhooks), millis, millis,
                    TimeUnit.MILLISECONDS);
        }
        return new PayStateServer(transport, baseUrl, ticker);
    }

    private static void runDue(PaymentEngine engine, @Nullable WebhookDispatcher webhooks) {
        try {
            engine.processDue();
            if (webhooks != null) {
                webhooks.runDue();
            }
        } catch (RuntimeException e) {
            // the next tick tries again; one failure must not stop the schedule
            LOG.log(Level.WARNING, "running what fell due failed", e);
        }
    }

    /**
     * Returns the URL clients use as their API base, such as {@code http://127.0.0.1:12111}.
     *
     * @return the base URL, without a trailing slash
     */
    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * Returns the port the server listens on (the chosen one when the options said 0).
     *
     * @return the port
     */
    public int port() {
        return transport.port();
    }

    /** Stops listening and serving; requests in progress are cut off after at most a second. */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        transport.close();
    }
}
