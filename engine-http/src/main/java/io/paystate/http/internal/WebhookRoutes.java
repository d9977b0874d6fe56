package io.paystate.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paystate.engine.ErrorDetails;
import io.paystate.model.ErrorCode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code /v1/webhook_endpoints}: create (the {@code whsec_} secret is shown then only), retrieve,
 * update ({@code disabled=true} pauses deliveries), delete and list, each account seeing only its own.
 */
final class WebhookRoutes {
    private static final Set<String> CREATE = Set.of("url", "enabled_events", "description", "metadata",
            "api_version", "expand");
    private static final Set<String> UPDATE = Set.of("url", "enabled_events", "description", "metadata", "disabled",
            "expand");
    private static final Set<String> LIST = Set.of("limit", "starting_after", "ending_before", "expand");

    private final DeliveryHub hub;

    WebhookRoutes(DeliveryHub hub) {
        this.hub = hub;
    }

    HttpReply handle(Route.Webhooks route, StripeApi.Call call) {
        ObjectNode p = call.params();
        return switch (route.action()) {
            case "create" -> create(p, call);
            case "list" -> list(p, call);
            default -> {
                String id = java.util.Objects.requireNonNull(route.id());
                Optional<WebhookEndpoint> endpoint = hub.find(call.account(), id);
                if (endpoint.isEmpty()) {
                    yield Replies.error(HttpErrors.noSuch("webhook endpoint", id, "id"), call.requestId());
                }
                yield switch (route.action()) {
                    case "retrieve" -> {
                        known(p, Set.of("expand"));
                        yield ok(endpoint.get(), call, false);
                    }
                    case "update" -> update(endpoint.get(), p, call);
                    default -> {
                        known(p, Set.of());
                        hub.remove(call.account(), id);
                        yield Replies.ok(WebhookJson.deleted(id), call.requestId(), false);
                    }
                };
            }
        };
    }

    private HttpReply create(ObjectNode p, StripeApi.Call call) {
        known(p, CREATE);
        String url = url(p, true);
        List<String> events = events(p, true);
        JsonNode version = p.get("api_version");
        if (version != null) {
            io.paystate.wire.ApiVersions.accept(version.asText());
        }
        WebhookEndpoint endpoint = hub.add(call.account(), java.util.Objects.requireNonNull(url),
                java.util.Objects.requireNonNull(events), text(p, "description", 5000), metadata(p));
        if (endpoint == null) {
            throw reject(HttpErrors.of(400, null, "You have reached the maximum of " + DeliveryHub.MAX_ENDPOINTS
                    + " test webhook endpoints.", null));
        }
        return ok(endpoint, call, true);
    }

    private HttpReply update(WebhookEndpoint endpoint, ObjectNode p, StripeApi.Call call) {
        known(p, UPDATE);
        String url = url(p, false);
        List<String> events = events(p, false);
        boolean clearDescription = p.path("description").isTextual() && p.get("description").asText().isEmpty();
        String description = clearDescription ? null : text(p, "description", 5000);
        boolean clearMetadata = p.path("metadata").isTextual() && p.get("metadata").asText().isEmpty();
        Map<String, String> metadata = clearMetadata ? null : p.has("metadata") ? metadata(p) : null;
        Boolean disabled = null;
        if (p.has("disabled")) {
            String d = p.get("disabled").asText();
            if (!d.equals("true") && !d.equals("false")) {
                throw reject(HttpErrors.invalid("disabled", "Invalid boolean: " + HttpErrors.brief(d)));
            }
            disabled = Boolean.valueOf(d);
        }
        endpoint.update(url, events, description, clearDescription, metadata, clearMetadata, disabled);
        if (Boolean.FALSE.equals(disabled)) {
            // re-enabled: what waited while it was paused goes out now
            hub.runDueLater();
        }
        return ok(endpoint, call, false);
    }

    private HttpReply list(ObjectNode p, StripeApi.Call call) {
        known(p, LIST);
        int limit = 10;
        if (p.has("limit")) {
            String l = p.get("limit").asText();
            if (!l.matches("\\d{1,3}") || Integer.parseInt(l) < 1 || Integer.parseInt(l) > 100) {
                throw reject(HttpErrors.invalid("limit", "Invalid limit: must be an integer from 1 to 100."));
            }
            limit = Integer.parseInt(l);
        }
        List<WebhookEndpoint> all = hub.list(call.account());
        int from = 0;
        int to = all.size();
        if (p.hasNonNull("starting_after")) {
            from = indexOf(all, p.get("starting_after").asText(), "starting_after") + 1;
        } else if (p.hasNonNull("ending_before")) {
            to = indexOf(all, p.get("ending_before").asText(), "ending_before");
            from = Math.max(0, to - limit);
        }
        List<ObjectNode> page = new ArrayList<>();
        for (int i = from; i < Math.min(to, from + limit); i++) {
            page.add(render(all.get(i), false));
        }
        boolean hasMore = p.hasNonNull("ending_before") ? from > 0 : from + limit < to;
        return Replies.ok(WebhookJson.list(page, hasMore), call.requestId(), false);
    }

