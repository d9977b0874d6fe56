package io.paystate.engine.internal;

import io.paystate.engine.Request;
import io.paystate.model.WireEnum;
import io.paystate.spi.RequestFingerprint;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The idempotency fingerprint of a request: its operation, its intent and a SHA-256 digest of a
 * canonical encoding of the whole request record tree. Equal requests give equal fingerprints (map
 * order does not matter); the digest keeps client secrets and card numbers out of the idempotency
 * store.
 */
public final class Fingerprints {
    // an accessor takes no arguments: one empty array instead of a varargs array per component
    private static final Object[] NO_ARGUMENTS = new Object[0];

    // Class.getRecordComponents() copies every component and its accessor on each call (with the
    // accessor's generic signature and a fresh reflective accessor): read once per record type.
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            String[] names = new String[components.length];
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                accessors[i] = components[i].getAccessor();
            }
            return new Shape(type.getSimpleName(), names, accessors);
        }
    };

    /** A record type's simple name and its components' names and accessors, in declaration order. */
    private static final class Shape {
        final String name;
        final String[] componentNames;
        final Method[] accessors;

        Shape(String name, String[] componentNames, Method[] accessors) {
            this.name = name;
            this.componentNames = componentNames;
            this.accessors = accessors;
        }
    }

    private Fingerprints() {}

    /** Returns the fingerprint of a request. */
    public static RequestFingerprint of(Request<?> request) {
        StringBuilder canonical = new StringBuilder(256);
        encode(request, canonical);
        return new RequestFingerprint(request.operation().wireName(),
                request.intentId() == null ? null : request.intentId().value(), digest(canonical.toString()));
    }

    private static void encode(@Nullable Object value, StringBuilder out) {
        if (value == null) {
            out.append('~');
        } else if (value instanceof Record record) {
            Shape shape = SHAPES.get(record.getClass());
            out.append(shape.name).append('{');
            for (int i = 0; i < shape.accessors.length; i++) {
                out.append(shape.componentNames[i]).append('=');
                try {
                    encode(shape.accessors[i].invoke(record, NO_ARGUMENTS), out);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + shape.accessors[i], e);
                }
                out.append(';');
            }
            out.append('}');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            new TreeMap<>(map).forEach((k, v) -> {
                quote(String.valueOf(k), out);
                out.append(':');
                encode(v, out);
                out.append(',');
            });
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            list.forEach(v -> {
                encode(v, out);
                out.append(',');
            });
            out.append(']');
        } else if (value instanceof WireEnum e) {
            quote(e.wireName(), out);
        } else if (value instanceof Enum<?> e) {
            quote(e.name(), out);
        } else if (value instanceof String s) {
            quote(s, out);
        } else {
            quote(value.toString(), out);
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }

    private static String digest(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
