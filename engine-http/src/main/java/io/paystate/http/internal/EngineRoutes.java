package io.paystate.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paystate.engine.Operation;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentEngineException;
import io.paystate.engine.RequestOptions;
import io.paystate.engine.Response;
import io.paystate.model.EventId;
import io.paystate.model.PaymentIntentId;
import io.paystate.wire.PaymentMethodLookup;
import io.paystate.wire.RenderContext;
import io.paystate.wire.StripeJson;
import io.paystate.wire.StripeRequests;
import io.paystate.wire.WireRequest;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The routes the engine answers: intents, their charges and line items, events, the 3-D Secure helper. */
final class EngineRoutes {
    private final PaymentEngine engine;
    private final @Nullable DeliveryHub hub;
    private final PaymentMethodLookup paymentMethods;
    private final ChargeIndex charges = new ChargeIndex();

    EngineRoutes(PaymentEngine engine, @Nullable DeliveryHub hub, PaymentMethodLookup paymentMethods) {
        this.engine = engine;
        this.hub = hub;
        this.paymentMethods = paymentMethods;
    }

    HttpReply engine(Route.Engine route, StripeApi.Call call) {
        ObjectNode params = call.params();
        if (route.pathParamName() != null && route.pathParam() != null) {
            // the path names the object; a parameter of the same name cannot override it
            params.put(route.pathParamName(), route.pathParam());
        }
        PaymentIntentId id = null;
        if (route.intentId() != null) {
            Optional<PaymentIntentId> parsed = intentId(route.intentId());
            if (parsed.isEmpty()) {
                return Replies.error(HttpErrors.noSuch("payment_intent", route.intentId(), "intent"), call.requestId());
            }
            id = parsed.get();
        }
        return execute(route.operation(), id, params, call);
    }

    /** {@code GET /v1/charges?payment_intent=pi_...}: one intent's charges, newest first. */
    HttpReply charges(StripeApi.Call call) {
        ObjectNode params = call.params();
        JsonNode intent = params.remove("payment_intent");
        if (intent == null || !intent.isTextual() || intent.asText().isEmpty()) {
            return Replies.error(HttpErrors.of(400, io.paystate.model.ErrorCode.PARAMETER_MISSING,
                    "Missing required param: payment_intent. PayState lists the charges of one intent at a time.",
                    "payment_intent"), call.requestId());
        }
        Optional<PaymentIntentId> id = intentId(intent.asText());
        if (id.isEmpty()) {
            return Replies.error(HttpErrors.noSuch("payment_intent", intent.asText(), "payment_intent"),
                    call.requestId());
        }
        return execute(Operation.LIST_CHARGES, id.get(), params, call);
    }

    /** {@code GET /v1/charges/:id}: found through its intent; any miss, another account's included, is the charge's 404. */
    HttpReply charge(String chargeId, StripeApi.Call call) {
        HttpReply missing = Replies.error(HttpErrors.noSuch("charge", chargeId, "id"), call.requestId());
        if (!chargeId.startsWith("ch_")) {
            return missing;
        }
        Optional<PaymentIntentId> intent = charges.intentOf(chargeId, engine, call.options());
        if (intent.isEmpty()) {
            return missing;
        }
        call.params().put("charge", chargeId);
        HttpReply reply = execute(Operation.RETRIEVE_CHARGE, intent.get(), call.params(), call);
        // a 404 names the intent it looked in: never show another account's intent id
        return reply.status() == 404 ? missing : reply;
    }

    private HttpReply execute(Operation operation, @Nullable PaymentIntentId id, ObjectNode params, StripeApi.Call call) {
        WireRequest wire = StripeRequests.parseWireOrMalformed(operation, id, params);
        RequestOptions options = call.options();
        try {
            Response<?> response = engine.execute(wire.request(), options);
            charges.note(response.body());
            JsonNode body = StripeJson.render(response.body(), wire.expand(),
                    new RenderContext(engine, options, paymentMethods));
            pendingWebhooks(response.body(), body);
            String requestId = response.requestId() != null ? response.requestId() : call.requestId();
            return Replies.ok(body, requestId, response.replayed());
        } catch (PaymentEngineException e) {
            charges.note(e.details());
            return Replies.error(e.details(), call.requestId());
        }
    }

    /** The engine renders events as delivered to nobody; the dispatcher knows which endpoints still wait. */
    private void pendingWebhooks(Object body, JsonNode rendered) {
        if (hub == null) {
            return;
        }
        if (body instanceof io.paystate.model.StripeEvent e) {
            ((ObjectNode) rendered).put("pending_webhooks", hub.pendingWebhooks(e.id()));
        } else if (body instanceof io.paystate.engine.EventList) {
            for (JsonNode event : rendered.path("data")) {
                String eventId = event.path("id").asText();
                ((ObjectNode) event).put("pending_webhooks", hub.pendingWebhooks(EventId.of(eventId)));
            }
        }
    }

    private static Optional<PaymentIntentId> intentId(String raw) {
        try {
            return Optional.of(PaymentIntentId.of(raw));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
