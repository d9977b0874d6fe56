package io.paystate.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paystate.engine.EventList;
import io.paystate.engine.EventListParams;
import io.paystate.engine.RequestOptions;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** 16 clients run whole lifecycles at once: no 5xx, every intent consistent, every webhook delivered. */
class ConcurrentLifecyclesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 16;
    private static final int ITERATIONS = 6;

    /** What one lifecycle expects its intent to end as. */
    private record Expected(String id, String status, long received) {}

    @Test
    void lifecycles_sixteenClientsAtOnce_endConsistentWithEveryWebhookDelivered() throws Exception {
        try (TestServer server = new TestServer(); WebhookReceiver receiver = new WebhookReceiver()) {
            server.authed("POST", "/v1/webhook_endpoints", "url=" + receiver.url() + "&enabled_events[]=*");
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<List<Expected>>> runs = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                runs.add(clients.submit(() -> run(server, client)));
            }
            List<Expected> expected = new ArrayList<>();
            for (Future<List<Expected>> run : runs) {
                expected.addAll(run.get(90, TimeUnit.SECONDS));
            }
            clients.shutdown();
            // returns once every first attempt in flight has been answered
            server.advance(Duration.ZERO);

            for (Expected e : expected) {
                JsonNode pi = JSON.readTree(server.authed("GET", "/v1/payment_intents/" + e.id(), null).body());
                assertThat(pi.path("status").asText()).as(e.id()).isEqualTo(e.status());
                assertThat(pi.path("amount_received").asLong()).as(e.id()).isEqualTo(e.received());
            }
            Set<String> logged = new HashSet<>();
            String after = null;
            do {
                EventList page = server.engine.listEvents(new EventListParams(100, after, null, null, null, null, null),
                        RequestOptions.none());
                page.data().forEach(ev -> logged.add(ev.id().value()));
                after = page.hasMore() ? page.data().get(page.data().size() - 1).id().value() : null;
            } while (after != null);
            Map<String, Integer> delivered = new ConcurrentHashMap<>();
            for (WebhookReceiver.Received r : receiver.all) {
                delivered.merge(JSON.readTree(r.payload()).path("id").asText(), 1, Integer::sum);
            }
            assertThat(delivered.keySet()).isEqualTo(logged);
            assertThat(logged).hasSizeGreaterThan(CLIENTS * ITERATIONS * 3);
        }
    }

    private static List<Expected> run(TestServer server, int client) throws IOException {
        List<Expected> out = new ArrayList<>();
        for (int i = 0; i < ITERATIONS; i++) {
            long amount = 1000 + client * 10 + i;
            String key = "c" + client + "-" + i;
            switch (i % 3) {
                case 0 -> {
                    String id = id(ok(server.authed("POST", "/v1/payment_intents", "amount=" + amount
                            + "&currency=usd&payment_method=pm_card_visa&confirm=true&capture_method=manual",
                            "Idempotency-Key", key)));
                    ok(server.authed("POST", "/v1/payment_intents/" + id + "/capture", "amount_to_capture=" + (amount - 1)));
                    out.add(new Expected(id, "succeeded", amount - 1));
                }
                case 1 -> {
                    String id = id(ok(server.authed("POST", "/v1/payment_intents", "amount=" + amount
                            + "&currency=usd&payment_method=pm_card_threeDSecure2Required&confirm=true")));
                    ok(server.authed("POST", "/v1/test_helpers/payment_intents/" + id + "/complete_action",
                            "outcome=success"));
                    out.add(new Expected(id, "succeeded", amount));
                }
                default -> {
                    String id = id(ok(server.authed("POST", "/v1/payment_intents", "amount=" + amount
                            + "&currency=usd")));
                    HttpResponse<String> declined = server.authed("POST", "/v1/payment_intents/" + id + "/confirm",
                            "payment_method=pm_card_chargeDeclined");
                    assertThat(declined.statusCode()).isEqualTo(402);
                    out.add(new Expected(id, "requires_payment_method", 0));
                }
            }
        }
        return out;
    }

    private static HttpResponse<String> ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r;
    }

    private static String id(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body()).path("id").asText();
    }
}
