package io.paystate.engine.internal;

import io.paystate.engine.Request;
import io.paystate.model.WireEnum;
import io.paystate.spi.RequestFingerprint;
import java.lang.reflect.InvocationTargetException;
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
            out.append(record.getClass().getSimpleName()).append('{');
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                out.append(component.getName()).append('=');
                try {
                    encode(component.getAccessor().invoke(record), out);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + component, e);
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
