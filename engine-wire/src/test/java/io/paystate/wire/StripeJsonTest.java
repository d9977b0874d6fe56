package io.paystate.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.paystate.engine.CardException;
import io.paystate.engine.CreateParams;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentEngineException;
import io.paystate.model.PaymentIntent;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.PaymentMethodData;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class StripeJsonTest {
    private final PaymentEngine engine = PaymentEngine.builder().idGenerator(IdGenerator.seeded(9)).build();

    @Test
    void paymentIntent_rendersStripeShape() {
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").metadata("k", "v")
                .paymentMethod("pm_card_threeDSecure2Required").confirm(true).build());
        JsonNode json = StripeJson.paymentIntent(pi);
        assertThat(json.get("object").asText()).isEqualTo("payment_intent");
        assertThat(json.get("status").asText()).isEqualTo("requires_action");
        assertThat(json.get("next_action").get("type").asText()).isEqualTo("use_stripe_sdk");
        assertThat(json.get("next_action").get("use_stripe_sdk").get("type").asText())
                .isEqualTo("three_d_secure_redirect");
        assertThat(json.get("created").asLong()).isEqualTo(pi.created().getEpochSecond());
        assertThat(json.get("metadata").get("k").asText()).isEqualTo("v");
        assertThat(json.get("amount_details").has("tip")).isTrue();
        assertThat(json.get("payment_method_types").get(0).asText()).isEqualTo("card");
        assertThat(json.has("canceled_at")).isTrue();
        assertThat(json.get("canceled_at").isNull()).isTrue();
    }

    @Test
    void error_decline_embedsIntentAndCodesButNoCardNumber() {
        PaymentEngineException e = null;
        try {
            engine.create(CreateParams.builder(1000, "usd").paymentMethodData(new PaymentMethodData("card",
                    Map.of("number", "4000000000009995"))).confirm(true).build());
        } catch (CardException decline) {
            e = decline;
        }
        assertThat(e).isNotNull();
        JsonNode error = StripeJson.errorResponse(e.details()).get("error");
        assertThat(error.get("type").asText()).isEqualTo("card_error");
        assertThat(error.get("code").asText()).isEqualTo("card_declined");
        assertThat(error.get("decline_code").asText()).isEqualTo("insufficient_funds");
        assertThat(error.get("doc_url").asText()).endsWith("/card-declined");
        assertThat(error.get("payment_intent").get("last_payment_error").get("payment_method").get("type").asText())
                .isEqualTo("card");
        assertThat(error.toString()).doesNotContain("4000000000009995");
    }

    @Test
    void listSearchChargeAndEvent_renderStripesEnvelopes() {
        java.util.List<io.paystate.model.PaymentEvent> events = new java.util.ArrayList<>();
        PaymentEngine recorded = PaymentEngine.builder().idGenerator(IdGenerator.seeded(10)).eventSink(events::add)
                .build();
        PaymentIntent pi = recorded.create(CreateParams.builder(1000, "usd").paymentMethod("pm_card_visa")
                .confirm(true).build());

        JsonNode list = StripeJson.list(recorded.list(io.paystate.engine.ListParams.firstPage()));
        assertThat(list.get("object").asText()).isEqualTo("list");
        assertThat(list.get("url").asText()).isEqualTo("/v1/payment_intents");
        assertThat(list.get("has_more").asBoolean()).isFalse();
        assertThat(list.get("data").get(0).get("id").asText()).isEqualTo(pi.id().value());

        JsonNode search = StripeJson.searchResult(recorded.search(io.paystate.engine.SearchParams.of("currency:\"usd\"")));
        assertThat(search.get("object").asText()).isEqualTo("search_result");
        assertThat(search.get("next_page").isNull()).isTrue();
        assertThat(search.get("data")).hasSize(1);

        io.paystate.model.PaymentEvent succeeded = events.stream()
                .filter(e -> e.type() == io.paystate.model.EventType.CHARGE_SUCCEEDED).findFirst().orElseThrow();
        JsonNode charge = StripeJson.charge(succeeded.charge());
        assertThat(charge.get("object").asText()).isEqualTo("charge");
        assertThat(charge.get("captured").asBoolean()).isTrue();
        assertThat(charge.get("amount_captured").asLong()).isEqualTo(1000);
        assertThat(charge.get("payment_intent").asText()).isEqualTo(pi.id().value());

        JsonNode event = StripeJson.event(succeeded);
        assertThat(event.get("object").asText()).isEqualTo("event");
        assertThat(event.get("type").asText()).isEqualTo("charge.succeeded");
        assertThat(event.get("data").get("object").get("object").asText()).isEqualTo("charge");
        assertThat(event.get("request").get("id").asText()).startsWith("req_");
        JsonNode created = StripeJson.event(events.get(0));
        assertThat(created.get("data").get("object").get("object").asText()).isEqualTo("payment_intent");
    }
}
