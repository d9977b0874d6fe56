package io.paystate.wire;

import io.paystate.engine.CustomerRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentEngineException;
import io.paystate.model.Charge;
import io.paystate.model.ChargeId;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentMethodId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Applies checked {@code expand[]} paths to a rendered response: each id on the path is replaced by
 * its object, read through the engine's API as the request's account (charges with
 * {@code retrieveCharge}, intents with {@code retrieve}) or from the processor (payment methods).
 * Ids of objects PayState does not keep stay ids; null fields stay null; an object that cannot be
 * read (another account's) stays an id.
 */
final class Expander {
    private final RenderContext context;

    Expander(RenderContext context) {
        this.context = context;
    }

    void apply(JsonNode rendered, Expansion.Target target, List<String> paths) {
        for (String path : paths) {
            String[] segments = path.split("\\.");
            if (target.list()) {
                for (JsonNode element : rendered.path("data")) {
                    walk(element, target.type(), segments, 1);
                }
            } else {
                walk(rendered, target.type(), segments, 0);
            }
        }
    }

    private void walk(JsonNode node, String type, String[] segments, int at) {
        if (at >= segments.length || !(node instanceof ObjectNode object)) {
            return;
        }
        Map<String, String> fields = Expansion.GRAPH.get(type);
        String next = fields == null ? null : fields.get(segments[at]);
        if (next == null || next.equals(Expansion.ELSEWHERE)) {
            return;
        }
        JsonNode value = object.get(segments[at]);
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isTextual()) {
            JsonNode expanded = resolve(next, value.asText(), object);
            if (expanded == null) {
                return;
            }
            object.set(segments[at], expanded);
            value = expanded;
        }
        if (next.equals("+refund_list") || next.startsWith(".")) {
            if (value.has("data")) {
                for (JsonNode element : value.path("data")) {
                    walk(element, ".refund", segments, at + 2);
                }
                return;
            }
        }
        walk(value, next, segments, at + 1);
    }

    /** Reads the object an id names; null when it cannot be read. */
    private @Nullable JsonNode resolve(String type, String id, ObjectNode owner) {
        PaymentEngine engine = context.engine();
        try {
            switch (type) {
                case "charge" -> {
                    String intent = owner.path("object").asText().equals("payment_intent")
                            ? owner.path("id").asText() : owner.path("payment_intent").asText();
                    if (engine == null || intent.isEmpty()) {
                        return null;
                    }
                    PaymentIntentId piId = PaymentIntentId.of(intent);
                    Charge charge = engine.retrieveCharge(piId, ChargeId.of(id), context.options());
                    PaymentIntent pi = engine.retrieve(piId, context.options());
                    return ChargeJson.charge(charge, pi, context);
                }
                case "payment_intent" -> {
                    if (engine == null) {
                        return null;
                    }
                    return StripeJson.paymentIntent(engine.retrieve(PaymentIntentId.of(id), context.options()));
                }
                case "payment_method" -> {
                    if (engine != null) {
                        // a stored method shows itself (its metadata, billing details, customer)
                        java.util.Optional<io.paystate.model.PaymentMethod> stored = storedMethod(engine, id);
                        if (stored.isPresent()) {
                            return PaymentMethodJson.stored(stored.get());
                        }
                    }
                    Instant created = Instant.ofEpochSecond(owner.path("created").asLong(0));
                    JsonNode customer = owner.get("customer");
                    return PaymentMethodJson.paymentMethod(
                            PaymentMethodJson.details(PaymentMethodId.of(id), context.paymentMethods()), created,
                            customer == null || customer.isNull() ? null : customer.asText());
                }
                case "customer" -> {
                    if (engine == null) {
                        return null;
                    }
                    return CustomerJson.customer(engine.execute(
                            new io.paystate.engine.CustomerRequest.Retrieve(io.paystate.model.CustomerId.of(id)),
                            context.options()).body());
                }
                default -> {
                    return null;
                }
            }
        } catch (PaymentEngineException | IllegalArgumentException e) {
            // not readable as this account (or not an id PayState issues): Stripe would not show it either
            return null;
        }
    }

    private java.util.Optional<io.paystate.model.PaymentMethod> storedMethod(PaymentEngine engine, String id) {
        try {
            return java.util.Optional.of(engine.execute(new io.paystate.engine.PaymentMethodRequest.Retrieve(
                    PaymentMethodId.of(id)), context.options()).body());
        } catch (PaymentEngineException notStored) {
            // a fixed test id, or a method only the processor knows
            return java.util.Optional.empty();
        }
    }
}
