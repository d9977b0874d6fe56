package io.paystate.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paystate.engine.InvalidRequestException;
import io.paystate.engine.PaymentEngineException;
import io.paystate.engine.Request;
import io.paystate.model.AuthorizationRequest;
import io.paystate.model.CaptureMethod;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentIntentId;
import org.junit.jupiter.api.Test;

final class StripeRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PaymentIntentId ID = PaymentIntentId.of("pi_1");

    private static ObjectNode params(String json) {
        try {
            return (ObjectNode) JSON.readTree(json.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static PaymentEngineException error(String op, String json) {
        try {
            StripeRequests.parse(op, ID, params(json));
        } catch (PaymentEngineException e) {
            return e;
        }
        throw new AssertionError("expected an error for " + json);
    }

    @Test
    void parse_create_readsNestedCardOptions() {
        Request<?> r = StripeRequests.parse("create", null, params("{'amount': 1000, 'currency': 'usd', "
                + "'capture_method': 'manual', 'payment_method_options': {'card': "
                + "{'request_incremental_authorization': 'if_available'}}, 'metadata': {'k': 'v'}, 'confirm': 'true'}"));
        assertThat(r).isInstanceOfSatisfying(Request.Create.class, c -> {
            assertThat(c.params().amount()).isEqualTo(1000L);
            assertThat(c.params().captureMethod()).isEqualTo(CaptureMethod.MANUAL);
            assertThat(c.params().cardOptions().requestIncrementalAuthorization())
                    .isEqualTo(AuthorizationRequest.IF_AVAILABLE);
            assertThat(c.params().metadata()).containsEntry("k", "v");
            assertThat(c.params().confirm()).isTrue();
        });
    }

    @Test
    void parse_unknownParameter_isNamedWithBrackets() {
        PaymentEngineException top = error("create", "{'amount': 1000, 'colour': 'red'}");
        assertThat(top.code()).contains(ErrorCode.PARAMETER_UNKNOWN);
        assertThat(top.param()).contains("colour");
        PaymentEngineException nested = error("create",
                "{'amount': 1000, 'payment_method_options': {'card': {'foo': 'x'}}}");
        assertThat(nested.param()).contains("payment_method_options[card][foo]");
        assertThat(nested.getMessage()).isEqualTo("Received unknown parameter: payment_method_options[card][foo]");
    }

    @Test
    void parse_nonIntegerAmount_isParameterInvalidInteger() {
        for (String bad : new String[] {"'ten'", "10.5", "true"}) {
            PaymentEngineException e = error("create", "{'amount': " + bad + ", 'currency': 'usd'}");
            assertThat(e.code()).contains(ErrorCode.PARAMETER_INVALID_INTEGER);
            assertThat(e.param()).contains("amount");
        }
        Request<?> numericString = StripeRequests.parse("create", null, params("{'amount': '1000'}"));
        assertThat(((Request.Create) numericString).params().amount()).isEqualTo(1000L);
    }

    @Test
    void parse_badEnumValue_namesTheParamWithoutCode() {
        PaymentEngineException e = error("create", "{'amount': 1000, 'capture_method': 'later'}");
        assertThat(e).isInstanceOf(InvalidRequestException.class);
        assertThat(e.param()).contains("capture_method");
        assertThat(e.code()).isEmpty();
        assertThat(e.getMessage()).contains("automatic_async");
    }

    @Test
    void parse_updateEmptyStrings_clear() {
        Request<?> r = StripeRequests.parse("update", ID, params("{'metadata': '', 'payment_method': '', 'description': ''}"));
        assertThat(r).isInstanceOfSatisfying(Request.Update.class, u -> {
            assertThat(u.params().clearMetadata()).isTrue();
            assertThat(u.params().paymentMethod()).isEmpty();
            assertThat(u.params().description()).isEmpty();
        });
        Request<?> removeKey = StripeRequests.parse("update", ID, params("{'metadata': {'k': ''}}"));
        assertThat(((Request.Update) removeKey).params().metadata()).containsEntry("k", "");
    }

    @Test
    void parse_listCreatedRange_andSearch() {
        Request<?> list = StripeRequests.parse("list", null, params("{'limit': 3, 'created': {'gte': 5, 'lt': 9}}"));
        assertThat(list).isInstanceOfSatisfying(Request.List.class, l -> {
            assertThat(l.params().limit()).isEqualTo(3);
            assertThat(l.params().created().gte()).isEqualTo(5L);
            assertThat(l.params().created().lt()).isEqualTo(9L);
        });
        PaymentEngineException missing = error("search", "{}");
        assertThat(missing.code()).contains(ErrorCode.PARAMETER_MISSING);
        assertThat(missing.param()).contains("query");
    }

    @Test
    void parse_clientSecret_makesClientSideRequests() {
        assertThat(StripeRequests.parse("retrieve", ID, params("{'client_secret': 's'}")))
                .isInstanceOf(Request.ClientRetrieve.class);
        assertThat(StripeRequests.parse("confirm", ID, params("{'client_secret': 's', 'payment_method': 'pm_card_visa'}")))
                .isInstanceOf(Request.ClientConfirm.class);
    }

    @Test
    void parse_paymentMethodData_keepsFieldsButNeverPrintsThem() {
        Request<?> r = StripeRequests.parse("confirm", ID,
                params("{'payment_method_data': {'type': 'card', 'card': {'number': '4242424242424242', 'cvc': '123'}}}"));
        Request.Confirm confirm = (Request.Confirm) r;
        assertThat(confirm.params().paymentMethodData().fields()).containsEntry("number", "4242424242424242");
        assertThat(confirm.toString()).doesNotContain("4242424242424242");
    }

    @Test
    void parse_useStripeSdk_dropsTheReturnUrlForTheNextAction() {
        Request<?> sdk = StripeRequests.parse("confirm", ID,
                params("{'return_url': 'https://shop.test', 'use_stripe_sdk': true}"));
        assertThat(((Request.Confirm) sdk).params().returnUrl()).isNull();
        Request<?> redirect = StripeRequests.parse("confirm", ID, params("{'return_url': 'https://shop.test'}"));
        assertThat(((Request.Confirm) redirect).params().returnUrl()).isEqualTo("https://shop.test");
        Request<?> create = StripeRequests.parse("create", null, params("{'amount': 1000, 'currency': 'usd', "
                + "'confirm': true, 'return_url': 'https://shop.test', 'use_stripe_sdk': 'true'}"));
        assertThat(((Request.Create) create).params().returnUrl()).isNull();
    }

    @Test
    void parse_automaticPaymentMethods_enabledWithRedirectPolicy() {
        Request<?> r = StripeRequests.parse("create", null,
                params("{'amount': 1000, 'currency': 'usd', 'automatic_payment_methods': {'enabled': true}}"));
        assertThat(((Request.Create) r).params().automaticPaymentMethods())
                .isEqualTo(new io.paystate.model.AutomaticPaymentMethods(true, "always"));
        assertThat(error("create", "{'amount': 1000, 'automatic_payment_methods': {'allow_redirects': 'never'}}")
                .param()).contains("automatic_payment_methods[enabled]");
        assertThat(error("create", "{'amount': 1000, 'automatic_payment_methods': {'enabled': true, "
                + "'allow_redirects': 'sometimes'}}").param()).contains("automatic_payment_methods[allow_redirects]");
    }

    @Test
    void parse_expandShippingAndStringBooleans() {
        Request<?> r = StripeRequests.parse("create", null, params("{'amount': 1000, 'currency': 'usd', "
                + "'expand': ['latest_charge'], 'confirm': 'false', 'shipping': {'name': 'Ada', "
                + "'address': {'line1': '1 Main St', 'city': 'Paris', 'country': 'FR'}, 'carrier': 'UPS'}}"));
        assertThat(r).isInstanceOfSatisfying(Request.Create.class, c -> {
            assertThat(c.params().confirm()).isFalse();
            assertThat(c.params().shipping().name()).isEqualTo("Ada");
            assertThat(c.params().shipping().address().city()).isEqualTo("Paris");
            assertThat(c.params().shipping().carrier()).isEqualTo("UPS");
        });
        assertThat(error("create", "{'amount': 1000, 'shipping': {'address': {'line1': 'x'}}}").param())
                .contains("shipping[name]");
        assertThat(error("create", "{'amount': 1000, 'confirm': 'yes'}").param()).contains("confirm");
    }

    @Test
    void parse_completeActionOutcome_isRequired() {
        assertThatThrownBy(() -> StripeRequests.parse("complete_action", ID, params("{}")))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> StripeRequests.parse("complete_action", ID, params("{'outcome': 'maybe'}")))
                .isInstanceOf(InvalidRequestException.class);
    }
}
