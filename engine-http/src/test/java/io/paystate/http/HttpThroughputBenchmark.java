package io.paystate.http;

import io.paystate.engine.PaymentEngine;
import io.paystate.http.internal.ApiHandler;
import io.paystate.http.internal.HttpReply;
import io.paystate.http.internal.JdkHttpTransport;
import io.paystate.http.internal.StripeApi;
import io.paystate.wire.PaymentMethodLookup;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Full lifecycles per second over HTTP against the floor of the same server: bare round trips to
 * a trivial handler, 4 per lifecycle (create, confirm, capture, retrieve), with keep-alive clients.
 * A benchmark, run by hand (docs/performance.md), not a test.
 */
public final class HttpThroughputBenchmark {
    private static final String AUTH = "Bearer " + ApiKeys.DEFAULT_SECRET_KEY;

    private HttpThroughputBenchmark() {}

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        Duration measure = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 5);
        PaymentEngine engine = PaymentEngine.builder().build();
        StripeApi api = new StripeApi(engine, ApiKeys.defaults(), ServerOptions.DEFAULT_MAX_BODY_BYTES, null, null,
                PaymentMethodLookup.testMode());
        HttpReply pong = HttpReply.json(200, Map.of(), "{}");
        ApiHandler both = call -> call.path().equals("/bench/ping") ? pong : api.handle(call);
        try (JdkHttpTransport server = JdkHttpTransport.start(new InetSocketAddress("127.0.0.1", 0), both,
                ServerOptions.DEFAULT_MAX_BODY_BYTES, 16, StripeApi::internalError)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Task ping = () -> send(http, "GET", base + "/bench/ping", null);
            Task lifecycle = () -> {
                String created = send(http, "POST", base + "/v1/payment_intents",
                        "amount=1000&currency=usd&capture_method=manual");
                String id = created.substring(created.indexOf("\"id\":\"") + 6, created.indexOf("\",", 8));
                send(http, "POST", base + "/v1/payment_intents/" + id + "/confirm", "payment_method=pm_card_visa");
                send(http, "POST", base + "/v1/payment_intents/" + id + "/capture", "");
                send(http, "GET", base + "/v1/payment_intents/" + id, null);
            };
            run(ping, clients, Duration.ofSeconds(2));
            run(lifecycle, clients, Duration.ofSeconds(2));
            double pings = run(ping, clients, measure);
            double lifecycles = run(lifecycle, clients, measure);
            double floor = pings / 4;
            System.out.printf("clients=%d  bare round trips/s=%.0f  lifecycle floor/s=%.0f  lifecycles/s=%.0f  "
                    + "ratio=%.2f%n", clients, pings, floor, lifecycles, lifecycles / floor);
        }
    }

    @FunctionalInterface
    private interface Task {
        void run() throws Exception;
    }

    private static double run(Task task, int clients, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong done = new AtomicLong();
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        for (int i = 0; i < clients; i++) {
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    task.run();
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return done.get() / seconds;
    }

    private static String send(HttpClient http, String method, String url, String form) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", AUTH);
        if (form != null) {
            b.header("Content-Type", "application/x-www-form-urlencoded");
        }
        b.method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(method + " " + url + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
