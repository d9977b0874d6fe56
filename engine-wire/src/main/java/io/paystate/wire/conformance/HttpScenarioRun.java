package io.paystate.wire.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Runs one scenario against a running server: each {@code do} becomes the HTTP request Stripe's API
 * takes for it, and {@code request} steps are sent as written. Scenario times are relative to
 * {@code start_time}; the server's clock is shared and only moves forward, so every time in params
 * and expectations ({@code created}, {@code canceled_at}, and {@code created[gte]} and the like) is
 * shifted by where the server's clock stood when the scenario began.
 */
final class HttpScenarioRun {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TIME_FIELDS = Set.of("created", "canceled_at");
    private static final Set<String> RANGE_KEYS = Set.of("gt", "gte", "lt", "lte", "eq");
    private static final Map<String, String> VERB_PATHS = Map.of("confirm", "/confirm", "capture", "/capture",
            "cancel", "/cancel", "increment_authorization", "/increment_authorization");

    private final HttpTarget target;
    private final long offset;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private @Nullable String nextPage;

    HttpScenarioRun(HttpTarget target, long startTime) {
        this.target = target;
        Long now = target.clock();
        ConformanceRunner.check(now != null, "the server has no manual clock: start it with bin/paystate serve "
                + "--manual-clock --any-test-key");
        this.offset = now - startTime;
        target.newEvents();
    }

    void steps(ArrayNode steps) {
        for (int i = 0; i < steps.size(); i++) {
            try {
                step(steps.get(i));
            } catch (ConformanceRunner.Failure f) {
                throw new ConformanceRunner.Failure("step " + (i + 1) + ": " + f.getMessage());
            }
        }
    }

    private void step(JsonNode step) {
        String op = StepShape.check(step);
        JsonNode params = step.has("params") ? shift(substitute(step.get("params"), true), false)
                : JSON.createObjectNode();
        ConformanceRunner.check(params.isObject(), "params must be an object");
        if (op.equals("advance_clock")) {
            JsonNode seconds = params.get("seconds");
            ConformanceRunner.check(seconds != null && seconds.isIntegralNumber() && seconds.asLong() >= 0,
                    "advance_clock needs a non-negative integer seconds");
            HttpTarget.Reply r = target.send("POST", "/v1/test_helpers/advance_clock", params, Map.of());
            ConformanceRunner.check(r.status() == 200, "advance_clock answered " + r.status() + ": " + r.body());
            checkEvents(step);
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String method;
        String path;
        if (op.equals("request")) {
            method = step.path("method").asText("");
            path = substituteText(step.path("path").asText(""));
            ConformanceRunner.check(!method.isEmpty() && path.startsWith("/"), "a request step needs method and path");
            step.path("headers").properties().forEach(h -> headers.put(h.getKey(), substituteText(h.getValue()
                    .asText())));
        } else {
            String id = step.has("id") ? step.get("id").asText() : null;
            if (id == null && onIntent(op)) {
                String label = step.has("intent") ? step.get("intent").asText() : "a";
                id = labels.get(label);
                ConformanceRunner.check(id != null, "unbound label '" + label + "'");
            }
            method = op.equals("retrieve") || op.equals("list") || op.equals("search") ? "GET" : "POST";
            path = switch (op) {
                case "create", "list" -> "/v1/payment_intents";
                case "search" -> "/v1/payment_intents/search";
                case "retrieve", "update" -> "/v1/payment_intents/" + id;
                case "complete_action" -> "/v1/test_helpers/payment_intents/" + id + "/complete_action";
                default -> "/v1/payment_intents/" + id + VERB_PATHS.get(op);
            };
        }
        if (step.has("idempotency_key")) {
            headers.put("Idempotency-Key", step.get("idempotency_key").asText());
        }
        HttpTarget.Reply reply = target.send(method, path, params, headers);
        boolean ok = reply.status() / 100 == 2;
        JsonNode body = reply.body();
        if (op.equals("create")) {
            JsonNode created = ok ? body : body.path("error").path("payment_intent");
            if (created.hasNonNull("id")) {
                bind(step.has("intent") ? step.get("intent").asText() : "a", created.get("id").asText());
            }
        }
        if (op.equals("request") && step.has("bind") && ok) {
            bind(step.get("bind").asText(), body.path("id").asText());
        }
        if (ok && body.has("next_page")) {
            nextPage = body.get("next_page").isNull() ? null : body.get("next_page").asText();
        }
        if (op.equals("request")) {
            int expected = step.path("status").asInt(200);
            ConformanceRunner.check(reply.status() == expected, "status: expected " + expected + ", got "
                    + reply.status() + " " + brief(body));
            step.path("expect_headers").properties().forEach(h -> {
                String actual = reply.headers().get(h.getKey().toLowerCase(java.util.Locale.ROOT));
                boolean match = h.getValue().isNull() ? actual == null : h.getValue().asText().equals(actual);
                ConformanceRunner.check(match, "header " + h.getKey() + ": expected " + h.getValue() + ", got " + actual);
            });
            if (step.has("expect")) {
                expect(step.get("expect"), body);
            }
        } else if (step.has("error")) {
            ConformanceRunner.check(!ok, "expected an error, got success: " + brief(body));
            ObjectNode actual = body.path("error").isObject() ? ((ObjectNode) body.get("error")).deepCopy()
                    : JSON.createObjectNode();
            actual.put("http_status", reply.status());
            String diff = Matcher.subset(shift(substitute(step.get("error"), false), true), actual, "error");
            ConformanceRunner.check(diff == null, diff + " (error was " + brief(body) + ")");
        } else {
            ConformanceRunner.check(ok, "expected success, got " + reply.status() + " " + brief(body));
            if (step.has("expect")) {
                expect(step.get("expect"), body);
            }
        }
        if (step.has("replayed")) {
            boolean replayed = "true".equals(reply.headers().get("idempotent-replayed"));
            ConformanceRunner.check(step.get("replayed").asBoolean() == replayed,
                    "replayed: expected " + step.get("replayed").asBoolean() + ", got " + replayed);
        }
        checkEvents(step);
    }

    private void expect(JsonNode expectedRaw, JsonNode actual) {
        JsonNode expected = shift(substitute(expectedRaw, false), true);
        if (expected.has("data_labels")) {
            ObjectNode copy = ((ObjectNode) expected).deepCopy();
            JsonNode wanted = copy.remove("data_labels");
            ArrayNode got = JSON.createArrayNode();
            actual.path("data").forEach(d -> got.add(labelOf(d.path("id").asText())));
            ConformanceRunner.check(wanted.equals(got), "data_labels: expected " + wanted + ", got " + got);
            expected = copy;
        }
        String diff = Matcher.subset(expected, actual, "");
        ConformanceRunner.check(diff == null, diff);
    }

    private void checkEvents(JsonNode step) {
        List<JsonNode> fresh = target.newEvents();
        if (!step.has("events")) {
            return;
        }
        List<String> actual = new ArrayList<>();
        for (JsonNode e : fresh) {
            String type = e.path("type").asText();
            if (type.startsWith("payment_intent.")) {
                actual.add(type);
            }
        }
        List<String> expected = new ArrayList<>();
        step.get("events").forEach(e -> expected.add(e.asText()));
        ConformanceRunner.check(expected.equals(actual), "events: expected " + expected + ", got " + actual);
    }

    private static boolean onIntent(String op) {
        return !Set.of("create", "list", "search").contains(op);
    }

    private void bind(String label, String id) {
        String previous = labels.get(label);
        ConformanceRunner.check(previous == null || previous.equals(id),
                "label '" + label + "' rebound from " + previous + " to " + id);
        labels.put(label, id);
    }

    private String labelOf(String id) {
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (e.getValue().equals(id)) {
                return e.getKey();
            }
        }
        return id;
    }