    private static int indexOf(List<WebhookEndpoint> all, String id, String param) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id.equals(id)) {
                return i;
            }
        }
        throw reject(HttpErrors.noSuch("webhook endpoint", id, param));
    }

    private HttpReply ok(WebhookEndpoint endpoint, StripeApi.Call call, boolean withSecret) {
        return Replies.ok(render(endpoint, withSecret), call.requestId(), false);
    }

    private ObjectNode render(WebhookEndpoint endpoint, boolean withSecret) {
        ObjectNode o = WebhookJson.endpoint(endpoint.snapshot(), hub.pending(endpoint.id));
        if (withSecret) {
            o.put("secret", endpoint.secret);
        }
        return o;
    }

    private static void known(ObjectNode p, Set<String> allowed) {
        p.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                throw reject(HttpErrors.of(400, ErrorCode.PARAMETER_UNKNOWN, "Received unknown parameter: "
                        + HttpErrors.brief(name), name));
            }
        });
    }

    private static @Nullable String url(ObjectNode p, boolean required) {
        JsonNode v = p.get("url");
        if (v == null) {
            if (required) {
                throw reject(HttpErrors.missing("url"));
            }
            return null;
        }
        String url = v.asText();
        try {
            URI uri = new URI(url);
            if (!v.isTextual() || uri.getHost() == null
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || url.length() > 2048) {
                throw new java.net.URISyntaxException(url, "not an absolute http(s) URL");
            }
        } catch (java.net.URISyntaxException e) {
            throw reject(HttpErrors.of(400, ErrorCode.URL_INVALID, "Invalid URL: " + HttpErrors.brief(url)
                    + ". It must be an absolute http or https URL.", "url"));
        }
        return url;
    }

    /** {@code *}, or event types of Stripe's form; types PayState never emits are accepted and never sent. */
    private static @Nullable List<String> events(ObjectNode p, boolean required) {
        JsonNode v = p.get("enabled_events");
        if (v == null) {
            if (required) {
                throw reject(HttpErrors.missing("enabled_events"));
            }
            return null;
        }
        List<String> events = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(e -> events.add(e.asText()));
        } else if (v.isObject()) {
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(Integer.toString(i));
                if (e == null || !e.isTextual()) {
                    throw reject(HttpErrors.invalid("enabled_events", "Invalid array: enabled_events must be indexed "
                            + "0, 1, 2, ..."));
                }
                events.add(e.asText());
            }
        } else {
            throw reject(HttpErrors.invalid("enabled_events", "Invalid array: enabled_events must be an array."));
        }
        if (events.isEmpty()) {
            throw reject(HttpErrors.missing("enabled_events"));
        }
        for (int i = 0; i < events.size(); i++) {
            String e = events.get(i);
            if (!e.equals("*") && !e.matches("[a-z_]+(\\.[a-z_]+){1,3}")) {
                throw reject(HttpErrors.invalid("enabled_events[" + i + "]", "Invalid enabled_events[" + i + "]: "
                        + HttpErrors.brief(e) + " is not an event type."));
            }
        }
        return List.copyOf(new java.util.LinkedHashSet<>(events));
    }

    private static @Nullable String text(ObjectNode p, String name, int max) {
        JsonNode v = p.get(name);
        if (v == null) {
            return null;
        }
        if (!v.isTextual() || v.asText().length() > max) {
            throw reject(HttpErrors.invalid(name, "Invalid " + name + ": a string of at most " + max
                    + " characters."));
        }
        return v.asText().isEmpty() ? null : v.asText();
    }

    /** Stripe's metadata limits: 50 keys, keys up to 40 characters, values up to 500. */
    private static Map<String, String> metadata(ObjectNode p) {
        JsonNode v = p.get("metadata");
        Map<String, String> metadata = new LinkedHashMap<>();
        if (v == null || (v.isTextual() && v.asText().isEmpty())) {
            return metadata;
        }
        if (!v.isObject()) {
            throw reject(HttpErrors.invalid("metadata", "Invalid metadata: an object of strings (metadata[key]=value)."));
        }
        v.properties().forEach(e -> {
            if (!e.getValue().isTextual() || e.getKey().length() > 40 || e.getValue().asText().length() > 500) {
                throw reject(HttpErrors.invalid("metadata[" + HttpErrors.brief(e.getKey()) + "]", "Invalid metadata: "
                        + "keys up to 40 characters, values strings up to 500."));
            }
            metadata.put(e.getKey(), e.getValue().asText());
        });
        if (metadata.size() > 50) {
            throw reject(HttpErrors.invalid("metadata", "Invalid metadata: at most 50 keys."));
        }
        return metadata;
    }

    private static StripeApi.Rejected reject(ErrorDetails details) {
        return new StripeApi.Rejected(details);
    }
}
