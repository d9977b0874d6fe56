package io.paystate.store.postgres.internal;

import io.paystate.model.Currency;
import io.paystate.model.WireEnum;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Maps the model's records to JSON trees and back, by their components: a record becomes an object
 * keyed by component name, a single-string record (an id) its string, an enum its wire name, an
 * {@link Instant} its ISO-8601 text (exact to the nanosecond), a {@link Currency} its code, and a
 * sealed interface an object with a {@code "@type"} naming the record. Absent keys decode to null,
 * zero, false or empty, so a component added to the model later reads old rows.
 *
 * <p>Decoding runs each record's canonical constructor, so a stored row passes the model's own
 * validation on the way back.
 */
final class RecordCodec {
    private static final String TYPE_KEY = "@type";
    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Map<String, Object>> ENUMS = new ConcurrentHashMap<>();

    private RecordCodec() {}

    /** A record class's components, accessors and canonical constructor, looked up once. */
    @SuppressWarnings("ArrayRecordComponent") // a lookup cache, never compared
    private record Shape(RecordComponent[] components, Method[] accessors, Constructor<?> constructor,
            boolean singleString, boolean sealedMember) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                boolean single = components.length == 1 && types[0] == String.class;
                trustAccess(accessors);
                trustAccess(new Constructor<?>[] {constructor});
                return new Shape(components, accessors, constructor, single, isSealedMember(type));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor on " + type.getName(), e);
            }
        }
    }

    /**
     * Skips the access check on every later call: the model's records are public, so the check
     * always passes, and done per call it was a noticeable part of a commit's CPU (its one-entry
     * cache misses as soon as two record classes alternate).
     */
    private static void trustAccess(java.lang.reflect.AccessibleObject[] members) {
        for (java.lang.reflect.AccessibleObject member : members) {
            member.trySetAccessible();
        }
    }

    private static Shape shape(Class<?> type) {
        return SHAPES.computeIfAbsent(type, Shape::of);
    }

    static @Nullable Object encode(@Nullable Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long) {
            return value;
        }
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof Currency currency) {
            return currency.code();
        }
        if (value instanceof Enum<?> e) {
            return e instanceof WireEnum wire ? wire.wireName() : e.name();
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object element : list) {
                out.add(encode(element));
            }
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            // sorted, so that equal maps encode to equal text whatever their iteration order
            Map<String, Object> out = new LinkedHashMap<>();
            map.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> ((String) a).compareTo((String) b)))
                    .forEach(e -> out.put((String) e.getKey(), encode(e.getValue())));
            return out;
        }
        if (value instanceof Record record) {
            return encodeRecord(record);
        }
        throw new IllegalArgumentException("cannot encode " + value.getClass().getName());
    }

    private static Object encodeRecord(Record record) {
        Class<?> type = record.getClass();
        Shape shape = shape(type);
        if (shape.singleString) {
            return java.util.Objects.requireNonNull(invoke(shape.accessors[0], record));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (shape.sealedMember) {
            out.put(TYPE_KEY, type.getSimpleName());
        }
        for (int i = 0; i < shape.components.length; i++) {
            Object component = invoke(shape.accessors[i], record);
            if (component != null) {
                out.put(shape.components[i].getName(), encode(component));
            }
        }
        return out;
    }

    private static boolean isSealedMember(Class<?> type) {
        for (Class<?> parent : type.getInterfaces()) {
            if (parent.isSealed()) {
                return true;
            }
        }
        return false;
    }

    // a null tree decodes to null: callers pass the trees of components the record declares required
    @SuppressWarnings({"unchecked", "NullAway"})
    static <T> T decode(@Nullable Object tree, Class<T> type) {
        return (T) decode(tree, (Type) type);
    }

    private static @Nullable Object decode(@Nullable Object tree, Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (tree == null) {
            return absent(raw);
        }
        if (raw == String.class) {
            return tree;
        }
        if (raw == long.class || raw == Long.class) {
            return tree;
        }
        if (raw == int.class || raw == Integer.class) {
            return Math.toIntExact((Long) tree);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return tree;
        }
        if (raw == Instant.class) {
            return Instant.parse((String) tree);
        }
        if (raw == Currency.class) {
            return Currency.of((String) tree);
        }
        if (raw.isEnum()) {
            return enumConstant(raw, (String) tree);
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>();
            for (Object item : (List<?>) tree) {
                out.add(decode(item, element));
            }
            return out;
        }
        if (raw == Map.class) {
            Type valueType = ((ParameterizedType) type).getActualTypeArguments()[1];
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<?, ?>) tree).forEach((k, v) -> out.put((String) k, decode(v, valueType)));
            return out;
        }
        if (raw.isSealed()) {
            String name = (String) ((Map<?, ?>) tree).get(TYPE_KEY);
            for (Class<?> member : raw.getPermittedSubclasses()) {
                if (member.getSimpleName().equals(name)) {
                    return decodeRecord(tree, member);
                }
            }
            throw new IllegalArgumentException("unknown " + raw.getSimpleName() + " type " + name);
        }
        if (raw.isRecord()) {
            return decodeRecord(tree, raw);
        }
        throw new IllegalArgumentException("cannot decode " + raw.getName());
    }

    private static Object decodeRecord(Object tree, Class<?> type) {
        Shape shape = shape(type);
        Object[] args = new Object[shape.components.length];
        if (shape.singleString) {
            args[0] = tree;
        } else {
            Map<?, ?> map = (Map<?, ?>) tree;
            for (int i = 0; i < args.length; i++) {
                RecordComponent c = shape.components[i];
                args[i] = decode(map.get(c.getName()), c.getGenericType());
            }
        }
        try {
            return shape.constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("stored " + type.getSimpleName() + " is invalid: "
                    + String.valueOf(e.getTargetException().getMessage()), e.getTargetException());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }

    private static @Nullable Object absent(Class<?> raw) {
        if (raw == long.class) {
            return 0L;
        }
        if (raw == int.class) {
            return 0;
        }
        if (raw == boolean.class) {
            return false;
        }
        if (raw == List.class) {
            return List.of();
        }
        if (raw == Map.class) {
            return Map.of();
        }
        return null;
    }

    private static Object enumConstant(Class<?> type, String name) {
        // getEnumConstants() copies its array on every call: look the names up once per enum
        Object constant = ENUMS.computeIfAbsent(type, RecordCodec::constantsByName).get(name);
        if (constant == null) {
            throw new IllegalArgumentException("unknown " + type.getSimpleName() + " " + name);
        }
        return constant;
    }

    private static Map<String, Object> constantsByName(Class<?> type) {
        Map<String, Object> byName = new java.util.HashMap<>();
        for (Object constant : type.getEnumConstants()) {
            byName.put(wireName((Enum<?>) constant), constant);
        }
        return byName;
    }

    private static String wireName(Enum<?> e) {
        return e instanceof WireEnum wire ? wire.wireName() : e.name();
    }

    /**
     * Writes the JSON text of {@code value} straight into {@code out}: exactly the text of
     * {@code Json.write(encode(value))}, without building the tree in between (a commit writes an
     * intent and its events, so this is on every command's path).
     *
     * @param skip names of the top-level record's components to leave out (its bookkeeping columns)
     */
    static String toJson(Object value, java.util.Set<String> skip) {
        StringBuilder out = new StringBuilder(Json.INITIAL_CAPACITY);
        if (value instanceof Record record && !shape(record.getClass()).singleString) {
            writeRecord(record, out, skip);
        } else {
            writeJson(value, out);
        }
        return out.toString();
    }

    private static void writeJson(@Nullable Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            Json.string(s, out);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Instant instant) {
            Json.string(instant.toString(), out);
        } else if (value instanceof Currency currency) {
            Json.string(currency.code(), out);
        } else if (value instanceof Enum<?> e) {
            Json.string(wireName(e), out);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                writeJson(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            writeMap(map, out);
        } else if (value instanceof Record record) {
            Shape shape = shape(record.getClass());
            if (shape.singleString) {
                Json.string((String) java.util.Objects.requireNonNull(invoke(shape.accessors[0], record)), out);
            } else {
                writeRecord(record, out, java.util.Set.of());
            }
        } else {
            throw new IllegalArgumentException("cannot encode " + value.getClass().getName());
        }
    }

    private static void writeMap(Map<?, ?> map, StringBuilder out) {
        out.append('{');
        if (!map.isEmpty()) {
            // sorted, as encode sorts them
            Object[] keys = map.keySet().toArray();
            java.util.Arrays.sort(keys);
            for (int i = 0; i < keys.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                Json.string((String) keys[i], out);
                out.append(':');
                writeJson(map.get(keys[i]), out);
            }
        }
        out.append('}');
    }

    private static void writeRecord(Record record, StringBuilder out, java.util.Set<String> skip) {
        Shape shape = shape(record.getClass());
        out.append('{');
        boolean first = true;
        if (shape.sealedMember) {
            Json.string(TYPE_KEY, out);
            out.append(':');
            Json.string(record.getClass().getSimpleName(), out);
            first = false;
        }
        for (int i = 0; i < shape.components.length; i++) {
            String name = shape.components[i].getName();
            Object component = invoke(shape.accessors[i], record);
            if (component == null || skip.contains(name)) {
                continue;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            Json.string(name, out);
            out.append(':');
            writeJson(component, out);
        }
        out.append('}');
    }

    private static @Nullable Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }
}
