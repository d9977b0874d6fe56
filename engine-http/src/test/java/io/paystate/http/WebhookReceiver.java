package io.paystate.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A webhook endpoint on loopback that records what arrives and can be told to fail first. */
final class WebhookReceiver implements AutoCloseable {
    /**
     * One delivery attempt.
     *
     * @param payload the body
     * @param signature the Stripe-Signature header
     * @param status what the receiver answered
     */
    record Received(String payload, String signature, int status) {}

    private final HttpServer server;
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final BlockingQueue<Received> queue = new LinkedBlockingQueue<>();
    final List<Received> all = new CopyOnWriteArrayList<>();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "receiver");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/hook", exchange -> {
            try (exchange) {
                String payload = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int status = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
                Received r = new Received(payload, exchange.getRequestHeaders().getFirst("Stripe-Signature"), status);
                all.add(r);
                exchange.sendResponseHeaders(status, -1);
                queue.add(r);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next n attempts answer 500. */
    void failNext(int n) {
        failuresLeft.set(n);
    }

    /** The next attempt to arrive, waiting at most 10 seconds. */
    Received next() {
        try {
            Received r = queue.poll(10, TimeUnit.SECONDS);
            if (r == null) {
                throw new AssertionError("no webhook arrived within 10 seconds");
            }
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The attempts that arrived and were not taken by next(), without waiting. */
    List<Received> drain() {
        List<Received> rest = new java.util.ArrayList<>();
        queue.drainTo(rest);
        return rest;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
