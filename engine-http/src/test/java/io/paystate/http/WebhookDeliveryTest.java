package io.paystate.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.StripeClient;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.model.SetupIntent;
import com.stripe.model.WebhookEndpoint;
import com.stripe.net.Webhook;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentMethodCreateParams;
import com.stripe.param.SetupIntentCreateParams;
import com.stripe.param.WebhookEndpointCreateParams;
import com.stripe.param.WebhookEndpointUpdateParams;
import io.paystate.engine.EventListParams;
import io.paystate.engine.PaymentEngine;
import io.paystate.model.PaymentIntentId;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhook endpoints through stripe-java, and deliveries: signed, retried on the engine clock, reported. */
class WebhookDeliveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestServer server;
    private StripeClient stripe;
    private WebhookReceiver receiver;

    @BeforeEach
    void start() {
        server = new TestServer();
        stripe = server.stripe();
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
        server.close();
    }

    private WebhookEndpoint endpoint(WebhookEndpointCreateParams.EnabledEvent... events) throws StripeException {
        WebhookEndpointCreateParams.Builder b = WebhookEndpointCreateParams.builder().setUrl(receiver.url());
        for (WebhookEndpointCreateParams.EnabledEvent e : events) {
            b.addEnabledEvent(e);
        }
        return stripe.v1().webhookEndpoints().create(b.build());
    }

    @Test
    void webhookEndpointCreate_retriedWithItsKey_isReplayedOnce() throws Exception {
        String form = "url=" + java.net.URLEncoder.encode(receiver.url(), java.nio.charset.StandardCharsets.UTF_8)
                + "&enabled_events[]=*";
        var first = server.authed("POST", "/v1/webhook_endpoints", form, "Idempotency-Key", "we-1");
        var again = server.authed("POST", "/v1/webhook_endpoints", form, "Idempotency-Key", "we-1");
        var other = server.authed("POST", "/v1/webhook_endpoints", form + "&description=x", "Idempotency-Key", "we-1");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(other.body()).path("error").path("type").asText()).isEqualTo("idempotency_error");
        assertThat(JSON.readTree(server.authed("GET", "/v1/webhook_endpoints", null).body()).path("data")).hasSize(1);
    }

    private PaymentIntent pay(long amount) throws StripeException {
        return stripe.v1().paymentIntents().create(PaymentIntentCreateParams.builder().setAmount(amount)
                .setCurrency("usd").setPaymentMethod("pm_card_visa").setConfirm(true).build());
    }

    private JsonNode endpointJson(String id) throws Exception {
        return JSON.readTree(server.authed("GET", "/v1/webhook_endpoints/" + id, null).body());
    }

    @Test
    void webhookEndpoints_createRetrieveUpdateListDelete_showTheSecretOnlyAtCreation() throws StripeException {
        WebhookEndpoint created = stripe.v1().webhookEndpoints().create(WebhookEndpointCreateParams.builder()
                .setUrl(receiver.url()).addEnabledEvent(WebhookEndpointCreateParams.EnabledEvent.ALL)
                .setDescription("shop").putMetadata("team", "orders").build());

        WebhookEndpoint retrieved = stripe.v1().webhookEndpoints().retrieve(created.getId());
        WebhookEndpoint disabled = stripe.v1().webhookEndpoints().update(created.getId(),
                WebhookEndpointUpdateParams.builder().setDisabled(true).build());
        List<WebhookEndpoint> listed = stripe.v1().webhookEndpoints()
                .list(com.stripe.param.WebhookEndpointListParams.builder().build()).getData();
        WebhookEndpoint deleted = stripe.v1().webhookEndpoints().delete(created.getId());

        assertThat(created.getSecret()).startsWith("whsec_");
        assertThat(created.getStatus()).isEqualTo("enabled");
        assertThat(created.getEnabledEvents()).containsExactly("*");
        assertThat(retrieved.getSecret()).isNull();
        assertThat(retrieved.getMetadata()).containsEntry("team", "orders");
        assertThat(disabled.getStatus()).isEqualTo("disabled");
        assertThat(listed).extracting(WebhookEndpoint::getId).containsExactly(created.getId());
        assertThat(deleted.getDeleted()).isTrue();
        assertThatThrownBy(() -> stripe.v1().webhookEndpoints().retrieve(created.getId()))
                .isInstanceOf(com.stripe.exception.InvalidRequestException.class);
        assertThatThrownBy(() -> server.stripe(TestServer.OTHER_KEY).v1().webhookEndpoints().retrieve(created.getId()))
                .isInstanceOf(com.stripe.exception.InvalidRequestException.class);
    }

    @Test
    void deliveries_ofAWholeLifecycle_eachVerifyWithConstructEventAndATamperedOneIsRejected() throws Exception {
        String secret = endpoint(WebhookEndpointCreateParams.EnabledEvent.ALL).getSecret();
        PaymentIntent pi = stripe.v1().paymentIntents().create(PaymentIntentCreateParams.builder().setAmount(5000L)
                .setCurrency("usd").setPaymentMethod("pm_card_visa").setConfirm(true)
                .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL).build());
        stripe.v1().paymentIntents().capture(pi.getId(), PaymentIntentCaptureParams.builder().build());
        int expected = server.engine.listEvents(EventListParams.ofIntent(PaymentIntentId.of(pi.getId()))).data().size();

        Set<String> types = new HashSet<>();
        Set<String> ids = new HashSet<>();
        WebhookReceiver.Received last = null;
        for (int i = 0; i < expected; i++) {
            last = receiver.next();
            Event event = Webhook.constructEvent(last.payload(), last.signature(), secret);
            types.add(event.getType());
            ids.add(event.getId());
        }

        assertThat(ids).hasSize(expected);
        assertThat(types).contains("payment_intent.created", "payment_intent.amount_capturable_updated",
                "payment_intent.succeeded");
        String tampered = last.payload().replace("\"livemode\":false", "\"livemode\":true");
        String signature = last.signature();
        assertThatThrownBy(() -> Webhook.constructEvent(tampered, signature, secret))
                .isInstanceOf(SignatureVerificationException.class);
        assertThatThrownBy(() -> Webhook.constructEvent(receiver.all.get(0).payload(), signature, secret))
                .isInstanceOf(SignatureVerificationException.class);
    }

    @Test
    void deliveries_ofSavingACard_carryTheCustomerMethodAndSetupIntentAsStripeJavaReadsThem() throws Exception {
        String secret = endpoint(WebhookEndpointCreateParams.EnabledEvent.CUSTOMER__CREATED,
                WebhookEndpointCreateParams.EnabledEvent.PAYMENT_METHOD__ATTACHED,
                WebhookEndpointCreateParams.EnabledEvent.SETUP_INTENT__SUCCEEDED).getSecret();
        Customer customer = stripe.v1().customers().create(CustomerCreateParams.builder()
                .setEmail("jenny@example.com").build());
        PaymentMethod card = stripe.v1().paymentMethods().create(PaymentMethodCreateParams.builder()
                .setType(PaymentMethodCreateParams.Type.CARD)
                .setCard(PaymentMethodCreateParams.Token.builder().setToken("tok_visa").build()).build());
        SetupIntent setup = stripe.v1().setupIntents().create(SetupIntentCreateParams.builder()
                .setCustomer(customer.getId()).setPaymentMethod(card.getId()).setConfirm(true).build());
        assertThat(setup.getStatus()).isEqualTo("succeeded");

        Map<String, Object> objects = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            WebhookReceiver.Received received = receiver.next();
            Event event = Webhook.constructEvent(received.payload(), received.signature(), secret);
            objects.put(event.getType(), event.getDataObjectDeserializer().getObject().orElseThrow());
            Event retrieved = stripe.v1().events().retrieve(event.getId());
            assertThat(retrieved.getType()).isEqualTo(event.getType());
            assertThat(retrieved.getDataObjectDeserializer().getObject()).isPresent();
        }

        assertThat(objects).containsOnlyKeys("customer.created", "payment_method.attached", "setup_intent.succeeded");
        assertThat(objects.get("customer.created")).isInstanceOfSatisfying(Customer.class,
                c -> assertThat(c.getEmail()).isEqualTo("jenny@example.com"));
        assertThat(objects.get("payment_method.attached")).isInstanceOfSatisfying(PaymentMethod.class,
                pm -> assertThat(pm.getCustomer()).isEqualTo(customer.getId()));
        assertThat(objects.get("setup_intent.succeeded")).isInstanceOfSatisfying(SetupIntent.class,
                si -> assertThat(si.getId()).isEqualTo(setup.getId()));
        assertThat(receiver.drain()).isEmpty();
    }

    @Test
    void delivery_failingTwice_isRetriedOnTheEngineClockUntilAccepted() throws Exception {
        WebhookEndpoint endpoint = endpoint(WebhookEndpointCreateParams.EnabledEvent.PAYMENT_INTENT__SUCCEEDED);
        receiver.failNext(2);

        pay(1000);
        WebhookReceiver.Received first = receiver.next();
        server.advance(Duration.ofSeconds(1));
        WebhookReceiver.Received second = receiver.next();
        String eventId = JSON.readTree(second.payload()).path("id").asText();
        JsonNode pendingBefore = JSON.readTree(server.authed("GET", "/v1/events/" + eventId, null).body());
        server.advance(Duration.ofSeconds(2));
        WebhookReceiver.Received third = receiver.next();

        assertThat(List.of(first.status(), second.status(), third.status())).containsExactly(500, 500, 200);
        assertThat(pendingBefore.path("pending_webhooks").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(third.payload()).path("id").asText()).isEqualTo(eventId);
        JsonNode after = JSON.readTree(server.authed("GET", "/v1/events/" + eventId, null).body());
        assertThat(after.path("pending_webhooks").asInt()).isZero();
        JsonNode report = endpointJson(endpoint.getId()).path("paystate_delivery");
        assertThat(report.path("delivered").asLong()).isEqualTo(1);
        assertThat(report.path("consecutive_failures").asInt()).isZero();
        assertThat(report.path("last_error").asText()).isEqualTo("HTTP 500");
    }

    @Test
    void delivery_neverAccepted_isGivenUpAfterTheScheduleAndReportedOnTheEndpoint() throws Exception {
        WebhookEndpoint endpoint = endpoint(WebhookEndpointCreateParams.EnabledEvent.PAYMENT_INTENT__SUCCEEDED);
        receiver.failNext(Integer.MAX_VALUE);

        pay(1000);
        receiver.next();
        for (Duration wait : RetrySchedule.test().waits()) {
            server.advance(wait);
        }
        server.advance(Duration.ofDays(1));

        assertThat(receiver.all).hasSize(RetrySchedule.test().attempts());
        JsonNode report = endpointJson(endpoint.getId()).path("paystate_delivery");
        assertThat(report.path("given_up").asLong()).isEqualTo(1);
        assertThat(report.path("pending").asLong()).isEqualTo(1);
        assertThat(report.path("consecutive_failures").asInt()).isEqualTo(RetrySchedule.test().attempts());
        String eventId = JSON.readTree(receiver.all.get(0).payload()).path("id").asText();
        assertThat(JSON.readTree(server.authed("GET", "/v1/events/" + eventId, null).body())
                .path("pending_webhooks").asInt()).isEqualTo(1);
    }

    @Test
    void delivery_toADisabledEndpoint_isNotMadeAndAnUnwantedTypeIsNotSent() throws Exception {
        WebhookEndpoint paused = endpoint(WebhookEndpointCreateParams.EnabledEvent.ALL);
        stripe.v1().webhookEndpoints().update(paused.getId(), WebhookEndpointUpdateParams.builder().setDisabled(true)
                .build());
        WebhookEndpoint canceledOnly = endpoint(WebhookEndpointCreateParams.EnabledEvent.PAYMENT_INTENT__CANCELED);

        pay(1000);
        server.advance(Duration.ofMinutes(1));

        assertThat(receiver.all).isEmpty();
        assertThat(endpointJson(canceledOnly.getId()).path("paystate_delivery").path("pending").asLong()).isZero();
    }

    @Test
    void start_dispatcherNotRegisteredWithTheEngine_isRefused() {
        try (WebhookDispatcher loose = WebhookDispatcher.builder().build()) {
            PaymentEngine engine = PaymentEngine.builder().build();

            assertThatThrownBy(() -> PayStateServer.start(engine, ServerOptions.defaults().withWebhooks(loose)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("register");
        }
    }
}
