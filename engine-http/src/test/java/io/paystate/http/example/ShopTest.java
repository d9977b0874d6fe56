package io.paystate.http.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.StripeClient;
import io.paystate.engine.PaymentEngine;
import io.paystate.http.PayStateServer;
import io.paystate.http.RetrySchedule;
import io.paystate.http.ServerOptions;
import io.paystate.http.TimeTravel;
import io.paystate.http.WebhookDispatcher;
import io.paystate.testkit.ManualClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The order-fulfilment example against a PayState server on a manual clock. */
class ShopTest {
    private ManualClock clock;
    private WebhookDispatcher webhooks;
    private PayStateServer payments;
    private Shop shop;

    @BeforeEach
    void start() throws Exception {
        // tag::server[]
        clock = new ManualClock();
        webhooks = WebhookDispatcher.builder().engineClock(clock).retrySchedule(RetrySchedule.test()).build();
        PaymentEngine engine = webhooks.register(PaymentEngine.builder().clock(clock)).build();
        payments = PayStateServer.start(engine, ServerOptions.defaults().withWebhooks(webhooks)
                .withTimeTravel(TimeTravel.of(clock, clock::advance)));
        StripeClient stripe = StripeClient.builder().setApiKey("sk_test_paystate")
                .setApiBase(payments.baseUrl().toString()).build();
        // end::server[]
        shop = new Shop(stripe);
        shop.registerWebhook();
    }

    @AfterEach
    void stop() {
        shop.close();
        payments.close();
        webhooks.close();
    }

    /** Moves the payment server's clock; returns once due work and webhooks have run. */
    private void advance(Duration by) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(payments.baseUrl() + "/v1/test_helpers/advance_clock"))
                .header("Authorization", "Bearer sk_test_paystate")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("seconds=" + by.toSeconds())).build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void checkout_paid_createsTheOrderWhichMovesToShipped() throws Exception {
        String pi = shop.checkout("lamp", 4500, "pm_card_visa");

        Shop.Order order = shop.order(pi).get(10, TimeUnit.SECONDS);
        shop.startProcessing(pi);
        shop.ship(pi);

        assertThat(order.status()).isEqualTo(Shop.OrderStatus.RECEIVED);
        assertThat(order.amount()).isEqualTo(4500);
        assertThat(shop.orders().get(pi).status()).isEqualTo(Shop.OrderStatus.SHIPPED);
    }

    @Test
    void waitlist_holdCapturedWhenStockArrives_createsTheOrder() throws Exception {
        String pi = shop.joinWaitlist("rare vinyl", 8000);
        shop.hold(pi, Shop.HoldStatus.HELD).get(10, TimeUnit.SECONDS);

        shop.stockArrived(pi);

        assertThat(shop.order(pi).get(10, TimeUnit.SECONDS).item()).isEqualTo("rare vinyl");
        assertThat(shop.hold(pi, Shop.HoldStatus.CAPTURED).get(10, TimeUnit.SECONDS)).isEqualTo(Shop.HoldStatus.CAPTURED);
    }

    @Test
    void waitlist_customerLeaves_releasesTheHoldWithoutAnOrder() throws Exception {
        String pi = shop.joinWaitlist("rare vinyl", 8000);
        shop.hold(pi, Shop.HoldStatus.HELD).get(10, TimeUnit.SECONDS);

        shop.leaveWaitlist(pi);

        assertThat(shop.hold(pi, Shop.HoldStatus.RELEASED).get(10, TimeUnit.SECONDS)).isEqualTo(Shop.HoldStatus.RELEASED);
        assertThat(shop.orders()).doesNotContainKey(pi);
    }

    @Test
    void waitlist_holdNotCapturedWithin7Days_expires() throws Exception {
        String pi = shop.joinWaitlist("rare vinyl", 8000);
        shop.hold(pi, Shop.HoldStatus.HELD).get(10, TimeUnit.SECONDS);

        advance(Duration.ofDays(6));
        Shop.HoldStatus onDaySix = shop.holdStatus(pi);
        advance(Duration.ofDays(1).plusSeconds(1));

        assertThat(onDaySix).isEqualTo(Shop.HoldStatus.HELD);
        assertThat(shop.holdStatus(pi)).isEqualTo(Shop.HoldStatus.EXPIRED);
        assertThat(shop.orders()).doesNotContainKey(pi);
    }

    @Test
    void webhook_failingTwiceThenAccepted_createsTheOrderOnce() throws Exception {
        shop.outage(2);
        String pi = shop.checkout("lamp", 4500, "pm_card_visa");
        assertThat(shop.attempts.poll(10, TimeUnit.SECONDS)).isEqualTo(503);

        advance(Duration.ofSeconds(1));
        advance(Duration.ofSeconds(2));

        assertThat(shop.attempts).containsExactly(503, 200);
        assertThat(shop.order(pi).getNow(null)).isNotNull();
        assertThat(shop.orders()).hasSize(1);
    }
}
