package io.paystate.wire.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The scenarios' subset matching: every field of the expected object must match the actual one;
 * an expected null accepts null or absent; arrays match element by element with the same length;
 * numbers compare by value.
 */
final class Matcher {
    private Matcher() {}

    /** Returns null when {@code expected} matches {@code actual}, else where and how they differ. */
    static @Nullable String subset(JsonNode expected, @Nullable JsonNode actual, String path) {
        boolean actualAbsent = actual == null || actual.isNull() || actual.isMissingNode();
        if (expected.isNull()) {
            return actualAbsent ? null : at(path) + "expected null, got " + actual;
        }
        if (actualAbsent) {
            return at(path) + "expected " + expected + ", got " + (actual == null || actual.isMissingNode() ? "nothing" : "null");
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                return at(path) + "expected an object, got " + actual;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = expected.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String diff = subset(field.getValue(), actual.get(field.getKey()), join(path, field.getKey()));
                if (diff != null) {
                    return diff;
                }
            }
            return null;
        }
        if (expected.isArray()) {
            if (!actual.isArray()) {
                return at(path) + "expected an array, got " + actual;
            }
            if (expected.size() != actual.size()) {
                return at(path) + "expected " + expected.size() + " elements, got " + actual.size() + ": " + actual;
            }
            for (int i = 0; i < expected.size(); i++) {
                String diff = subset(expected.get(i), actual.get(i), path + "[" + i + "]");
                if (diff != null) {
                    return diff;
                }
            }
            return null;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? null
                    : at(path) + "expected " + expected + ", got " + actual;
        }
        return expected.equals(actual) ? null : at(path) + "expected " + expected + ", got " + actual;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String at(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }
}
