package io.paystate.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.annotations.SerializedName;
import com.stripe.net.ApiRequestParams;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentIncrementAuthorizationParams;
import com.stripe.param.PaymentIntentUpdateParams;
import io.paystate.engine.Operation;
import io.paystate.engine.PaymentEngineException;
import io.paystate.model.PaymentIntentId;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sends every parameter of stripe-java's params classes for the six intent endpoints (their
 * {@code @SerializedName} fields, and every payment-method type of {@code payment_method_options}
 * and {@code payment_method_data}), each with a value of its documented shape, and requires each to
 * be accepted or refused with the reason the table documents, naming the parameter.
 */
final class ParameterCoverageTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final PaymentIntentId ID = PaymentIntentId.of("pi_1");

    static List<Arguments> parameters() {
        List<Arguments> all = new ArrayList<>();
        add(all, Operation.CREATE, PaymentIntentCreateParams.class);
        add(all, Operation.UPDATE, PaymentIntentUpdateParams.class);
        add(all, Operation.CONFIRM, PaymentIntentConfirmParams.class);
        add(all, Operation.CAPTURE, PaymentIntentCaptureParams.class);
        add(all, Operation.CANCEL, PaymentIntentCancelParams.class);
        add(all, Operation.INCREMENT_AUTHORIZATION, PaymentIntentIncrementAuthorizationParams.class);
        for (Operation op : List.of(Operation.CREATE, Operation.UPDATE, Operation.CONFIRM)) {
            for (String name : names(PaymentIntentCreateParams.PaymentMethodOptions.class)) {
                all.add(Arguments.of(op, List.of("payment_method_options", name)));
            }
        }
        for (Operation op : List.of(Operation.CREATE, Operation.CONFIRM)) {
            for (String name : names(PaymentIntentCreateParams.PaymentMethodData.class)) {
                all.add(Arguments.of(op, List.of("payment_method_data", name)));
            }
        }
        return all;
    }

    private static void add(List<Arguments> all, Operation op, Class<?> params) {
        for (String name : names(params)) {
            all.add(Arguments.of(op, List.of(name)));
        }
    }

    private static List<String> names(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            SerializedName s = f.getAnnotation(SerializedName.class);
            if (s != null && !s.value().equals(ApiRequestParams.EXTRA_PARAMS_KEY)) {
                names.add(s.value());
            }
        }
        assertThat(names).as(type.getName()).isNotEmpty();
        return names;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("parameters")
    void parse_everyStripeJavaParameter_isAcceptedOrRefusedWithItsDocumentedReason(Operation op, List<String> path) {
        Shape.Obj table = ParameterTable.of(op);
        Shape.Field field = table.field(path.get(0));
        assertThat(field).as("%s has %s in its table", op.wireName(), path.get(0)).isNotNull();
        // the operation's required parameters, so that only the one under test can be refused
        ObjectNode params = (ObjectNode) sample(table);
        String param = path.get(0);
        if (path.get(0).equals("expand")) {
            params.putArray("expand").add("latest_charge");
        } else if (path.size() == 1) {
            params.set(path.get(0), sample(field.shape()));
        } else {
            Shape.Field inner = ((Shape.Obj) field.shape()).field(path.get(1));
            assertThat(inner).as("%s has %s[%s] in its table", op.wireName(), path.get(0), path.get(1)).isNotNull();
            field = inner;
            ObjectNode nested = params.putObject(path.get(0));
            nested.set(path.get(1), sample(inner.shape()));
            if (path.get(0).equals("payment_method_data") && !path.get(1).equals("type")) {
                nested.put("type", PaymentMethodParameters.MODELED.contains(path.get(1)) ? path.get(1) : "card");
            }
            param = path.get(0) + "[" + path.get(1) + "]";
        }
        try {
            StripeRequests.parseWire(op, op == Operation.CREATE ? null : ID, params);
            assertThat(field.effect()).as(param).isNotEqualTo(Shape.Effect.REFUSED);
        } catch (PaymentEngineException e) {
            assertThat(field.effect()).as("%s was refused: %s", param, e.getMessage())
                    .isEqualTo(Shape.Effect.REFUSED);
            assertThat(e.param()).contains(param);
            assertThat(field.note()).as("the documented reason of " + param).isNotBlank();
            assertThat(e.getMessage()).isEqualTo(field.note().replace("%s", sampleText(field.shape())));
        }
    }

    private static String sampleText(Shape s) {
        JsonNode v = sample(s);
        return v.isValueNode() ? v.asText() : "...";
    }

    /** A value of the shape: the first enum value, a small number, objects with their required keys. */
    static JsonNode sample(Shape s) {
        if (s instanceof Shape.Text t) {
            if (t.values() != null) {
                return F.textNode(t.values().get(0));
            }
            return F.textNode(switch (t.kind()) {
                case URL -> "https://shop.example/return";
                case EMAIL -> "ada@example.com";
                default -> "x";
            });
        } else if (s instanceof Shape.Int i) {
            return F.numberNode(Math.max(i.min(), Math.min(100, i.max())));
        } else if (s instanceof Shape.Bool) {
            return F.booleanNode(true);
        } else if (s instanceof Shape.Either e) {
            return sample(e.first());
        } else if (s instanceof Shape.ListOf l) {
            ArrayNode array = F.arrayNode();
            array.add(sample(l.element()));
            return array;
        } else if (s instanceof Shape.StringMap) {
            return F.objectNode().put("k", "v");
        } else if (s instanceof Shape.Obj o) {
            ObjectNode node = F.objectNode();
            for (Shape.Field f : o.fields()) {
                if (f.required()) {
                    node.set(f.name(), sample(f.shape()));
                }
            }
            return node;
        }
        return F.objectNode();
    }

}
