package io.paystate.http.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Stripe's {@code webhook_endpoint} object, with PayState's delivery report beside it. */
final class WebhookJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private WebhookJson() {}

    static ObjectNode endpoint(WebhookEndpoint.Snapshot e, long pending) {
        ObjectNode o = F.objectNode();
        o.put("id", e.id());
        o.put("object", "webhook_endpoint");
        o.putNull("api_version");
        o.putNull("application");
        o.put("created", e.created().getEpochSecond());
        o.put("description", e.description());
        ArrayNode events = o.putArray("enabled_events");
        e.enabledEvents().forEach(events::add);
        o.put("livemode", false);
        ObjectNode metadata = o.putObject("metadata");
        e.metadata().forEach(metadata::put);
        o.put("status", e.disabled() ? "disabled" : "enabled");
        o.put("url", e.url());
        // not in Stripe's object (its dashboard shows this): how deliveries fare, so a failing endpoint is seen
        ObjectNode delivery = o.putObject("paystate_delivery");
        delivery.put("delivered", e.delivered());
        delivery.put("pending", pending);
        delivery.put("consecutive_failures", e.consecutiveFailures());
        delivery.put("given_up", e.givenUp());
        delivery.put("last_error", e.lastError());
        if (e.lastAttemptAt() == null) {
            delivery.putNull("last_attempt_at");
        } else {
            delivery.put("last_attempt_at", e.lastAttemptAt().getEpochSecond());
        }
        return o;
    }

    static ObjectNode deleted(String id) {
        ObjectNode o = F.objectNode();
        o.put("id", id);
        o.put("object", "webhook_endpoint");
        o.put("deleted", true);
        return o;
    }

    static ObjectNode list(List<ObjectNode> data, boolean hasMore) {
        ObjectNode o = F.objectNode();
        o.put("object", "list");
        o.put("url", "/v1/webhook_endpoints");
        o.put("has_more", hasMore);
        ArrayNode array = o.putArray("data");
        data.forEach(array::add);
        return o;
    }
}
