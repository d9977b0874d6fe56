package io.paystate.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.paystate.engine.PaymentEngineException;
import io.paystate.model.ErrorCode;
import io.paystate.wire.Shape.Field;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Holds a request's parameters to their {@link Shape}s before any of them is read: unknown keys,
 * wrong JSON types, values outside an enum, strings over their length, control characters, lists
 * over their count, overflowing integers, refused parameters and excessive nesting are rejected
 * here with a 400 naming the parameter. The check never recurses deeper than the table, and the
 * nesting depth is measured without recursion first, so no input can exhaust the stack.
 */
final class ParameterCheck {
    /** The deepest nesting any endpoint's parameters need, with room to spare. */
    static final int MAX_DEPTH = 12;
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,19}");

    private ParameterCheck() {}

    /** Checks the whole request against its operation's table. */
    static void check(JsonNode params, Shape.Obj shape) {
        depth(params);
        object(params, shape, "");
    }

    /** Rejects a tree nested deeper than {@link #MAX_DEPTH}, iteratively, naming the deepest key reached. */
    static void depth(JsonNode root) {
        record Item(JsonNode node, int depth, String path) {}
        Deque<Item> stack = new ArrayDeque<>();
        stack.push(new Item(root, 0, ""));
        while (!stack.isEmpty()) {
            Item item = stack.pop();
            if (item.depth() > MAX_DEPTH) {
                String param = item.path().length() > 200 ? item.path().substring(0, 200) + "..." : item.path();
                throw Params.invalid(null, param, "Invalid parameters: they are nested more than " + MAX_DEPTH
                        + " levels deep.");
            }
            if (item.node().isObject()) {
                Iterator<Map.Entry<String, JsonNode>> fields = item.node().properties().iterator();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> e = fields.next();
                    stack.push(new Item(e.getValue(), item.depth() + 1, name(item.path(), e.getKey())));
                }
            } else if (item.node().isArray()) {
                for (int i = 0; i < item.node().size(); i++) {
                    stack.push(new Item(item.node().get(i), item.depth() + 1, item.path() + "[" + i + "]"));
                }
            }
        }
    }

    private static String name(String prefix, String key) {
        String shown = key.length() > 100 ? key.substring(0, 100) + "..." : key;
        return prefix.isEmpty() ? shown : prefix + "[" + shown + "]";
    }

    private static void object(JsonNode node, Shape.Obj shape, String path) {
        if (!node.isObject()) {
            throw Params.invalid(null, path, "Invalid object: " + path + " must be an object.");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            String param = name(path, e.getKey());
            Field field = shape.field(e.getKey());
            if (field == null) {
                throw Params.invalid(ErrorCode.PARAMETER_UNKNOWN, param, "Received unknown parameter: " + param);
            }
            JsonNode value = e.getValue();
            if (value.isNull() || (value.isTextual() && value.asText().isEmpty())) {
                // "" unsets a parameter in Stripe's form encoding; a required one is then missing
                if (field.required()) {
                    throw missing(param);
                }
                continue;
            }
            if (field.effect() == Shape.Effect.REFUSED) {
                String shown = value.isValueNode() ? value.asText() : "...";
                throw Params.invalid(field.refusalCode(), param, field.note().replace("%s",
                        shown.length() > 100 ? shown.substring(0, 100) + "..." : shown));
            }
            value(value, field.shape(), param);
        }
        for (Field f : shape.fields()) {
            if (f.required() && (!node.has(f.name()) || node.get(f.name()).isNull())) {
                throw missing(name(path, f.name()));
            }
        }
    }

    private static PaymentEngineException missing(String param) {
        return Params.invalid(ErrorCode.PARAMETER_MISSING, param, "Missing required param: " + param + ".");
    }

    private static void value(JsonNode value, Shape shape, String param) {
        if (shape instanceof Shape.Text t) {
            text(value, t, param);
        } else if (shape instanceof Shape.Int i) {
            integer(value, i, param);
        } else if (shape instanceof Shape.Bool) {
            if (!value.isBoolean() && !(value.isTextual()
                    && (value.asText().equals("true") || value.asText().equals("false")))) {
                throw Params.invalid(null, param, "Invalid boolean: " + brief(value));
            }
        } else if (shape instanceof Shape.Either e) {
            boolean objectLike = value.isObject() || value.isArray();
            Shape first = e.first();
            boolean firstFits = (first instanceof Shape.Obj || first instanceof Shape.ListOf) == objectLike;
            if (firstFits && !(first instanceof Shape.Bool && !isBoolean(value))) {
                value(value, first, param);
            } else {
                value(value, e.second(), param);
            }
        } else if (shape instanceof Shape.Obj o) {
            object(value, o, param);
        } else if (shape instanceof Shape.ListOf l) {
            list(value, l, param);
        } else if (shape instanceof Shape.StringMap m) {
            stringMap(value, m, param);
        } else if (shape instanceof Shape.Opaque o) {
            opaque(value, o.maxDepth(), param);
        }
    }

    private static boolean isBoolean(JsonNode v) {
        return v.isBoolean() || (v.isTextual() && (v.asText().equals("true") || v.asText().equals("false")));
    }

    private static void text(JsonNode value, Shape.Text t, String param) {
        if (!value.isTextual() && !value.isNumber() && !value.isBoolean()) {
            throw Params.invalid(null, param, "Invalid string: " + param + " must be a string.");
        }
        String s = value.asText();
        if (s.length() > t.max()) {
            throw Params.invalid(null, param, "Invalid string: " + param + " must be at most " + t.max()
                    + " characters long; got " + s.length() + ".");
        }
        controlCharacters(s, t.kind() == Shape.TextKind.TEXT, param);
        if (t.values() != null && !t.values().contains(s)) {
            throw Params.invalid(null, param, "Invalid " + param + ": must be one of " + String.join(", ", t.values()));
        }
        if (t.kind() == Shape.TextKind.URL && !absoluteHttpUrl(s)) {
            throw Params.invalid(ErrorCode.URL_INVALID, param, "Not a valid URL: " + param
                    + " must be an absolute http or https URL.");
        }
    }

    /** Stripe refuses NUL and other control characters; free text keeps tabs and line breaks. */
    private static void controlCharacters(String s, boolean freeText, String param) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && !(freeText && (c == '\t' || c == '\n' || c == '\r'))) {
                throw Params.invalid(ErrorCode.INVALID_CHARACTERS, param, "Invalid string: " + param
                        + " must not contain control characters (found U+" + String.format("%04X", (int) c) + ").");
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1)))) {
                if (!(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                    throw Params.invalid(null, param, "Invalid string: " + param + " is not valid UTF-8 text.");
                }
            }
        }
    }

    static boolean absoluteHttpUrl(String s) {
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme();
            return uri.isAbsolute() && scheme != null && (scheme.equalsIgnoreCase("http")
                    || scheme.equalsIgnoreCase("https")) && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void integer(JsonNode value, Shape.Int i, String param) {
        long n;
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            n = value.asLong();
        } else if (value.isTextual() && INTEGER.matcher(value.asText()).matches()) {
            try {
                n = Long.parseLong(value.asText());
            } catch (NumberFormatException overflow) {
                throw Params.invalid(ErrorCode.PARAMETER_INVALID_INTEGER, param, "Invalid integer: " + brief(value));
            }
        } else {
            throw Params.invalid(ErrorCode.PARAMETER_INVALID_INTEGER, param, "Invalid integer: " + brief(value));
        }
        if (n < i.min() || n > i.max()) {
            throw Params.invalid(null, param, "Invalid " + param + ": must be between " + i.min() + " and "
                    + i.max() + ".");
        }
    }

    private static void list(JsonNode value, Shape.ListOf l, String param) {
        if (value.isArray()) {
            count(value.size(), l, param);
            for (int i = 0; i < value.size(); i++) {
                value(value.get(i), l.element(), param + "[" + i + "]");
            }
        } else if (value.isObject()) {
            // the indexed-map form of form encoding: {"0": ..., "1": ...}
            count(value.size(), l, param);
            for (int i = 0; i < value.size(); i++) {
                JsonNode element = value.get(Integer.toString(i));
                if (element == null) {
                    throw Params.invalid(null, param, "Invalid array: " + param + " must be indexed 0, 1, 2, ...");
                }
                value(element, l.element(), param + "[" + i + "]");
            }
        } else if (value.isValueNode() && !(l.element() instanceof Shape.Obj)) {
            // a lone value stands for a list of one, as form encoding sends expand=x
            value(value, l.element(), param + "[0]");
        } else {
            throw Params.invalid(null, param, "Invalid array: " + param + " must be an array.");
        }
    }

    private static void count(int size, Shape.ListOf l, String param) {
        if (size > l.maxItems()) {
            throw Params.invalid(null, param, "Invalid array: " + param + " can have at most " + l.maxItems()
                    + " items; got " + size + ".");
        }
    }

    private static void stringMap(JsonNode value, Shape.StringMap m, String param) {
        if (!value.isObject()) {
            throw Params.invalid(null, param, "Invalid object: " + param + " must be an object.");
        }
        if (value.size() > m.maxKeys() * 4) {
            // the exact count is the engine's, on the merged result; this only bounds the work
            throw Params.invalid(null, param, "Metadata can have up to " + m.maxKeys() + " keys.");
        }
        Iterator<Map.Entry<String, JsonNode>> entries = value.properties().iterator();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> e = entries.next();
            controlCharacters(e.getKey(), false, param);
            JsonNode v = e.getValue();
            if (v.isNull()) {
                continue;
            }
            if (!v.isTextual() && !v.isNumber() && !v.isBoolean()) {
                throw Params.invalid(null, name(param, e.getKey()), "Invalid string: " + name(param, e.getKey())
                        + " must be a string.");
            }
            controlCharacters(v.asText(), true, param);
        }
    }

    /** Accepted without effect: only the shape is held to bounds. */
    private static void opaque(JsonNode value, int maxDepth, String param) {
        if (value.isValueNode()) {
            text(value, Shape.text(5000), param);
            return;
        }
        if (maxDepth == 0) {
            throw Params.invalid(null, param, "Invalid parameters: " + param + " is nested too deeply.");
        }
        if (value.size() > ParameterTable.MAX_LIST) {
            throw Params.invalid(null, param, "Invalid object: " + param + " has too many entries.");
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                opaque(value.get(i), maxDepth - 1, param + "[" + i + "]");
            }
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> entries = value.properties().iterator();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> e = entries.next();
            controlCharacters(e.getKey(), false, param);
            opaque(e.getValue(), maxDepth - 1, name(param, e.getKey()));
        }
    }

    private static String brief(JsonNode v) {
        String s = v.isTextual() ? v.asText() : v.toString();
        return s.length() > 100 ? s.substring(0, 100) + "..." : s;
    }
}
