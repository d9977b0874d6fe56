package io.paystate.http.example;

import com.stripe.StripeClient;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.net.Webhook;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.WebhookEndpointCreateParams;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small shop, as a PayState user writes one: it takes payments through stripe-java and learns
 * their outcome only from webhooks, which it verifies with {@code Webhook.constructEvent}. An order
 * is created when its payment succeeds and moves received, processing, shipped. A waitlist item is
 * paid by a held authorization: the hold is recorded on {@code amount_capturable_updated}, captured
 * when stock arrives (which then makes the order) or released, and expires unseen after 7 days.
 */
final class Shop implements AutoCloseable {
    enum OrderStatus { RECEIVED, PROCESSING, SHIPPED }

    enum HoldStatus { HELD, CAPTURED, RELEASED, EXPIRED }

    /**
     * An order, keyed by the payment that made it.
     *
     * @param paymentIntent the intent's id
     * @param item what was bought
     * @param amount what was paid
     * @param status where it is
     */
    record Order(String paymentIntent, String item, long amount, OrderStatus status) {}

    private final StripeClient stripe;
    private final HttpServer server;
    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final Map<String, HoldStatus> holds = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Order>> orderWaiters = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<HoldStatus>> holdWaiters = new ConcurrentHashMap<>();
    private final Set<String> handledEvents = ConcurrentHashMap.newKeySet();
    private final AtomicInteger outage = new AtomicInteger();
    /** Every delivery attempt, answered or refused, for tests to wait on. */
    final BlockingQueue<Integer> attempts = new LinkedBlockingQueue<>();
    private volatile String secret = "";

    Shop(StripeClient stripe) throws IOException {
        this.stripe = stripe;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 32);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "shop");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/stripe/webhooks", this::webhook);
        server.start();
    }

    /** Registers the shop's endpoint with the payment server; the secret comes back only now. */
    void registerWebhook() throws StripeException {
        secret = stripe.v1().webhookEndpoints().create(WebhookEndpointCreateParams.builder()
                .setUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/stripe/webhooks")
                .addEnabledEvent(WebhookEndpointCreateParams.EnabledEvent.PAYMENT_INTENT__SUCCEEDED)
                .addEnabledEvent(WebhookEndpointCreateParams.EnabledEvent.PAYMENT_INTENT__AMOUNT_CAPTURABLE_UPDATED)
                .addEnabledEvent(WebhookEndpointCreateParams.EnabledEvent.PAYMENT_INTENT__CANCELED)
                .setDescription("shop order fulfilment").build()).getSecret();
    }

    /** Pays for an item at once; the order appears when the succeeded webhook arrives. */
    String checkout(String item, long amount, String paymentMethod) throws StripeException {
        return pay(item, amount, paymentMethod, PaymentIntentCreateParams.CaptureMethod.AUTOMATIC);
    }

    /** Holds the amount for a waitlisted item, to capture when stock arrives. */
    String joinWaitlist(String item, long amount) throws StripeException {
        return pay(item, amount, "pm_card_visa", PaymentIntentCreateParams.CaptureMethod.MANUAL);
    }

    private String pay(String item, long amount, String pm, PaymentIntentCreateParams.CaptureMethod capture)
            throws StripeException {
        PaymentIntent pi = stripe.v1().paymentIntents().create(PaymentIntentCreateParams.builder().setAmount(amount)
                .setCurrency("usd").setPaymentMethod(pm).setConfirm(true).setCaptureMethod(capture)
                .putMetadata("item", item).build());
        return pi.getId();
    }

    /** Stock arrived: take the held money; the succeeded webhook then makes the order. */
    void stockArrived(String paymentIntent) throws StripeException {
        stripe.v1().paymentIntents().capture(paymentIntent);
    }

    /** The customer left the waitlist: release the hold. */
    void leaveWaitlist(String paymentIntent) throws StripeException {
        stripe.v1().paymentIntents().cancel(paymentIntent);
    }

    void startProcessing(String paymentIntent) {
        move(paymentIntent, OrderStatus.RECEIVED, OrderStatus.PROCESSING);
    }

    void ship(String paymentIntent) {
        move(paymentIntent, OrderStatus.PROCESSING, OrderStatus.SHIPPED);
    }

    private void move(String paymentIntent, OrderStatus from, OrderStatus to) {
        orders.computeIfPresent(paymentIntent, (k, o) -> {
            if (o.status() != from) {
                throw new IllegalStateException("order " + k + " is " + o.status() + ", not " + from);
            }
            return new Order(o.paymentIntent(), o.item(), o.amount(), to);
        });
    }

    /** The next n deliveries are refused with a 503, as during a deploy. */
    void outage(int n) {
        outage.set(n);
    }

    CompletableFuture<Order> order(String paymentIntent) {
        return orderWaiters.computeIfAbsent(paymentIntent, k -> new CompletableFuture<>());
    }

    /** Completes when the intent's hold reaches this status. */
    CompletableFuture<HoldStatus> hold(String paymentIntent, HoldStatus status) {
        return holdWaiters.computeIfAbsent(paymentIntent + " " + status, k -> new CompletableFuture<>());
    }

    HoldStatus holdStatus(String paymentIntent) {
        return holds.get(paymentIntent);
    }

    Map<String, Order> orders() {
        return Map.copyOf(orders);
    }

    private void webhook(HttpExchange exchange) throws IOException {
        try (exchange) {
            String payload = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = outage.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : handle(payload,
                    exchange.getRequestHeaders().getFirst("Stripe-Signature"));
            // recorded before answering: once PayState has its answer, the test may look
            attempts.add(status);
            exchange.sendResponseHeaders(status, -1);
        }
    }

    private int handle(String payload, String signature) {
        Event event;
        try {
            event = Webhook.constructEvent(payload, signature, secret);
        } catch (SignatureVerificationException e) {
            return 400;
        }
        if (!handledEvents.add(event.getId())) {
            return 200; // delivered again (at least once): already handled
        }
        PaymentIntent pi = (PaymentIntent) event.getDataObjectDeserializer().getObject().orElseThrow();
        switch (event.getType()) {
            case "payment_intent.succeeded" -> {
                Order order = orders.computeIfAbsent(pi.getId(), k -> new Order(k, pi.getMetadata().get("item"),
                        pi.getAmountReceived(), OrderStatus.RECEIVED));
                if (holds.containsKey(pi.getId())) {
                    setHold(pi.getId(), HoldStatus.CAPTURED);
                }
                order(pi.getId()).complete(order);
            }
            case "payment_intent.amount_capturable_updated" -> setHold(pi.getId(), HoldStatus.HELD);
            case "payment_intent.canceled" -> setHold(pi.getId(),
                    "automatic".equals(pi.getCancellationReason()) ? HoldStatus.EXPIRED : HoldStatus.RELEASED);
            default -> { }
        }
        return 200;
    }

    private void setHold(String paymentIntent, HoldStatus status) {
        holds.put(paymentIntent, status);
        hold(paymentIntent, status).complete(status);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
