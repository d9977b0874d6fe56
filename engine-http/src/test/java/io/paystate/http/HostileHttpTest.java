package io.paystate.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Bad input of every kind gets Stripe's error shape and status, and the server keeps serving. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private TestServer server;

    @BeforeAll
    void start() {
        server = new TestServer(ServerOptions.defaults().withMaxBodyBytes(64 * 1024));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @AfterEach
    void stillServing() {
        HttpResponse<String> r = server.authed("POST", "/v1/payment_intents", "amount=100&currency=usd");
        assertThat(r.statusCode()).isEqualTo(200);
    }

    private static JsonNode error(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Request-Id")).get().asString().startsWith("req_");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
        try {
            JsonNode error = JSON.readTree(r.body()).path("error");
            assertThat(error.path("type").asText()).isIn("invalid_request_error", "idempotency_error", "api_error");
            assertThat(error.path("message").asText()).isNotBlank();
            return error;
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    @Test
    void post_malformedFormBodies_areEach400() {
        for (String body : List.of("amount=%ZZ&currency=usd", "amount=1000&currency=usd&metadata[k=v", "a]b=1",
                "amount=1000&amount=2000&currency=usd", "metadata=x&metadata[k]=v&amount=1&currency=usd",
                "amount=%E9&currency=usd", "x[][y]=1", "a[b][c][d][e][f][g][h][i]=1")) {
            error(server.authed("POST", "/v1/payment_intents", body), 400);
        }
    }

    @Test
    void post_unknownOrMistypedParameters_are400NamingTheParameter() {
        JsonNode unknown = error(server.authed("POST", "/v1/payment_intents", "amount=1000&currency=usd&colour=red"),
                400);
        JsonNode mistyped = error(server.authed("POST", "/v1/payment_intents", "amount=ten&currency=usd"), 400);

        assertThat(unknown.path("param").asText()).isEqualTo("colour");
        assertThat(mistyped.path("param").asText()).isEqualTo("amount");
    }

    @Test
    void post_wrongContentType_is400() {
        error(server.authed("POST", "/v1/payment_intents", "{\"amount\":1000}", "Content-Type", "application/json"),
                400);
        error(server.authed("POST", "/v1/payment_intents", "amount=1000", "Content-Type", "text/plain"), 400);
    }

    @Test
    void post_bodyAboveTheLimit_is413() {
        String huge = "amount=1000&currency=usd&description=" + "x".repeat(70 * 1024);

        error(server.authed("POST", "/v1/payment_intents", huge), 413);
    }

    @Test
    void request_hugeOrManyHeaders_is431() {
        error(server.authed("GET", "/v1/payment_intents", null, "X-Big", "a".repeat(40 * 1024)), 431);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            many.add("X-H" + i);
            many.add("v");
        }
        error(server.authed("GET", "/v1/payment_intents", null, many.toArray(String[]::new)), 431);
    }

    @Test
    void request_headersBeyondTheTransportLimit_closeTheConnectionOnly() throws IOException {
        String request = "GET /v1/payment_intents HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(2 * 1024 * 1024)
                + "\r\n\r\n";

        assertThat(exchange(request)).doesNotContain("200 OK");
    }

    @Test
    void request_garbageRequestLine_isRefusedWithoutHarm() throws IOException {
        assertThat(exchange("GARBAGE\r\n\r\n")).doesNotContain("200 OK");
    }

    @Test
    void request_unknownPathsAndWrongMethods_are404And405() {
        error(server.authed("GET", "/v1/nothing", null), 404);
        error(server.authed("GET", "/v1/payment_intents/pi_x/unknown", null), 404);
        error(server.authed("GET", "/", null), 404);
        error(server.authed("GET", "/v1/payment_intents//confirm", null), 404);
        HttpResponse<String> wrong = server.authed("DELETE", "/v1/payment_intents", null);
        error(wrong, 405);
        assertThat(wrong.headers().firstValue("Allow")).hasValue("GET, POST");
        error(server.authed("GET", "/v1/payment_intents/pi_123/confirm", null), 405);
    }

    @Test
    void request_missingWrongOrMalformedKeys_are401() {
        error(server.call("GET", "/v1/payment_intents", null), 401);
        JsonNode wrong = error(server.call("GET", "/v1/payment_intents", null, "Authorization",
                "Bearer sk_test_wrongwrongwrong1234"), 401);
        error(server.call("GET", "/v1/payment_intents", null, "Authorization", "Basic %%%"), 401);
        error(server.call("GET", "/v1/payment_intents", null, "Authorization", "Token abc"), 401);
        error(server.call("GET", "/v1/payment_intents", null, "Authorization", "Bearer sk_live_abcdefgh1234"), 401);

        assertThat(wrong.path("message").asText()).contains("sk_test_****1234").doesNotContain("wrongwrong");
    }

    @Test
    void request_basicAuthWithTheKeyAsUser_isAccepted() {
        String basic = java.util.Base64.getEncoder()
                .encodeToString((ApiKeys.DEFAULT_SECRET_KEY + ":").getBytes(StandardCharsets.UTF_8));

        assertThat(server.call("GET", "/v1/payment_intents", null, "Authorization", "Basic " + basic).statusCode())
                .isEqualTo(200);
    }

    @Test
    void request_anotherAccountsIntent_is404AndShowsNothingOfIt() throws IOException {
        HttpResponse<String> created = server.authed("POST", "/v1/payment_intents",
                "amount=1000&currency=usd&payment_method=pm_card_visa&confirm=true&capture_method=manual"
                        + "&metadata[secret]=mine");
        String id = JSON.readTree(created.body()).path("id").asText();
        String other = "Bearer " + TestServer.OTHER_KEY;

        for (String[] call : List.of(new String[] {"GET", ""}, new String[] {"POST", ""},
                new String[] {"POST", "/capture"}, new String[] {"POST", "/cancel"}, new String[] {"POST", "/confirm"},
                new String[] {"GET", "/amount_details_line_items"})) {
            HttpResponse<String> r = server.call(call[0], "/v1/payment_intents/" + id + call[1],
                    call[0].equals("POST") ? "" : null, "Authorization", other);
            error(r, 404);
            assertThat(r.body()).doesNotContain("mine").doesNotContain("client_secret");
        }
        error(server.call("GET", "/v1/charges?payment_intent=" + id, null, "Authorization", other), 404);
        assertThat(server.authed("GET", "/v1/payment_intents/" + id, null).statusCode()).isEqualTo(200);
    }

    @Test
    void post_idempotencyKeyTooLong_is400AndAGetIgnoresItsKey() {
        error(server.authed("POST", "/v1/payment_intents", "amount=1000&currency=usd", "Idempotency-Key",
                "k".repeat(256)), 400);

        assertThat(server.authed("GET", "/v1/payment_intents", null, "Idempotency-Key", "k".repeat(300)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void request_unsupportedStripeVersion_is400() {
        error(server.authed("GET", "/v1/payment_intents", null, "Stripe-Version", "2020-08-27"), 400);
    }

    @Test
    void publishableKey_onASecretOnlyEndpoint_is401() {
        error(server.call("POST", "/v1/payment_intents", "amount=1000&currency=usd", "Authorization",
                "Bearer " + ApiKeys.DEFAULT_PUBLISHABLE_KEY), 401);
    }

    @Test
    void advanceClock_badParameters_are400() {
        error(server.authed("POST", "/v1/test_helpers/advance_clock", "seconds=-5"), 400);
        error(server.authed("POST", "/v1/test_helpers/advance_clock", ""), 400);
        error(server.authed("POST", "/v1/test_helpers/advance_clock", "seconds=1&to=5"), 400);
        error(server.authed("POST", "/v1/test_helpers/advance_clock", "to=5"), 400);
    }

    /** Writes raw bytes on a fresh connection and returns what came back before the server closed it. */
    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                socket.shutdownOutput();
            } catch (IOException e) {
                return ""; // the server closed the connection while we were still writing
            }
            InputStream in = socket.getInputStream();
            try {
                return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                return "";
            }
        }
    }
}
