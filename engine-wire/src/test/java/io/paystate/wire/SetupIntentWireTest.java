package io.paystate.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.stripe.model.SetupIntent;
import com.stripe.model.SetupIntentCollection;
import com.stripe.model.StripeError;
import com.stripe.net.ApiResource;
import io.paystate.engine.CreateParams;
import io.paystate.engine.InvalidRequestException;
import io.paystate.engine.Operation;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentEngineException;
import io.paystate.engine.RequestOptions;
import io.paystate.engine.TestModeProcessor;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.spi.IdGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SetupIntent endpoints on the wire: form parameters read into requests with Stripe's
 * validation (each error naming its {@code param}, nothing stored), Stripe's JSON rendered, and
 * stripe-java parsing every rendered SetupIntent, list and error with no property left outside its
 * typed fields.
 */
final class SetupIntentWireTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.ofEpochSecond(1_767_225_600L));
    private final IdGenerator ids = IdGenerator.seeded(9);
    private final TestModeProcessor processor = TestModeProcessor.create(ids, Duration.ofSeconds(180));
    private final PaymentEngine engine = PaymentEngine.builder().clock(now::get).idGenerator(ids).processor(processor)
            .build();
    private final RenderContext context = new RenderContext(engine, RequestOptions.none(),
            processor::findPaymentMethod);

    private static ObjectNode params(String json) {
        try {
            return (ObjectNode) JSON.readTree(json.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private JsonNode call(Operation op, String json) {
        WireRequest wire = StripeRequests.parseWire(op, null, params(json));
        Object body = engine.execute(wire.request(), RequestOptions.none()).body();
        return StripeJson.render(body, wire.expand(), context);
    }

    private JsonNode callOrError(Operation op, String json) {
        try {
            return call(op, json);
        } catch (PaymentEngineException e) {
            return StripeJson.errorResponse(e.details());
        }
    }

    private static <T> T parse(JsonNode rendered, Class<T> type) {
        JsonObject json = JsonParser.parseString(rendered.toString()).getAsJsonObject();
        T parsed = ApiResource.GSON.fromJson(json, type);
        assertThat(StripeFieldAudit.audit(json, type)).as("properties outside %s's typed fields", type.getSimpleName())
                .isEmpty();
        return parsed;
    }

    private String customer() {
        return call(Operation.CREATE_CUSTOMER, "{}").path("id").asText();
    }

    private String card(String number) {
        return call(Operation.CREATE_PAYMENT_METHOD, "{'type': 'card', 'card': {'number': '" + number + "'}}")
                .path("id").asText();
    }

    @Test
    void create_wireParams_renderStripesObject() {
        JsonNode si = call(Operation.CREATE_SETUP_INTENT, "{'usage': 'on_session', 'description': 'd', "
                + "'metadata': {'k': 'v'}, 'payment_method_types': ['card'], "
                + "'payment_method_options': {'card': {'request_three_d_secure': 'any'}}}");
        assertThat(si.path("object").asText()).isEqualTo("setup_intent");
        assertThat(si.path("id").asText()).startsWith("seti_");
        assertThat(si.path("client_secret").asText()).startsWith(si.path("id").asText() + "_secret_");
        assertThat(si.path("status").asText()).isEqualTo("requires_payment_method");
        assertThat(si.path("usage").asText()).isEqualTo("on_session");
        assertThat(si.path("metadata").path("k").asText()).isEqualTo("v");
        assertThat(si.path("payment_method_options").path("card").path("request_three_d_secure").asText())
                .isEqualTo("any");
        assertThat(si.path("livemode").asBoolean(true)).isFalse();
        assertThat(si.has("latest_attempt")).isTrue();
    }

    @Test
    void saveThenChargeOffSession_overTheWire_succeeds() {
        String cus = customer();
        String pm = card("4000002500003155");
        JsonNode si = call(Operation.CREATE_SETUP_INTENT, "{'customer': '" + cus + "', 'payment_method': '" + pm
                + "', 'confirm': true, 'expand': ['customer', 'payment_method']}");
        assertThat(si.path("status").asText()).isEqualTo("requires_action");
        assertThat(si.path("next_action").path("type").asText()).isEqualTo("use_stripe_sdk");
        assertThat(si.path("customer").path("object").asText()).isEqualTo("customer");
        assertThat(si.path("payment_method").path("object").asText()).isEqualTo("payment_method");
        JsonNode done = call(Operation.COMPLETE_SETUP_INTENT_ACTION, "{'id': '" + si.path("id").asText()
                + "', 'outcome': 'success'}");
        assertThat(done.path("status").asText()).isEqualTo("succeeded");
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").customer(cus).paymentMethod(pm)
                .confirm(true).offSession(true).build());
        assertThat(pi.status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'usage': 'sometimes'}|usage",
        "{'colour': 'red'}|colour",
        "{'confirm': 'maybe'}|confirm",
        "{'payment_method': 'pm_card_visa', 'payment_method_data': {'type': 'card'}}|payment_method_data",
        "{'payment_method_types': []}|payment_method_types",
        "{'payment_method_types': ['customer_balance']}|payment_method_types",
        "{'return_url': 'https://example.com/back'}|return_url",
        "{'confirm': true}|payment_method",
        "{'customer': 'cus_nope'}|customer",
        "{'payment_method': 'card_123'}|payment_method",
        "{'metadata': {'[k]': 'v'}}|metadata",
        "{'payment_method_options': {'card': {'request_three_d_secure': 'always'}}}|"
                + "payment_method_options[card][request_three_d_secure]"})
    void create_brokenRule_namesItsParamAndStoresNothing(String json, String param) {
        assertThatThrownBy(() -> call(Operation.CREATE_SETUP_INTENT, json))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.param()).contains(param);
                });
        assertThat(call(Operation.LIST_SETUP_INTENTS, "{}").path("data")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CANCEL_SETUP_INTENT|{'cancellation_reason': 'fraudulent'}|cancellation_reason",
        "LIST_SETUP_INTENTS|{'limit': 0}|limit",
        "LIST_SETUP_INTENTS|{'starting_after': 'seti_nope'}|starting_after",
        "LIST_SETUP_INTENTS|{'starting_after': 'seti_a', 'ending_before': 'seti_b'}|ending_before",
        "VERIFY_SETUP_INTENT_MICRODEPOSITS|{'amounts': ['32']}|amounts",
        "VERIFY_SETUP_INTENT_MICRODEPOSITS|{'amounts': ['x', '45']}|amounts[0]",
        "UPDATE_SETUP_INTENT|{'description': 'x', 'usage': 'on_session'}|usage",
        "CONFIRM_SETUP_INTENT|{'payment_method': 'pm_card_visa', 'payment_method_data': {'type': 'card'}}|"
                + "payment_method_data",
        "COMPLETE_SETUP_INTENT_ACTION|{'outcome': 'maybe'}|outcome"})
    void operations_brokenRule_namesItsParam(String operation, String json, String param) {
        String id = call(Operation.CREATE_SETUP_INTENT, "{}").path("id").asText();
        String body = json.contains("seti_") || operation.startsWith("LIST") ? json
                : json.replaceFirst("\\{", "{'id': '" + id + "', ");
        assertThatThrownBy(() -> call(Operation.valueOf(operation), body))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.param()).contains(param));
    }

    @Test
    void retrieve_unknownId_is404OnIntentAndMalformedIdA400OnId() {
        assertThatThrownBy(() -> call(Operation.RETRIEVE_SETUP_INTENT, "{'id': 'seti_unknown'}"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.code()).contains(ErrorCode.RESOURCE_MISSING);
                    assertThat(e.param()).contains("intent");
                });
        for (String id : List.of("pi_123", "seti_")) {
            assertThatThrownBy(() -> call(Operation.RETRIEVE_SETUP_INTENT, "{'id': '" + id + "'}"))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(400);
                        assertThat(e.code()).contains(ErrorCode.RESOURCE_MISSING);
                        assertThat(e.param()).contains("id");
                    });
        }
    }

    @Test
    void list_createdRangeAndFilters_readFromTheWire() {
        String cus = customer();
        String a = call(Operation.CREATE_SETUP_INTENT, "{'customer': '" + cus + "'}").path("id").asText();
        now.set(now.get().plusSeconds(10));
        String b = call(Operation.CREATE_SETUP_INTENT, "{'payment_method': 'pm_card_visa'}").path("id").asText();
        long t = now.get().getEpochSecond();
        assertThat(call(Operation.LIST_SETUP_INTENTS, "{'created': {'gt': " + (t - 10) + "}}").path("data"))
                .extracting(n -> n.path("id").asText()).containsExactly(b);
        assertThat(call(Operation.LIST_SETUP_INTENTS, "{'created': {'lt': " + t + "}}").path("data"))
                .extracting(n -> n.path("id").asText()).containsExactly(a);
        assertThat(call(Operation.LIST_SETUP_INTENTS, "{'customer': '" + cus + "'}").path("data"))
                .extracting(n -> n.path("id").asText()).containsExactly(a);
        JsonNode list = call(Operation.LIST_SETUP_INTENTS, "{'payment_method': 'pm_card_visa', 'limit': 5}");
        assertThat(list.path("url").asText()).isEqualTo("/v1/setup_intents");
        assertThat(list.path("data")).extracting(n -> n.path("id").asText()).containsExactly(b);
    }

    @Test
    void stripeJava_setupIntentsInEveryStatusListsAndErrors_landInTypedFields() {
        String cus = customer();
        List<JsonNode> rendered = new ArrayList<>();
        rendered.add(call(Operation.CREATE_SETUP_INTENT, "{}"));
        rendered.add(call(Operation.CREATE_SETUP_INTENT, "{'payment_method': 'pm_card_visa', 'customer': '" + cus
                + "'}"));
        rendered.add(call(Operation.CREATE_SETUP_INTENT, "{'payment_method': 'pm_card_threeDSecure2Required', "
                + "'confirm': true, 'return_url': 'https://example.com/back'}"));
        rendered.add(call(Operation.CREATE_SETUP_INTENT, "{'payment_method': 'pm_usBankAccount_microdeposits', "
                + "'payment_method_types': ['us_bank_account'], 'confirm': true}"));
        rendered.add(call(Operation.CREATE_SETUP_INTENT, "{'payment_method': 'pm_sepaDebit_success', "
                + "'payment_method_types': ['sepa_debit'], 'confirm': true}"));
        rendered.add(call(Operation.CREATE_SETUP_INTENT, "{'payment_method': '" + card("4242424242424242")
                + "', 'customer': '" + cus + "', 'confirm': true}"));
        String canceled = call(Operation.CREATE_SETUP_INTENT, "{}").path("id").asText();
        rendered.add(call(Operation.CANCEL_SETUP_INTENT, "{'id': '" + canceled + "', 'cancellation_reason': "
                + "'abandoned'}"));
        String failed = call(Operation.CREATE_SETUP_INTENT, "{'payment_method': 'pm_card_authenticationRequired', "
                + "'confirm': true}").path("id").asText();
        rendered.add(call(Operation.COMPLETE_SETUP_INTENT_ACTION, "{'id': '" + failed + "', 'outcome': 'failure'}"));
        List<String> statuses = new ArrayList<>();
        for (JsonNode si : rendered) {
            SetupIntent parsed = parse(si, SetupIntent.class);
            assertThat(parsed.getId()).isEqualTo(si.path("id").asText());
            assertThat(parsed.getPaymentMethodOptions()).isNotNull();
            statuses.add(parsed.getStatus());
        }
        assertThat(statuses).contains("requires_payment_method", "requires_confirmation", "requires_action",
                "processing", "succeeded", "canceled");
        assertThat(parse(rendered.get(rendered.size() - 1), SetupIntent.class).getLastSetupError().getCode())
                .isEqualTo("setup_intent_authentication_failure");
        SetupIntentCollection list = parse(call(Operation.LIST_SETUP_INTENTS, "{'limit': 3}"),
                SetupIntentCollection.class);
        assertThat(list.getData()).hasSize(3);
        assertThat(list.getHasMore()).isTrue();
        JsonNode declined = callOrError(Operation.CREATE_SETUP_INTENT, "{'payment_method': "
                + "'pm_card_visa_chargeDeclined', 'confirm': true}");
        StripeError error = parse(declined.path("error"), StripeError.class);
        assertThat(error.getCode()).isEqualTo("card_declined");
        assertThat(error.getSetupIntent()).isNotNull();
        assertThat(error.getSetupIntent().getLastSetupError().getDeclineCode()).isEqualTo("generic_decline");
    }
}
