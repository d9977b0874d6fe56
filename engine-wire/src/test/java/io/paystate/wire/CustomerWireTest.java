package io.paystate.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paystate.engine.CreateParams;
import io.paystate.engine.InvalidRequestException;
import io.paystate.engine.Operation;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.RequestOptions;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentIntent;
import io.paystate.spi.IdGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CustomerWireTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PaymentEngine engine = PaymentEngine.builder().idGenerator(IdGenerator.seeded(5)).build();

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
        return StripeJson.render(body, wire.expand(), engine, RequestOptions.none());
    }

    @Test
    void createCustomer_phone_isKeptAndRendered() {
        JsonNode c = call(Operation.CREATE_CUSTOMER, "{'phone': '+49 30 1234567'}");
        assertThat(c.path("phone").asText()).isEqualTo("+49 30 1234567");
        JsonNode cleared = call(Operation.UPDATE_CUSTOMER, "{'id': '" + c.path("id").asText() + "', 'phone': ''}");
        assertThat(cleared.path("phone").isNull()).isTrue();
    }

    @Test
    void createCustomer_wireParams_renderStripesObject() {
        JsonNode c = call(Operation.CREATE_CUSTOMER, "{'email': 'jenny@example.com', 'name': 'Jenny', "
                + "'metadata': {'k': 'v'}, 'invoice_settings': {'default_payment_method': 'pm_card_visa'}}");
        assertThat(c.path("object").asText()).isEqualTo("customer");
        assertThat(c.path("id").asText()).startsWith("cus_");
        assertThat(c.path("email").asText()).isEqualTo("jenny@example.com");
        assertThat(c.path("metadata").path("k").asText()).isEqualTo("v");
        assertThat(c.path("invoice_settings").path("default_payment_method").asText()).isEqualTo("pm_card_visa");
        assertThat(c.path("livemode").asBoolean(true)).isFalse();
    }

    @Test
    void updateDeleteAndList_customer_followStripe() {
        String id = call(Operation.CREATE_CUSTOMER, "{}").path("id").asText();
        JsonNode updated = call(Operation.UPDATE_CUSTOMER, "{'id': '" + id + "', 'description': 'vip'}");
        assertThat(updated.path("description").asText()).isEqualTo("vip");
        assertThat(call(Operation.RETRIEVE_CUSTOMER, "{'id': '" + id + "'}")).isEqualTo(updated);
        JsonNode list = call(Operation.LIST_CUSTOMERS, "{'limit': 1}");
        assertThat(list.path("object").asText()).isEqualTo("list");
        assertThat(list.path("url").asText()).isEqualTo("/v1/customers");
        assertThat(list.path("data").get(0)).isEqualTo(updated);
        JsonNode deleted = call(Operation.DELETE_CUSTOMER, "{'id': '" + id + "'}");
        assertThat(deleted).isEqualTo(params("{'id': '" + id + "', 'object': 'customer', 'deleted': true}"));
    }

    @Test
    void parse_badCustomerParams_nameTheirParam() {
        assertThatThrownBy(() -> StripeRequests.parseWire(Operation.RETRIEVE_CUSTOMER, null, params("{}")))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.param()).contains("id"));
        assertThatThrownBy(() -> StripeRequests.parseWire(Operation.CREATE_CUSTOMER, null, params("{'shipping': '1'}")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.param()).contains("shipping");
                    assertThat(e.code()).contains(ErrorCode.PARAMETER_UNKNOWN);
                });
        assertThatThrownBy(() -> StripeRequests.parseWire(Operation.CREATE_CUSTOMER, null,
                params("{'phone': '" + "1".repeat(21) + "'}")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.param()).contains("phone"));
        assertThatThrownBy(() -> StripeRequests.parseWire(Operation.CREATE_CUSTOMER, null,
                params("{'name': '" + "n".repeat(257) + "'}")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.param()).contains("name"));
    }

    @Test
    void expand_customerOnIntent_showsTheCustomer() {
        JsonNode c = call(Operation.CREATE_CUSTOMER, "{'email': 'jenny@example.com'}");
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").customer(c.path("id").asText()).build());
        JsonNode rendered = StripeJson.render(pi, List.of("customer"), engine, RequestOptions.none());
        assertThat(rendered.path("customer")).isEqualTo(c);
        JsonNode plain = StripeJson.render(pi, List.of(), engine, RequestOptions.none());
        assertThat(plain.path("customer").asText()).isEqualTo(c.path("id").asText());
    }

    @Test
    void expand_storedMethodAndItsCustomer_showTheStoredObjects() {
        JsonNode c = call(Operation.CREATE_CUSTOMER, "{'email': 'jenny@example.com'}");
        JsonNode pm = call(Operation.CREATE_PAYMENT_METHOD, "{'type': 'card', 'card': {'token': 'tok_visa'}, "
                + "'metadata': {'k': 'v'}}");
        String pmId = pm.path("id").asText();
        call(Operation.ATTACH_PAYMENT_METHOD, "{'id': '" + pmId + "', 'customer': '" + c.path("id").asText() + "'}");
        JsonNode withCustomer = call(Operation.RETRIEVE_PAYMENT_METHOD, "{'id': '" + pmId
                + "', 'expand': ['customer']}");
        assertThat(withCustomer.path("customer")).isEqualTo(c);
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").customer(c.path("id").asText())
                .paymentMethod(pmId).build());
        JsonNode expanded = StripeJson.render(pi, List.of("payment_method"), engine, RequestOptions.none());
        assertThat(expanded.path("payment_method").path("id").asText()).isEqualTo(pmId);
        assertThat(expanded.path("payment_method").path("metadata").path("k").asText()).isEqualTo("v");
        assertThat(expanded.path("payment_method").path("customer").asText()).isEqualTo(c.path("id").asText());
    }

    @Test
    void searchCustomers_overTheWire_isStripesSearchResultReadByStripeJava() {
        call(Operation.CREATE_CUSTOMER, "{'email': 'jenny@example.com', 'name': 'Jenny Rosen', 'metadata': {'k': 'v'}}");
        call(Operation.CREATE_CUSTOMER, "{'email': 'max@example.com', 'name': 'Max', 'metadata': {'k': 'v'}}");
        call(Operation.CREATE_CUSTOMER, "{'email': 'other@example.org'}");
        // params() turns every ' into ", so \\' is an escaped quote inside the JSON string
        String query = "'query': 'email~\\'example.com\\' AND metadata[\\'k\\']:\\'v\\''";
        JsonNode page = call(Operation.SEARCH_CUSTOMERS, "{" + query + ", 'limit': 1, 'expand': ['total_count']}");
        assertThat(page.path("object").asText()).isEqualTo("search_result");
        assertThat(page.path("url").asText()).isEqualTo("/v1/customers/search");
        com.stripe.model.CustomerSearchResult parsed = com.stripe.net.ApiResource.GSON.fromJson(page.toString(),
                com.stripe.model.CustomerSearchResult.class);
        assertThat(parsed.getData()).hasSize(1);
        assertThat(parsed.getHasMore()).isTrue();
        assertThat(parsed.getTotalCount()).isEqualTo(2L);
        JsonNode rest = call(Operation.SEARCH_CUSTOMERS, "{" + query + ", 'page': '" + parsed.getNextPage() + "'}");
        assertThat(rest.path("data").get(0).path("name").asText()).isEqualTo("Jenny Rosen");
        assertThat(rest.path("next_page").isNull()).isTrue();
        assertThat(rest.has("total_count")).isFalse();
    }

    @Test
    void searchCustomers_badParams_nameTheirParam() {
        assertThatThrownBy(() -> StripeRequests.parseWire(Operation.SEARCH_CUSTOMERS, null, params("{}")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.param()).contains("query");
                    assertThat(e.code()).contains(ErrorCode.PARAMETER_MISSING);
                });
        assertThatThrownBy(() -> StripeRequests.parseWire(Operation.SEARCH_CUSTOMERS, null,
                params("{'query': 'name:\\'x\\'', 'email': 'a@example.com'}")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.param()).contains("email"));
        assertThatThrownBy(() -> StripeRequests.parseWire(Operation.SEARCH_CUSTOMERS, null,
                params("{'query': 'name:\\'x\\'', 'expand': ['data.nope']}")))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.param()).contains("expand[0]"));
    }
}