    /** "@label" anywhere in a path or header: each segment starting with @ is an id. */
    private String substituteText(String text) {
        StringBuilder out = new StringBuilder();
        for (String part : text.split("(?=/)|(?<=/)", -1)) {
            out.append(part.startsWith("@") && part.length() > 1 ? substitute(TextNode.valueOf(part), true).asText()
                    : part);
        }
        return out.toString();
    }

    private JsonNode substitute(JsonNode node, boolean inParams) {
        if (node.isTextual()) {
            String text = node.asText();
            if (text.startsWith("@") && text.length() > 1) {
                String id = labels.get(text.substring(1));
                ConformanceRunner.check(id != null, "unbound label '" + text.substring(1) + "'");
                return TextNode.valueOf(id);
            }
            if (inParams && text.equals("$next_page")) {
                ConformanceRunner.check(nextPage != null, "$next_page used, but no search returned a next_page");
                return TextNode.valueOf(nextPage);
            }
            return node;
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.properties().forEach(e -> copy.set(e.getKey(), substitute(e.getValue(), inParams)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(e -> copy.add(substitute(e, inParams)));
            return copy;
        }
        return node;
    }

    /** Moves scenario times to the server's clock: time fields, and the bounds of a {@code created} range. */
    private JsonNode shift(JsonNode node, boolean expectation) {
        if (offset == 0 || !node.isContainerNode()) {
            return node;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(e -> copy.add(shift(e, expectation)));
            return copy;
        }
        ObjectNode copy = JSON.createObjectNode();
        node.properties().forEach(e -> {
            JsonNode v = e.getValue();
            if (TIME_FIELDS.contains(e.getKey()) && v.isIntegralNumber()) {
                copy.set(e.getKey(), LongNode.valueOf(v.asLong() + offset));
            } else if (e.getKey().equals("created") && v.isObject()) {
                ObjectNode range = JSON.createObjectNode();
                v.properties().forEach(r -> range.set(r.getKey(), RANGE_KEYS.contains(r.getKey())
                        && r.getValue().isIntegralNumber() ? LongNode.valueOf(r.getValue().asLong() + offset)
                        : r.getValue()));
                copy.set(e.getKey(), range);
            } else {
                copy.set(e.getKey(), shift(v, expectation));
            }
        });
        return copy;
    }

    private static String brief(JsonNode body) {
        String s = body.toString();
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
