package io.paystate.http;

import com.stripe.StripeClient;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.TestModeProcessor;
import io.paystate.model.AccountId;
import io.paystate.spi.IdGenerator;
import io.paystate.testkit.ManualClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A server as a test host starts one: a manual clock, webhooks on the test schedule, time travel. */
final class TestServer implements AutoCloseable {
    static final String OTHER_KEY = "sk_test_other";
    static final AccountId OTHER = AccountId.of("acct_other");

    final ManualClock clock = new ManualClock();
    final WebhookDispatcher webhooks;
    final PaymentEngine engine;
    final PayStateServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    TestServer() {
        this(ServerOptions.defaults());
    }

    TestServer(ServerOptions base) {
        this(base, false);
    }

    TestServer(ServerOptions base, boolean anyTestKey) {
        webhooks = WebhookDispatcher.builder().engineClock(clock).retrySchedule(RetrySchedule.test())
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)).build();
        IdGenerator ids = IdGenerator.random();
        TestModeProcessor processor = TestModeProcessor.create(ids, TestModeProcessor.DEFAULT_SETTLEMENT_DELAY);
        engine = webhooks.register(PaymentEngine.builder().clock(clock).idGenerator(ids).processor(processor)).build();
        server = PayStateServer.start(engine, base
                .withApiKeys(anyTestKey ? keys().withAnyTestKey() : keys())
                .withWebhooks(webhooks).withTimeTravel(TimeTravel.of(clock, clock::advance))
                .withPaymentMethods(processor::findPaymentMethod));
    }

    private static ApiKeys keys() {
        return ApiKeys.defaults().withSecretKey(OTHER_KEY, OTHER).withPublishableKey("pk_test_other", OTHER);
    }

    StripeClient stripe() {
        return stripe(ApiKeys.DEFAULT_SECRET_KEY);
    }

    StripeClient stripe(String key) {
        return StripeClient.builder().setApiKey(key).setApiBase(server.baseUrl().toString()).build();
    }

    /** A raw request: method, path (with query), form body or null, then header name/value pairs. */
    HttpResponse<String> call(String method, String path, String form, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(10));
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (form != null && !typed) {
            b.header("Content-Type", "application/x-www-form-urlencoded");
        }
        b.method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request with the default secret key. */
    HttpResponse<String> authed(String method, String path, String form, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + ApiKeys.DEFAULT_SECRET_KEY;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return call(method, path, form, all);
    }

    /** Time travel over HTTP: returns once what fell due, webhooks included, has run. */
    void advance(Duration by) {
        HttpResponse<String> r = authed("POST", "/v1/test_helpers/advance_clock", "seconds=" + by.toSeconds());
        if (r.statusCode() != 200) {
            throw new AssertionError("advance_clock: " + r.statusCode() + " " + r.body());
        }
    }

    @Override
    public void close() {
        server.close();
        webhooks.close();
    }
}
