package io.paystate.wire;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.annotations.SerializedName;
import com.stripe.model.ExpandableField;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares rendered JSON with stripe-java's typed model: every property must land in a field the
 * model declares (by {@code @SerializedName}), recursively through nested objects, lists,
 * collections and expandable fields. Gson silently drops what the model lacks, so a parse alone
 * would not notice.
 */
final class StripeFieldAudit {
    private final List<String> problems = new ArrayList<>();

    static List<String> audit(JsonObject json, Class<?> type) {
        StripeFieldAudit audit = new StripeFieldAudit();
        audit.object(json, type, null, type.getSimpleName());
        return audit.problems;
    }

    private void element(JsonElement json, Type type, Type elementOfCollection, String path) {
        if (json == null || json.isJsonNull() || json.isJsonPrimitive()) {
            return;
        }
        Class<?> raw = raw(type, elementOfCollection);
        if (json.isJsonArray()) {
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            JsonArray array = json.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                element(array.get(i), element, elementOfCollection, path + "[" + i + "]");
            }
            return;
        }
        if (Map.class.isAssignableFrom(raw) || raw == Object.class || raw == JsonObject.class) {
            return;
        }
        if (raw == ExpandableField.class && type instanceof ParameterizedType p) {
            element(json, p.getActualTypeArguments()[0], elementOfCollection, path);
            return;
        }
        object(json.getAsJsonObject(), raw, elementOfCollection, path);
    }

    private void object(JsonObject json, Class<?> type, Type elementOfCollection, String path) {
        Type element = collectionElement(type);
        for (Map.Entry<String, JsonElement> e : json.entrySet()) {
            Field field = field(type, e.getKey());
            if (field == null) {
                problems.add(path + "." + e.getKey() + " has no typed field in " + type.getSimpleName());
                continue;
            }
            element(e.getValue(), field.getGenericType(), element != null ? element : elementOfCollection,
                    path + "." + e.getKey());
        }
    }

    private static Class<?> raw(Type type, Type elementOfCollection) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof TypeVariable<?> && elementOfCollection != null) {
            return raw(elementOfCollection, null);
        }
        return Object.class;
    }

    /** The T of a {@code StripeCollection<T>} or {@code StripeSearchResult<T>} subclass. */
    private static Type collectionElement(Class<?> type) {
        Type superclass = type.getGenericSuperclass();
        if (superclass instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            return p.getActualTypeArguments()[0];
        }
        return null;
    }

    static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                SerializedName s = f.getAnnotation(SerializedName.class);
                int modifiers = f.getModifiers();
                boolean serialized = !java.lang.reflect.Modifier.isStatic(modifiers)
                        && !java.lang.reflect.Modifier.isTransient(modifiers);
                // without an annotation, the client's Gson names fields lower_case_with_underscores
                String wire = s != null ? s.value() : f.getName().replaceAll("([A-Z])", "_$1").toLowerCase(
                        java.util.Locale.ROOT);
                if (serialized && wire.equals(name)) {
                    return f;
                }
            }
        }
        return null;
    }
}
