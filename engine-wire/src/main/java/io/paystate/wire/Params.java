package io.paystate.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paystate.engine.ErrorDetails;
import io.paystate.engine.PaymentEngineException;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.WireEnum;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Typed reads of one level of Stripe form parameters. Every key read is marked; {@link #finish()}
 * rejects the keys nobody read, with their full bracketed name.
 */
final class Params {
    private final ObjectNode node;
    private final String prefix;
    private final Set<String> read = new HashSet<>();
    /** Whether {@link ParameterCheck} held these parameters to their table: then unread keys are accepted ones. */
    private final boolean checked;

    Params(ObjectNode node, String prefix) {
        this(node, prefix, false);
    }

    Params(ObjectNode node, String prefix, boolean checked) {
        this.node = node;
        this.prefix = prefix;
        this.checked = checked;
    }

    String name(String key) {
        return prefix.isEmpty() ? key : prefix + "[" + key + "]";
    }

    static PaymentEngineException invalid(@Nullable ErrorCode code, String param, String message) {
        return PaymentEngineException.of(new ErrorDetails(400, ErrorType.INVALID_REQUEST_ERROR, code, message, param,
                null, null, null, null, false));
    }

    private @Nullable JsonNode get(String key) {
        read.add(key);
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value;
    }

    boolean isObject(String key) {
        return node.has(key) && node.get(key).isObject();
    }

    boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    /** Marks keys that are accepted and ignored (e.g. {@code expand}). */
    void ignore(String key) {
        read.add(key);
    }

    /** A string; numbers and booleans are taken as their text, as form encoding would. */
    @Nullable String string(String key) {
        JsonNode v = get(key);
        if (v == null) {
            return null;
        }
        if (v.isTextual() || v.isNumber() || v.isBoolean()) {
            return v.asText();
        }
        throw invalid(null, name(key), "Invalid string: " + name(key) + " must be a string.");
    }

    /** A string where {@code ""} means absent (create semantics). */
    @Nullable String optionalString(String key) {
        String s = string(key);
        return s == null || s.isEmpty() ? null : s;
    }

    @Nullable Long integer(String key) {
        JsonNode v = get(key);
        if (v == null) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.asLong();
        }
        if (v.isTextual()) {
            String text = v.asText();
            if (text.isEmpty()) {
                return null;
            }
            if (text.matches("-?\\d{1,18}")) {
                return Long.parseLong(text);
            }
        }
        throw invalid(ErrorCode.PARAMETER_INVALID_INTEGER, name(key), "Invalid integer: " + text(v));
    }

    @Nullable Integer smallInteger(String key) {
        Long value = integer(key);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw invalid(ErrorCode.PARAMETER_INVALID_INTEGER, name(key), "Invalid integer: " + value);
        }
        return value.intValue();
    }

    @Nullable Boolean bool(String key) {
        JsonNode v = get(key);
        if (v == null) {
            return null;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isTextual() && (v.asText().equals("true") || v.asText().equals("false"))) {
            return Boolean.parseBoolean(v.asText());
        }
        throw invalid(null, name(key), "Invalid boolean: " + text(v));
    }

    <E extends Enum<E> & WireEnum> @Nullable E enumeration(String key, Class<E> type) {
        String s = string(key);
        if (s == null || s.isEmpty()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.wireName().equals(s)) {
                return constant;
            }
        }
        String allowed = java.util.Arrays.stream(type.getEnumConstants()).map(WireEnum::wireName)
                .collect(Collectors.joining(", "));
        throw invalid(null, name(key), "Invalid " + name(key) + ": must be one of " + allowed);
    }

    /** A nested object, or null; {@code ""} counts as absent. */
    @Nullable Params object(String key) {
        JsonNode v = get(key);
        if (v == null || (v.isTextual() && v.asText().isEmpty())) {
            return null;
        }
        if (!v.isObject()) {
            throw invalid(null, name(key), "Invalid object: " + name(key) + " must be an object.");
        }
        return new Params((ObjectNode) v, name(key), checked);
    }

    /** Whether the key is given as {@code ""} (Stripe's way to clear a field). */
    boolean isEmptyString(String key) {
        JsonNode v = node.get(key);
        return v != null && v.isTextual() && v.asText().isEmpty();
    }

    /** A map of strings; {@code ""} values are kept (they remove keys on update). */
    Map<String, String> stringMap(String key) {
        Params inner = object(key);
        Map<String, String> map = new LinkedHashMap<>();
        if (inner == null) {
            return map;
        }
        Iterator<String> names = inner.node.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            String value = inner.string(k);
            map.put(k, value == null ? "" : value);
        }
        return map;
    }

    /** A list of strings, given as a JSON array or as an object indexed 0, 1, ... */
    @Nullable List<String> stringList(String key) {
        JsonNode v = get(key);
        if (v == null) {
            return null;
        }
        List<String> list = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode element : v) {
                if (!element.isValueNode()) {
                    throw invalid(null, name(key), "Invalid array: " + name(key) + " must hold strings.");
                }
                list.add(element.asText());
            }
            return list;
        }
        if (v.isTextual()) {
            list.add(v.asText());
            return list;
        }
        if (v.isObject()) {
            // the indexed-map form: {"0": "card", "1": "sepa_debit"}
            for (int i = 0; i < v.size(); i++) {
                JsonNode element = v.get(Integer.toString(i));
                if (element == null || !element.isValueNode()) {
                    throw invalid(null, name(key), "Invalid array: " + name(key) + " must be indexed 0, 1, 2, ...");
                }
                list.add(element.asText());
            }
            return list;
        }
        throw invalid(null, name(key), "Invalid array: " + name(key) + " must be an array.");
    }

    /** The keys given at this level. */
    java.util.List<String> keys() {
        java.util.List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** A list of objects, given as a JSON array or as an object indexed 0, 1, ...; null when absent. */
    @Nullable List<Params> objectList(String key) {
        JsonNode v = get(key);
        if (v == null) {
            return null;
        }
        List<Params> list = new ArrayList<>();
        if (v.isTextual() && v.asText().isEmpty()) {
            return list;
        }
        if (v.isArray()) {
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isObject()) {
                    throw invalid(null, name(key) + "[" + i + "]", "Invalid object: " + name(key) + "[" + i + "]");
                }
                list.add(new Params((ObjectNode) v.get(i), name(key) + "[" + i + "]", checked));
            }
            return list;
        }
        if (v.isObject()) {
            for (int i = 0; v.has(Integer.toString(i)); i++) {
                JsonNode element = v.get(Integer.toString(i));
                if (!element.isObject()) {
                    throw invalid(null, name(key) + "[" + i + "]", "Invalid object: " + name(key) + "[" + i + "]");
                }
                list.add(new Params((ObjectNode) element, name(key) + "[" + i + "]", checked));
            }
            if (list.size() != v.size()) {
                throw invalid(null, name(key), "Invalid array: " + name(key) + " must be indexed 0, 1, 2, ...");
            }
            return list;
        }
        throw invalid(null, name(key), "Invalid array: " + name(key) + " must be an array.");
    }

    /** Rejects every key that was not read, naming the first one. */
    void finish() {
        if (checked) {
            return;
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (!read.contains(key)) {
                throw invalid(ErrorCode.PARAMETER_UNKNOWN, name(key), "Received unknown parameter: " + name(key));
            }
        }
    }

    private static String text(JsonNode v) {
        return v.isTextual() ? v.asText() : v.toString();
    }
}
