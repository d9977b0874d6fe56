package io.paystate.wire.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * Scenario parameters (nested JSON) as Stripe's form encoding: objects become bracketed keys
 * ({@code metadata[k]=v}), arrays indexed ones ({@code expand[0]=x}), numbers and booleans their
 * text, and {@code ""} stays empty, which clears a field as on the wire.
 */
final class WireForm {
    private WireForm() {}

    static String encode(JsonNode params) {
        StringBuilder out = new StringBuilder();
        Iterator<Map.Entry<String, JsonNode>> fields = params.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            append(out, f.getKey(), f.getValue());
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String name, JsonNode value) {
        if (value.isObject()) {
            if (value.isEmpty()) {
                pair(out, name, "");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = value.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                append(out, name + "[" + f.getKey() + "]", f.getValue());
            }
        } else if (value.isArray()) {
            if (value.isEmpty()) {
                pair(out, name, "");
            }
            for (int i = 0; i < value.size(); i++) {
                append(out, name + "[" + i + "]", value.get(i));
            }
        } else {
            pair(out, name, value.isNull() ? "" : value.asText());
        }
    }

    private static void pair(StringBuilder out, String name, String value) {
        if (out.length() > 0) {
            out.append('&');
        }
        out.append(URLEncoder.encode(name, StandardCharsets.UTF_8).replace("%5B", "[").replace("%5D", "]"))
                .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
