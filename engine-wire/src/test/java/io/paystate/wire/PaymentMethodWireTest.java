package io.paystate.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stripe.model.PaymentMethod;
import com.stripe.net.ApiResource;
import io.paystate.engine.CardException;
import io.paystate.engine.InvalidRequestException;
import io.paystate.engine.Operation;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.RequestOptions;
import io.paystate.model.ErrorCode;
import io.paystate.spi.IdGenerator;
import org.junit.jupiter.api.Test;

final class PaymentMethodWireTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PaymentEngine engine = PaymentEngine.builder().idGenerator(IdGenerator.seeded(9)).build();

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
    void createAttachListDetach_overTheWire_followStripe() {
        JsonNode pm = call(Operation.CREATE_PAYMENT_METHOD, "{'type': 'card', 'card': {'number': '4242424242424242', "
                + "'exp_month': '12', 'exp_year': '2034'}, 'metadata': {'k': 'v'}}");
        String id = pm.path("id").asText();
        assertThat(pm.path("object").asText()).isEqualTo("payment_method");
        assertThat(pm.path("card").path("last4").asText()).isEqualTo("4242");
        assertThat(pm.path("customer").isNull()).isTrue();
        assertThat(pm.path("metadata").path("k").asText()).isEqualTo("v");
        String customer = call(Operation.CREATE_CUSTOMER, "{}").path("id").asText();
        JsonNode attached = call(Operation.ATTACH_PAYMENT_METHOD, "{'id': '" + id + "', 'customer': '" + customer + "'}");
        assertThat(attached.path("customer").asText()).isEqualTo(customer);
        JsonNode list = call(Operation.LIST_CUSTOMER_PAYMENT_METHODS, "{'id': '" + customer + "', 'type': 'card'}");
        assertThat(list.path("data").get(0).path("id").asText()).isEqualTo(id);
        assertThat(call(Operation.RETRIEVE_PAYMENT_METHOD, "{'id': '" + id + "'}")).isEqualTo(attached);
        JsonNode updated = call(Operation.UPDATE_PAYMENT_METHOD, "{'id': '" + id + "', 'metadata': {'k': 'w'}}");
        assertThat(updated.path("metadata").path("k").asText()).isEqualTo("w");
        JsonNode detached = call(Operation.DETACH_PAYMENT_METHOD, "{'id': '" + id + "'}");
        assertThat(detached.path("customer").isNull()).isTrue();
    }

    @Test
    void billingDetails_overTheWire_areShownOnTheMethodAndItsCharge() {
        JsonNode pm = call(Operation.CREATE_PAYMENT_METHOD, "{'type': 'card', 'card': {'token': 'tok_visa'}, "
                + "'billing_details': {'name': 'Jenny Rosen', 'email': 'jenny@example.com', "
                + "'address': {'postal_code': '10115', 'country': 'DE'}}}");
        JsonNode pi = call(Operation.CREATE, "{'amount': 1000, 'currency': 'usd', 'confirm': true, "
                + "'payment_method': '" + pm.path("id").asText() + "', 'expand': ['latest_charge']}");

        assertThat(pm.path("billing_details").path("name").asText()).isEqualTo("Jenny Rosen");
        assertThat(pm.path("billing_details").path("address").path("postal_code").asText()).isEqualTo("10115");
        assertThat(pm.path("billing_details").path("phone").isNull()).isTrue();
        JsonNode charge = pi.path("latest_charge");
        assertThat(charge.path("billing_details").path("email").asText()).isEqualTo("jenny@example.com");
        assertThat(charge.path("billing_details").path("address").path("country").asText()).isEqualTo("DE");
    }

    @Test
    void createWithCardToken_andAttachOfAFixedTestId_giveStoredCards() {
        JsonNode fromToken = call(Operation.CREATE_PAYMENT_METHOD, "{'type': 'card', 'card': {'token': 'tok_mastercard'}}");
        String customer = call(Operation.CREATE_CUSTOMER, "{}").path("id").asText();
        JsonNode copied = call(Operation.ATTACH_PAYMENT_METHOD, "{'id': 'pm_card_visa', 'customer': '" + customer + "'}");

        assertThat(fromToken.path("card").path("brand").asText()).isEqualTo("mastercard");
        assertThat(copied.path("id").asText()).startsWith("pm_").isNotEqualTo("pm_card_visa");
        assertThat(copied.path("customer").asText()).isEqualTo(customer);
        assertThat(copied.path("card").path("last4").asText()).isEqualTo("4242");
    }

    @Test
    void parse_badPaymentMethodParams_nameTheirParam() {
        assertThatThrownBy(() -> StripeRequests.parseWire(Operation.RETRIEVE_PAYMENT_METHOD, null,
                params("{'id': 'card_1'}"))).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.param()).contains("id");
                    assertThat(e.code()).contains(ErrorCode.RESOURCE_MISSING);
                });
        assertThatThrownBy(() -> StripeRequests.parseWire(Operation.CREATE_PAYMENT_METHOD, null, params("{}")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.param()).contains("type"));
        assertThatThrownBy(() -> StripeRequests.parseWire(Operation.ATTACH_PAYMENT_METHOD, null,
                params("{'id': 'pm_1'}"))).isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.param()).contains("customer"));
        assertThatThrownBy(() -> StripeRequests.parseWire(Operation.DETACH_PAYMENT_METHOD, null, params("{}")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.param()).contains("id"));
    }

    private static PaymentMethod parsed(JsonNode json) {
        return ApiResource.GSON.fromJson(json.toString(), PaymentMethod.class);
    }

    private String card() {
        return call(Operation.CREATE_PAYMENT_METHOD, "{'type': 'card', 'card': {'number': '4242424242424242', "
                + "'exp_month': '7', 'exp_year': '2040'}, 'billing_details': {'name': 'Jenny Rosen', "
                + "'email': 'jenny@example.com', 'address': {'city': 'Berlin', 'country': 'DE'}}}").path("id").asText();
    }

    @Test
    void create_rawCardExpiry_isShownAndParsedByStripeJava() {
        PaymentMethod pm = parsed(call(Operation.RETRIEVE_PAYMENT_METHOD, "{'id': '" + card() + "'}"));
        assertThat(pm.getCard().getExpMonth()).isEqualTo(7L);
        assertThat(pm.getCard().getExpYear()).isEqualTo(2040L);
        assertThat(pm.getAllowRedisplay()).isEqualTo("unspecified");
        PaymentMethod token = parsed(call(Operation.CREATE_PAYMENT_METHOD, "{'type': 'card', 'card': {'token': "
                + "'tok_visa'}}"));
        assertThat(token.getCard().getExpMonth()).isEqualTo(12L);
        assertThat(token.getCard().getExpYear()).isEqualTo(2034L);
    }

    @Test
    void update_expiryBillingDetailsAndRedisplay_areRenderedAsStripeDoes() {
        String id = card();
        PaymentMethod pm = parsed(call(Operation.UPDATE_PAYMENT_METHOD, "{'id': '" + id + "', 'card': "
                + "{'exp_month': '3', 'exp_year': 2041}, 'allow_redisplay': 'always', 'billing_details': "
                + "{'phone': '+49 30 1234', 'email': '', 'address': {'city': 'Hamburg'}}}"));
        assertThat(pm.getCard().getExpMonth()).isEqualTo(3L);
        assertThat(pm.getCard().getExpYear()).isEqualTo(2041L);
        assertThat(pm.getAllowRedisplay()).isEqualTo("always");
        assertThat(pm.getBillingDetails().getName()).isEqualTo("Jenny Rosen");
        assertThat(pm.getBillingDetails().getPhone()).isEqualTo("+49 30 1234");
        assertThat(pm.getBillingDetails().getEmail()).isNull();
        assertThat(pm.getBillingDetails().getAddress().getCity()).isEqualTo("Hamburg");
        assertThat(pm.getBillingDetails().getAddress().getCountry()).isEqualTo("DE");
        PaymentMethod cleared = parsed(call(Operation.UPDATE_PAYMENT_METHOD, "{'id': '" + id + "', "
                + "'billing_details': {'address': ''}}"));
        assertThat(cleared.getBillingDetails().getAddress().getCity()).isNull();
        assertThat(cleared.getBillingDetails().getName()).isEqualTo("Jenny Rosen");
    }

    @Test
    void charge_ofAStoredCard_showsItsExpiry() {
        String id = card();
        JsonNode pi = call(Operation.CREATE, "{'amount': 1000, 'currency': 'usd', 'confirm': true, "
                + "'payment_method': '" + id + "', 'expand': ['latest_charge']}");
        JsonNode card = pi.path("latest_charge").path("payment_method_details").path("card");
        assertThat(card.path("exp_month").asInt()).isEqualTo(7);
        assertThat(card.path("exp_year").asInt()).isEqualTo(2040);
        com.stripe.model.Charge parsed = ApiResource.GSON.fromJson(pi.path("latest_charge").toString(),
                com.stripe.model.Charge.class);
        assertThat(parsed.getPaymentMethodDetails().getCard().getExpYear()).isEqualTo(2040L);
    }

    @Test
    void update_usBankAccountHolderType_isRendered() {
        String id = call(Operation.CREATE_PAYMENT_METHOD, "{'type': 'us_bank_account', 'us_bank_account': "
                + "{'account_number': '000123456789', 'routing_number': '110000000', 'account_holder_type': "
                + "'individual'}}").path("id").asText();
        PaymentMethod pm = parsed(call(Operation.UPDATE_PAYMENT_METHOD, "{'id': '" + id + "', 'us_bank_account': "
                + "{'account_holder_type': 'company'}}"));
        assertThat(pm.getUsBankAccount().getAccountHolderType()).isEqualTo("company");
    }

    @Test
    void update_badParams_nameTheirParam() {
        String id = card();
        assertThatThrownBy(() -> call(Operation.UPDATE_PAYMENT_METHOD, "{'id': '" + id + "', 'card': "
                + "{'exp_month': 13}}")).isInstanceOfSatisfying(CardException.class, e -> {
                    assertThat(e.code()).contains(ErrorCode.INVALID_EXPIRY_MONTH);
                    assertThat(e.param()).contains("exp_month");
                });
        assertThatThrownBy(() -> call(Operation.UPDATE_PAYMENT_METHOD, "{'id': '" + id + "', 'card': "
                + "{'exp_year': 'soon'}}")).isInstanceOfSatisfying(InvalidRequestException.class, e ->
                        assertThat(e.param()).contains("card[exp_year]"));
        assertThatThrownBy(() -> call(Operation.UPDATE_PAYMENT_METHOD, "{'id': '" + id + "', 'card': "
                + "{'cvc': '123'}}")).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.code()).contains(ErrorCode.PARAMETER_UNKNOWN);
                    assertThat(e.param()).contains("card[cvc]");
                });
        assertThatThrownBy(() -> call(Operation.UPDATE_PAYMENT_METHOD, "{'id': '" + id + "', 'allow_redisplay': "
                + "'never'}")).isInstanceOfSatisfying(InvalidRequestException.class, e ->
                        assertThat(e.param()).contains("allow_redisplay"));
        assertThatThrownBy(() -> call(Operation.UPDATE_PAYMENT_METHOD, "{'id': '" + id + "', 'billing_details': "
                + "{'email': 'nope'}}")).isInstanceOfSatisfying(InvalidRequestException.class, e ->
                        assertThat(e.param()).contains("billing_details[email]"));
    }
}
