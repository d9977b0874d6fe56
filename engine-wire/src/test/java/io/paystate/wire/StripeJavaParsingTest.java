package io.paystate.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.stripe.model.Charge;
import com.stripe.model.ChargeCollection;
import com.stripe.model.Event;
import com.stripe.model.EventCollection;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentIntentCollection;
import com.stripe.model.PaymentIntentSearchResult;
import com.stripe.model.StripeError;
import com.stripe.net.ApiResource;
import io.paystate.engine.ActionOutcome;
import io.paystate.engine.CancelParams;
import io.paystate.engine.CaptureParams;
import io.paystate.engine.ConfirmParams;
import io.paystate.engine.CreateParams;
import io.paystate.engine.CustomerRequest;
import io.paystate.engine.EventListParams;
import io.paystate.engine.ListParams;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentEngineException;
import io.paystate.engine.RequestOptions;
import io.paystate.engine.SearchParams;
import io.paystate.engine.TestModeProcessor;
import io.paystate.model.CaptureMethod;
import io.paystate.model.RecordedFields;
import io.paystate.spi.IdGenerator;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * stripe-java (pinned in the pom, the client of API {@value StripeJson#API_VERSION}) parses every
 * object the wire layer renders into its typed model, with nothing left outside a typed field.
 */
final class StripeJavaParsingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TEST_METHODS = List.of("pm_card_visa", "pm_card_visa_debit",
            "pm_card_mastercard", "pm_card_mastercard_prepaid", "pm_card_amex", "pm_card_discover", "pm_card_diners",
            "pm_card_jcb", "pm_card_unionpay", "pm_card_visa_chargeDeclined", "pm_card_chargeDeclinedExpiredCard",
            "pm_card_chargeDeclinedIncorrectCvc", "pm_card_chargeDeclinedProcessingError", "pm_card_radarBlock",
            "pm_card_visa_chargeDeclinedInsufficientFunds", "pm_card_threeDSecure2Required",
            "pm_card_authenticationRequiredChargeDeclinedInsufficientFunds", "pm_sepaDebit_success",
            "pm_sepaDebit_failure", "pm_usBankAccount", "pm_usBankAccount_accountClosed");

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.ofEpochSecond(1_767_225_600L));
    private final InstantSource clock = now::get;
    private final IdGenerator ids = IdGenerator.seeded(33);
    private final TestModeProcessor processor = TestModeProcessor.create(ids, Duration.ofSeconds(180));
    private final PaymentEngine engine = PaymentEngine.builder().clock(clock).idGenerator(ids).processor(processor)
            .build();
    private final RenderContext context = new RenderContext(engine, RequestOptions.none(),
            processor::findPaymentMethod);

    private static JsonObject gson(JsonNode node) {
        return JsonParser.parseString(node.toString()).getAsJsonObject();
    }

    /** Parses with the client's own Gson and audits the fields; returns the typed object. */
    private static <T> T parse(JsonNode rendered, Class<T> type) {
        JsonObject json = gson(rendered);
        T parsed = ApiResource.GSON.fromJson(json, type);
        assertThat(StripeFieldAudit.audit(json, type)).as("properties outside %s's typed fields", type.getSimpleName())
                .isEmpty();
        assertTopLevelFed(json, parsed);
        return parsed;
    }

    /** Every non-null top-level property fed its typed field. */
    private static void assertTopLevelFed(JsonObject json, Object parsed) {
        for (Map.Entry<String, JsonElement> e : json.entrySet()) {
            if (e.getValue().isJsonNull()) {
                continue;
            }
            Field f = StripeFieldAudit.field(parsed.getClass(), e.getKey());
            if (f == null) {
                continue;
            }
            try {
                f.setAccessible(true);
                assertThat(f.get(parsed)).as("%s.%s", parsed.getClass().getSimpleName(), e.getKey()).isNotNull();
            } catch (IllegalAccessException ex) {
                throw new AssertionError(ex);
            }
        }
    }

    private io.paystate.model.PaymentIntent create(String pm, boolean confirm, CaptureMethod capture) {
        CreateParams.Builder b = CreateParams.builder(2000, pm.startsWith("pm_sepa") ? "eur" : "usd")
                .paymentMethod(pm).confirm(confirm).captureMethod(capture).metadata("order", "42");
        if (!pm.startsWith("pm_card")) {
            b.paymentMethodTypes(List.of(pm.startsWith("pm_sepa") ? "sepa_debit" : "us_bank_account"));
        }
        try {
            return engine.create(b.build());
        } catch (PaymentEngineException e) {
            return e.paymentIntent().orElseThrow();
        }
    }

    @Test
    void audit_unknownProperty_isReported() {
        JsonObject json = JsonParser.parseString("{\"id\": \"pi_1\", \"colour\": \"red\", "
                + "\"amount_details\": {\"tip\": {}, \"shade\": 1}}").getAsJsonObject();
        assertThat(StripeFieldAudit.audit(json, PaymentIntent.class)).hasSize(2);
    }

    @Test
    void parse_intentsInEveryStatus_landInTypedFields() {
        List<io.paystate.model.PaymentIntent> intents = new ArrayList<>();
        intents.add(engine.create(CreateParams.builder(1000, "usd").build()));
        intents.add(create("pm_card_visa", false, CaptureMethod.AUTOMATIC_ASYNC));
        intents.add(create("pm_card_threeDSecure2Required", true, CaptureMethod.AUTOMATIC_ASYNC));
        intents.add(create("pm_sepaDebit_success", true, CaptureMethod.AUTOMATIC_ASYNC));
        intents.add(create("pm_card_visa", true, CaptureMethod.MANUAL));
        intents.add(create("pm_card_visa", true, CaptureMethod.AUTOMATIC_ASYNC));
        intents.add(create("pm_card_visa_chargeDeclined", true, CaptureMethod.AUTOMATIC_ASYNC));
        io.paystate.model.PaymentIntent canceled = create("pm_card_visa", true, CaptureMethod.MANUAL);
        intents.add(engine.cancel(canceled.id(), CancelParams.none()));
        intents.add(engine.create(CreateParams.builder(3000, "usd").recorded(new RecordedFields(100L, "acct_1",
                "acct_2", 500L, "group", List.of("sepa_debit"), "cref", "oref")).build()));
        for (io.paystate.model.PaymentIntent pi : intents) {
            PaymentIntent parsed = parse(StripeJson.paymentIntent(pi), PaymentIntent.class);
            assertThat(parsed.getStatus()).isEqualTo(pi.status().wireName());
            assertThat(parsed.getAmountDetails()).isNotNull();
            assertThat(parsed.getPaymentMethodOptions()).isNotNull();
        }
        assertThat(intents).extracting(i -> i.status().wireName()).contains("requires_payment_method",
                "requires_confirmation", "requires_action", "processing", "requires_capture", "succeeded", "canceled");
    }

    @Test
    void parse_chargesOfEveryTestMethod_landInTypedFields() {
        for (String pm : TEST_METHODS) {
            io.paystate.model.PaymentIntent pi = create(pm, true, CaptureMethod.AUTOMATIC_ASYNC);
            if (pi.status().wireName().equals("requires_action")) {
                pi = engine.completeAction(pi.id(), ActionOutcome.SUCCESS);
            }
            now.updateAndGet(t -> t.plusSeconds(181));
            engine.processDue();
            for (io.paystate.model.Charge c : engine.listCharges(pi.id(), RequestOptions.none()).data()) {
                Charge parsed = parse(StripeJson.render(c, List.of(), context), Charge.class);
                assertThat(parsed.getPaymentMethodDetails().getType()).as(pm).isNotNull();
                assertThat(parsed.getOutcome().getType()).as(pm).isNotNull();
                assertThat(parsed.getBillingDetails()).isNotNull();
                assertThat(parsed.getRefunds()).isNotNull();
                assertThat(parsed.getMetadata()).containsEntry("order", "42");
                if (pm.startsWith("pm_sepa")) {
                    assertThat(parsed.getPaymentMethodDetails().getSepaDebit().getLast4()).isNotNull();
                } else if (pm.startsWith("pm_usBank")) {
                    assertThat(parsed.getPaymentMethodDetails().getUsBankAccount().getRoutingNumber()).isNotNull();
                } else {
                    assertThat(parsed.getPaymentMethodDetails().getCard().getBrand()).as(pm).isNotNull();
                    assertThat(parsed.getPaymentMethodDetails().getCard().getLast4()).isNotNull();
                }
            }
        }
        io.paystate.model.PaymentIntent held = create("pm_card_visa", true, CaptureMethod.MANUAL);
        io.paystate.model.PaymentIntent partial = engine.capture(held.id(), CaptureParams.amount(500));
        ChargeCollection charges = parse(StripeJson.render(engine.listCharges(partial.id(), RequestOptions.none()),
                List.of(), context), ChargeCollection.class);
        assertThat(charges.getData().get(0).getRefunds().getData().get(0).getAmount()).isEqualTo(1500L);
    }

    @Test
    void parse_listsSearchResultsAndEvents_landInTypedFields() {
        create("pm_card_visa", true, CaptureMethod.AUTOMATIC_ASYNC);
        create("pm_card_visa", false, CaptureMethod.MANUAL);
        PaymentIntentCollection list = parse(StripeJson.render(engine.list(ListParams.firstPage()), List.of(),
                context), PaymentIntentCollection.class);
        assertThat(list.getData()).hasSize(2);
        PaymentIntentSearchResult search = parse(StripeJson.render(engine.search(SearchParams.of(
                "currency:\"usd\"")), List.of(), context), PaymentIntentSearchResult.class);
        assertThat(search.getData()).hasSize(2);
        assertThat(search.getTotalCount()).isNull();
        PaymentIntentSearchResult counted = parse(StripeJson.render(engine.search(SearchParams.of(
                "currency:\"usd\"").withTotalCount()), List.of(), context), PaymentIntentSearchResult.class);
        assertThat(counted.getTotalCount()).isEqualTo(2L);
        EventCollection events = parse(StripeJson.body(engine.listEvents(EventListParams.firstPage())),
                EventCollection.class);
        assertThat(events.getData()).isNotEmpty();
        for (JsonNode event : StripeJson.body(engine.listEvents(EventListParams.firstPage())).get("data")) {
            Event parsed = parse(event, Event.class);
            JsonNode object = event.get("data").get("object");
            Class<?> type = object.get("object").asText().equals("charge") ? Charge.class : PaymentIntent.class;
            parse(object, type);
            assertThat(parsed.getDataObjectDeserializer().getObject()).as(parsed.getType()).isPresent();
        }
    }

    @Test
    void parse_errors_landInTypedFields() {
        PaymentEngineException decline = null;
        try {
            engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_card_visa_chargeDeclined").confirm(true)
                    .build());
        } catch (PaymentEngineException e) {
            decline = e;
        }
        StripeError error = parse(StripeJson.error(decline.details()), StripeError.class);
        assertThat(error.getDeclineCode()).isEqualTo("generic_decline");
        assertThat(error.getPaymentIntent().getLastPaymentError().getCode()).isEqualTo("card_declined");
        try {
            StripeRequests.parse("create", null, JSON.createObjectNode().put("colour", "red"));
        } catch (PaymentEngineException e) {
            assertThat(parse(StripeJson.error(e.details()), StripeError.class).getParam()).isEqualTo("colour");
        }
    }

    @Test
    void parse_expandedIntent_fillsTheObjectGetters() {
        io.paystate.model.PaymentIntent pi = create("pm_card_visa", true, CaptureMethod.MANUAL);
        JsonNode rendered = StripeJson.render(pi, List.of("latest_charge.payment_intent", "payment_method",
                "customer", "latest_charge.balance_transaction"), context);
        PaymentIntent parsed = parse(rendered, PaymentIntent.class);
        assertThat(parsed.getLatestChargeObject().getId()).isEqualTo(pi.latestCharge().value());
        assertThat(parsed.getLatestChargeObject().getPaymentIntentObject().getId()).isEqualTo(pi.id().value());
        assertThat(parsed.getLatestChargeObject().getBalanceTransaction()).isNull();
        assertThat(parsed.getPaymentMethodObject().getCard().getLast4()).isEqualTo("4242");
        PaymentIntentCollection list = parse(StripeJson.render(engine.list(ListParams.firstPage()),
                List.of("data.latest_charge"), context), PaymentIntentCollection.class);
        assertThat(list.getData().get(0).getLatestChargeObject()).isNotNull();
    }

    @Test
    void parse_customer_fillsStripeJavasTypedFields() {
        io.paystate.model.Customer c = engine.execute(new io.paystate.engine.CustomerRequest.Create(
                io.paystate.engine.CustomerParams.builder().email("jenny@example.com").name("Jenny")
                        .metadata("k", "v").defaultPaymentMethod("pm_card_visa").build()), RequestOptions.none()).body();
        com.stripe.model.Customer parsed = parse(StripeJson.body(c), com.stripe.model.Customer.class);
        assertThat(parsed.getId()).isEqualTo(c.id().value());
        assertThat(parsed.getEmail()).isEqualTo("jenny@example.com");
        assertThat(parsed.getInvoiceSettings().getDefaultPaymentMethod()).isEqualTo("pm_card_visa");
        assertThat(parsed.getMetadata()).containsEntry("k", "v");
        io.paystate.model.Customer deleted = engine.execute(new io.paystate.engine.CustomerRequest.Delete(c.id()),
                RequestOptions.none()).body();
        assertThat(parse(StripeJson.body(deleted), com.stripe.model.Customer.class).getDeleted()).isTrue();
    }
}
