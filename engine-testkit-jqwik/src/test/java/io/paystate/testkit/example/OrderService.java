package io.paystate.testkit.example;

import io.paystate.engine.CancelParams;
import io.paystate.engine.CaptureParams;
import io.paystate.engine.PaymentEngine;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntentId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The worked example of docs/testing.md: a small order service driven by PayState's events. It
 * creates an order when a payment succeeds, reserves a waitlist item while a manual-capture payment
 * is held, and later captures (fulfils) or cancels (releases) the reservation.
 */
// tag::service[]
final class OrderService implements Consumer<PaymentEvent> {
    enum OrderStatus { RECEIVED, PROCESSING, SHIPPED }

    record Order(PaymentIntentId payment, long amount, OrderStatus status) {}

    record Reservation(PaymentIntentId payment, String item, long amount) {}

    private final PaymentEngine engine;
    private final Map<PaymentIntentId, Order> orders = new ConcurrentHashMap<>();
    private final Map<PaymentIntentId, Reservation> reservations = new ConcurrentHashMap<>();

    OrderService(PaymentEngine engine) {
        this.engine = engine;
    }

    /** The webhook handler: PayState calls it for every event. */
    @Override
    public void accept(PaymentEvent event) {
        PaymentIntentId id = event.paymentIntentId();
        switch (event.type()) {
            case PAYMENT_INTENT_SUCCEEDED -> {
                reservations.remove(id);
                orders.putIfAbsent(id, new Order(id, event.paymentIntent().amountReceived(), OrderStatus.RECEIVED));
            }
            case PAYMENT_INTENT_AMOUNT_CAPTURABLE_UPDATED -> reservations.put(id,
                    new Reservation(id, event.paymentIntent().metadata().getOrDefault("item", "waitlist"),
                            event.paymentIntent().amountCapturable()));
            case PAYMENT_INTENT_CANCELED -> reservations.remove(id);
            default -> { }
        }
    }

    /** The item came back in stock: take the money; the succeeded event creates the order. */
    void fulfil(PaymentIntentId reserved) {
        engine.capture(reserved, CaptureParams.full());
    }

    /** The item will not come back: release the hold. */
    void release(PaymentIntentId reserved) {
        engine.cancel(reserved, CancelParams.none());
    }

    /** The warehouse picks a received order. */
    void startProcessing(PaymentIntentId payment) {
        advance(payment, OrderStatus.RECEIVED, OrderStatus.PROCESSING);
    }

    /** The parcel leaves; only a processing order ships. */
    void ship(PaymentIntentId payment) {
        advance(payment, OrderStatus.PROCESSING, OrderStatus.SHIPPED);
    }

    private void advance(PaymentIntentId payment, OrderStatus from, OrderStatus to) {
        orders.computeIfPresent(payment, (k, o) -> o.status() == from ? new Order(k, o.amount(), to) : o);
    }

    Optional<Order> order(PaymentIntentId payment) {
        return Optional.ofNullable(orders.get(payment));
    }

    Optional<Reservation> reservation(PaymentIntentId payment) {
        return Optional.ofNullable(reservations.get(payment));
    }

    Map<PaymentIntentId, Order> orders() {
        return Map.copyOf(orders);
    }

    Map<PaymentIntentId, Reservation> reservations() {
        return Map.copyOf(reservations);
    }
}
// end::service[]
