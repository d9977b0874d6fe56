package io.paystate.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a JSON tree as text without recursion, so that a tree of any depth (one the parameter
 * check refused) still gets a fingerprint for the idempotency check. Equal trees give equal text.
 */
final class CanonicalJson {
    private CanonicalJson() {}

    static String write(JsonNode root) {
        StringBuilder out = new StringBuilder();
        Deque<Object> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Object item = stack.pop();
            if (item instanceof String literal) {
                out.append(literal);
                continue;
            }
            JsonNode node = (JsonNode) item;
            if (node.isObject()) {
                // pushed in reverse, so that the fields come out in their order
                Deque<Object> parts = new ArrayDeque<>();
                parts.push("{");
                Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
                boolean first = true;
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> e = fields.next();
                    parts.push((first ? "" : ",") + quote(e.getKey()) + ":");
                    parts.push(e.getValue());
                    first = false;
                }
                parts.push("}");
                parts.forEach(stack::push);
            } else if (node.isArray()) {
                Deque<Object> parts = new ArrayDeque<>();
                parts.push("[");
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        parts.push(",");
                    }
                    parts.push(node.get(i));
                }
                parts.push("]");
                parts.forEach(stack::push);
            } else if (node.isTextual()) {
                out.append(quote(node.asText()));
            } else {
                out.append(node.asText());
            }
        }
        return out.toString();
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
