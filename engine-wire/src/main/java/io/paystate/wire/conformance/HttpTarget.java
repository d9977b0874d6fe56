package io.paystate.wire.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One scenario's connection to a running PayState server: requests with the scenario's own secret
 * key (the server accepts any test key, each with an account of its own, so scenarios never see
 * each other's intents), and the account's new events after each step.
 */
final class HttpTarget {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A response: status, the headers' first values by lower-case name, the JSON body.
     *
     * @param status the status
     * @param headers the headers
     * @param body the body
     */
    record Reply(int status, Map<String, String> headers, JsonNode body) {}

    private final HttpClient client;
    private final String baseUrl;
    final String key;
    private final Set<String> seenEvents = new HashSet<>();

    HttpTarget(HttpClient client, String baseUrl, String key) {
        this.client = client;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.key = key;
    }

    /** Sends one request; params go to the query for GET and DELETE, to a form body otherwise. */
    Reply send(String method, String path, JsonNode params, Map<String, String> headers) {
        String form = WireForm.encode(params);
        boolean query = method.equals("GET") || method.equals("DELETE");
        String uri = baseUrl + path + (query && !form.isEmpty() ? (path.contains("?") ? "&" : "?") + form : "");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30));
        boolean auth = false;
        for (Map.Entry<String, String> h : headers.entrySet()) {
            auth |= h.getKey().equalsIgnoreCase("Authorization");
            if (!h.getValue().isEmpty()) {
                b.header(h.getKey(), h.getValue());
            }
        }
        if (!auth) {
            b.header("Authorization", "Bearer " + key);
        }
        if (query) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            if (headers.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("Content-Type"))) {
                b.header("Content-Type", "application/x-www-form-urlencoded");
            }
            b.method(method, HttpRequest.BodyPublishers.ofString(form));
        }
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> h = new java.util.HashMap<>();
            r.headers().map().forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
            JsonNode body = r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
            return new Reply(r.statusCode(), h, body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + uri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The account's events not seen before, oldest first. */
    List<JsonNode> newEvents() {
        List<JsonNode> fresh = new ArrayList<>();
        String after = null;
        while (true) {
            JsonNode params = after == null ? JSON.createObjectNode().put("limit", 100)
                    : JSON.createObjectNode().put("limit", 100).put("starting_after", after);
            Reply r = send("GET", "/v1/events", params, Map.of());
            if (r.status() != 200) {
                throw new IllegalStateException("GET /v1/events answered " + r.status() + ": " + r.body());
            }
            boolean reachedSeen = false;
            for (JsonNode e : r.body().path("data")) {
                if (seenEvents.contains(e.path("id").asText())) {
                    reachedSeen = true;
                    break;
                }
                fresh.add(e);
            }
            JsonNode data = r.body().path("data");
            if (reachedSeen || !r.body().path("has_more").asBoolean() || data.isEmpty()) {
                break;
            }
            after = data.get(data.size() - 1).path("id").asText();
        }
        java.util.Collections.reverse(fresh);
        fresh.forEach(e -> seenEvents.add(e.path("id").asText()));
        return fresh;
    }

    /** The server's clock, in Unix seconds, or null when the server has no manual clock. */
    @Nullable Long clock() {
        Reply r = send("GET", "/v1/test_helpers/clock", JSON.createObjectNode(), Map.of());
        return r.status() == 200 ? r.body().path("now").asLong() : null;
    }
}
