package io.paystate.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paystate.engine.CaptureParams;
import io.paystate.engine.ConfirmParams;
import io.paystate.engine.CreateParams;
import io.paystate.engine.IncrementAuthorizationParams;
import io.paystate.engine.Operation;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentEngineException;
import io.paystate.engine.Request;
import io.paystate.engine.RequestOptions;
import io.paystate.engine.UpdateParams;
import io.paystate.model.CaptureMethod;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.spi.IdGenerator;
import org.junit.jupiter.api.Test;

/** The confirm, capture, increment and update parameters that Stripe accepts beside the basic ones. */
final class ConfirmingParametersWireTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PaymentIntentId ID = PaymentIntentId.of("pi_1");
    private final PaymentEngine engine = PaymentEngine.builder().idGenerator(IdGenerator.seeded(17)).build();

    private static ObjectNode params(String json) {
        try {
            return (ObjectNode) JSON.readTree(json.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Request<?> parse(Operation op, String json) {
        return StripeRequests.parse(op, op.onIntent() ? ID : null, params(json));
    }

    @Test
    void parseConfirm_everyConfirmingField_reachesTheParams() {
        Request.Confirm confirm = (Request.Confirm) parse(Operation.CONFIRM, "{'error_on_requires_action': true, "
                + "'amount_to_confirm': 2150, 'payment_method_types': ['card', 'sepa_debit'], "
                + "'excluded_payment_method_types': ['klarna'], "
                + "'payment_details': {'customer_reference': 'c-1', 'order_reference': 'o-1'}, "
                + "'amount_details': {'line_items': [{'product_name': 'Socks', 'unit_cost': 1000, 'quantity': 2}]}}");
        ConfirmParams p = confirm.params();

        assertThat(p.errorOnRequiresAction()).isTrue();
        assertThat(p.amountToConfirm()).isEqualTo(2150);
        assertThat(p.paymentMethodTypes()).containsExactly("card", "sepa_debit");
        assertThat(p.recorded()).isNotNull();
        assertThat(p.recorded().excludedPaymentMethodTypes()).containsExactly("klarna");
        assertThat(p.recorded().customerReference()).isEqualTo("c-1");
        assertThat(p.recorded().orderReference()).isEqualTo("o-1");
        assertThat(p.lineItems()).singleElement().satisfies(line -> assertThat(line.quantity()).isEqualTo(2));
    }

    @Test
    void parseCreate_errorOnRequiresAction_reachesTheParams() {
        Request.Create create = (Request.Create) parse(Operation.CREATE,
                "{'amount': 1000, 'currency': 'usd', 'confirm': true, 'error_on_requires_action': 'true'}");
        CreateParams p = create.params();

        assertThat(p.errorOnRequiresAction()).isTrue();
    }

    @Test
    void parseCaptureAndIncrement_amountAndPaymentDetails_reachTheParams() {
        CaptureParams capture = ((Request.Capture) parse(Operation.CAPTURE,
                "{'payment_details': {'order_reference': 'o-2'}, "
                        + "'amount_details': {'line_items': [{'product_name': 'Hat', 'unit_cost': 500, 'quantity': 1}]}}"))
                .params();
        IncrementAuthorizationParams increment = ((Request.IncrementAuthorization) parse(
                Operation.INCREMENT_AUTHORIZATION, "{'amount': 3000, 'payment_details': {'customer_reference': 'c'}}"))
                .params();

        assertThat(capture.recorded().orderReference()).isEqualTo("o-2");
        assertThat(capture.lineItems()).hasSize(1);
        assertThat(increment.recorded().customerReference()).isEqualTo("c");
        assertThat(increment.lineItems()).isNull();
    }

    @Test
    void parseUpdate_paymentMethodData_reachesTheParams() {
        UpdateParams p = ((Request.Update) parse(Operation.UPDATE,
                "{'payment_method_data': {'type': 'card', 'card': {'number': '4242424242424242'}}}")).params();

        assertThat(p.paymentMethodData()).isNotNull();
        assertThat(p.paymentMethodData().type()).isEqualTo("card");
        assertThat(p.touchesPaymentFields()).isTrue();
    }

    @Test
    void parseConfirm_badConfirmingFields_areTyped400sNamingTheParam() {
        assertThat(error(Operation.CONFIRM, "{'amount_to_confirm': 'many'}").param()).contains("amount_to_confirm");
        assertThat(error(Operation.CONFIRM, "{'error_on_requires_action': 'maybe'}").param())
                .contains("error_on_requires_action");
        assertThat(error(Operation.CONFIRM, "{'payment_details': {'order_reference': '" + "x".repeat(129) + "'}}")
                .param()).contains("payment_details[order_reference]");
        assertThat(error(Operation.CONFIRM, "{'amount_details': {'line_items': [{'unit_cost': 5}]}}").param())
                .hasValueSatisfying(param -> assertThat(param).startsWith("amount_details[line_items][0]"));
        assertThat(error(Operation.UPDATE, "{'payment_method_data': {'type': 'klarna'}}").param())
                .hasValueSatisfying(param -> assertThat(param).startsWith("payment_method_data"));
    }

    @Test
    void parseConfirm_mandateDataHooksAndLineItemOptions_areHeldToStripesShapes() {
        parse(Operation.CONFIRM, "{'mandate_data': {'customer_acceptance': {'type': 'online', "
                + "'online': {'ip_address': '203.0.113.9', 'user_agent': 'curl/8'}}}, "
                + "'hooks': {'inputs': {'tax': {'calculation': 'taxcalc_1'}}}, "
                + "'amount_details': {'shipping': {'amount': 500, 'to_postal_code': '10115'}, "
                + "'line_items': [{'product_name': 'Tea', 'unit_cost': 300, 'quantity': 1, "
                + "'payment_method_options': {'paypal': {'category': 'physical_goods'}}}]}}");

        assertThat(error(Operation.CONFIRM, "{'mandate_data': {'customer_acceptance': {'type': 'telepathy'}}}")
                .param()).contains("mandate_data[customer_acceptance][type]");
        assertThat(error(Operation.CONFIRM, "{'mandate_data': {'customer_acceptance': {}}}").param())
                .contains("mandate_data[customer_acceptance][type]");
        assertThat(error(Operation.CONFIRM, "{'hooks': {'inputs': {'tax': {'rate': 5}}}}").param())
                .contains("hooks[inputs][tax][rate]");
        assertThat(error(Operation.CAPTURE, "{'amount_details': {'line_items': [{'product_name': 'Tea', "
                + "'unit_cost': 1, 'quantity': 1, 'payment_method_options': {'paypal': {'category': 'x'}}}]}}").param())
                .contains("amount_details[line_items][0][payment_method_options][paypal][category]");
    }

    @Test
    void parseSearch_expandTotalCount_asksForTheCountAndOtherEnvelopeFieldsAreRefused() {
        WireRequest counted = StripeRequests.parseWire(Operation.SEARCH, null,
                params("{'query': 'amount>1', 'expand': ['total_count']}"));
        WireRequest plain = StripeRequests.parseWire(Operation.SEARCH, null, params("{'query': 'amount>1'}"));

        assertThat(((Request.Search) counted.request()).params().totalCount()).isTrue();
        assertThat(((Request.Search) plain.request()).params().totalCount()).isFalse();
        assertThatThrownBy(() -> StripeRequests.parseWire(Operation.LIST, null, params("{'expand': ['total_count']}")))
                .isInstanceOfSatisfying(PaymentEngineException.class, e -> assertThat(e.param()).contains("expand[0]"));
    }

    @Test
    void confirm_errorOnRequiresActionOverTheWire_isA402WithTheIntent() {
        PaymentIntent pi = engine.create(CreateParams.builder(2000, "usd").paymentMethod("pm_card_threeDSecureRequired")
                .captureMethod(CaptureMethod.MANUAL).build());
        Request<?> confirm = StripeRequests.parse(Operation.CONFIRM, pi.id(), params("{'error_on_requires_action': true}"));

        assertThatThrownBy(() -> engine.execute(confirm, RequestOptions.none()))
                .isInstanceOfSatisfying(PaymentEngineException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(402);
                    assertThat(e.code()).contains(ErrorCode.PAYMENT_INTENT_ACTION_REQUIRED);
                    assertThat(e.paymentIntent()).hasValueSatisfying(failed ->
                            assertThat(failed.status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD));
                });
    }

    private static PaymentEngineException error(Operation op, String json) {
        try {
            Request<?> request = StripeRequests.parse(op, op.onIntent() ? ID : null, params(json));
            // validation in the engine, for what the wire layer leaves to it
            PaymentEngine.builder().build().execute(request, RequestOptions.none());
        } catch (PaymentEngineException e) {
            return e;
        }
        throw new AssertionError("expected an error for " + json);
    }
}
