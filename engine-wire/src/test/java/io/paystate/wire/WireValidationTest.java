package io.paystate.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paystate.engine.CreateParams;
import io.paystate.engine.CustomerRequest;
import io.paystate.engine.ListParams;
import io.paystate.engine.Operation;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentEngineException;
import io.paystate.engine.Request;
import io.paystate.engine.RequestOptions;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.IdGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

final class WireValidationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PaymentIntentId ID = PaymentIntentId.of("pi_1");

    private static ObjectNode params(String json) {
        try {
            return (ObjectNode) JSON.readTree(json.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static PaymentEngineException error(Operation op, String json) {
        try {
            StripeRequests.parseWire(op, op.onIntent() ? ID : null, params(json));
        } catch (PaymentEngineException e) {
            return e;
        }
        throw new AssertionError("expected an error for " + json);
    }

    @Test
    void parse_thousandLevelTree_isATyped400() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode at = root.putObject("metadata");
        for (int i = 0; i < 1000; i++) {
            at = at.putObject("a");
        }
        WireRequest wire = StripeRequests.parseWireOrMalformed(Operation.CREATE, null, root);
        assertThat(wire.request()).isInstanceOf(Request.Malformed.class);
        assertThat(((Request.Malformed) wire.request()).error().httpStatus()).isEqualTo(400);
        assertThat(((Request.Malformed) wire.request()).error().param()).startsWith("metadata[a]");
    }

    @Test
    void create_blankCustomer_isATyped400() {
        PaymentEngine engine = PaymentEngine.builder().idGenerator(IdGenerator.seeded(1)).build();
        Request<?> request = StripeRequests.parse(Operation.CREATE, null,
                params("{'amount': 1000, 'currency': 'usd', 'customer': '   '}"));
        assertThatThrownBy(() -> engine.execute(request, RequestOptions.none()))
                .isInstanceOfSatisfying(PaymentEngineException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.param()).contains("customer");
                });
    }

    @Test
    void parse_controlCharactersLengthsAndUrls_areRefusedNamingTheParam() {
        assertThat(error(Operation.CREATE, "{'description': 'a\\u0000b'}").code()).contains(ErrorCode.INVALID_CHARACTERS);
        assertThat(error(Operation.CREATE, "{'description': '" + "x".repeat(1001) + "'}").param())
                .contains("description");
        assertThat(error(Operation.CONFIRM, "{'return_url': '/relative'}").code()).contains(ErrorCode.URL_INVALID);
        assertThat(error(Operation.CONFIRM, "{'return_url': 'javascript:alert(1)'}").param()).contains("return_url");
        assertThat(error(Operation.CREATE, "{'amount': 99999999999999999999}").code())
                .contains(ErrorCode.PARAMETER_INVALID_INTEGER);
        assertThat(error(Operation.CREATE, "{'payment_method_options': {'klarna': {}}}").param())
                .contains("payment_method_options[klarna]");
        assertThat(error(Operation.CANCEL, "{'cancellation_reason': 'automatic'}").getMessage())
                .isEqualTo("Invalid cancellation_reason: must be one of duplicate, fraudulent, requested_by_customer, "
                        + "abandoned");
    }

    @Test
    void parse_indexedListsExactCreatedAndOneOffSessions_areAccepted() {
        Request<?> list = StripeRequests.parse(Operation.LIST, null, params("{'created': '1767225600'}"));
        assertThat(((Request.List) list).params().created().eq()).isEqualTo(1_767_225_600L);
        Request<?> create = StripeRequests.parse(Operation.CREATE, null, params("{'amount': 1000, 'currency': 'usd', "
                + "'payment_method_types': {'0': 'card', '1': 'sepa_debit'}, 'confirm': true, 'off_session': 'one_off'}"));
        assertThat(((Request.Create) create).params().paymentMethodTypes()).containsExactly("card", "sepa_debit");
        assertThat(((Request.Create) create).params().offSession()).isTrue();
    }

    @Test
    void parseWire_expandPaths_followStripesRules() {
        assertThat(error(Operation.RETRIEVE, "{'expand': ['metadata']}").getMessage())
                .isEqualTo("This property cannot be expanded (metadata).");
        PaymentEngineException list = error(Operation.LIST, "{'expand': ['data.latest_charge', 'latest_charge']}");
        assertThat(list.param()).contains("expand[1]");
        assertThat(list.getMessage()).contains("You may want to try expanding 'data.latest_charge' instead.");
        assertThat(error(Operation.RETRIEVE, "{'expand': ['latest_charge.payment_intent.latest_charge.payment_intent"
                + ".latest_charge']}").getMessage()).startsWith("You cannot expand more than 4 levels");
        WireRequest ok = StripeRequests.parseWire(Operation.RETRIEVE, ID, params("{'expand': {'0': 'customer', "
                + "'1': 'latest_charge.balance_transaction'}}"));
        assertThat(ok.expand()).containsExactly("customer", "latest_charge.balance_transaction");
    }

    @Test
    void render_expandOnAnIntentWithoutCharge_keepsNullsAndIds() {
        PaymentEngine engine = PaymentEngine.builder().idGenerator(IdGenerator.seeded(2)).build();
        io.paystate.model.Customer customer = engine.execute(new CustomerRequest.Create(
                io.paystate.engine.CustomerParams.none()), RequestOptions.none()).body();
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").customer(customer.id().value()).build());
        var json = StripeJson.render(pi, List.of("latest_charge", "customer", "payment_method"), engine,
                RequestOptions.none());
        assertThat(json.get("latest_charge").isNull()).isTrue();
        assertThat(json.get("customer").path("id").asText()).isEqualTo(customer.id().value());
        assertThat(json.get("payment_method").isNull()).isTrue();
        assertThat(engine.list(ListParams.firstPage()).data()).hasSize(1);
    }

    @Test
    void accept_stripeVersion_rendersOnlyDahlia() {
        assertThat(ApiVersions.accept(null)).isEqualTo("2026-07-29.dahlia");
        assertThat(ApiVersions.accept("2026-07-29")).isEqualTo("2026-07-29.dahlia");
        assertThatThrownBy(() -> ApiVersions.accept("2025-03-31.basil"))
                .isInstanceOfSatisfying(PaymentEngineException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).startsWith("Invalid Stripe API version: 2025-03-31.basil");
                });
        assertThatThrownBy(() -> ApiVersions.accept("latest")).hasMessage("Invalid Stripe API version: latest");
    }
}
