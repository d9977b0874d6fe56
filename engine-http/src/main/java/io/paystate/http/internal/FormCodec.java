package io.paystate.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decodes Stripe's form encoding ({@code application/x-www-form-urlencoded} bodies and query
 * strings) into the nested JSON the wire layer reads: {@code metadata[k]=v} becomes an object,
 * {@code expand[]=a} appends to an array, {@code payment_method_types[0]=card} becomes an object
 * keyed {@code "0"} (the wire layer reads indexed maps as arrays, and a metadata key may be a digit).
 * Everything stays a string, as on the wire; the wire layer converts and checks types.
 */
public final class FormCodec {
    /** Deeper nesting than Stripe's deepest parameter is refused rather than built. */
    static final int MAX_DEPTH = 8;
    static final int MAX_PAIRS = 10_000;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private FormCodec() {}

    /** The body or query string cannot be read: percent escapes, UTF-8, brackets or a clash of keys. */
    public static final class MalformedFormException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedFormException(String message) {
            super(message, null, false, false);
        }
    }

    /** Decodes one form; null or empty gives an empty object. */
    public static ObjectNode decode(@Nullable String form) {
        ObjectNode root = F.objectNode();
        if (form == null || form.isEmpty()) {
            return root;
        }
        int pairs = 0;
        for (String pair : form.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            if (++pairs > MAX_PAIRS) {
                throw new MalformedFormException("Too many parameters: at most " + MAX_PAIRS + ".");
            }
            int eq = pair.indexOf('=');
            String name = unescape(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : unescape(pair.substring(eq + 1));
            put(root, name, value);
        }
        return root;
    }

    private static void put(ObjectNode root, String name, String value) {
        List<String> path = path(name);
        ObjectNode object = root;
        int last = path.size() - 1;
        for (int i = 0; i < last; i++) {
            String segment = path.get(i);
            JsonNode existing = object.get(segment);
            if (i == last - 1 && path.get(last).isEmpty()) {
                // "a[]=x" (or "a[b][]=x") appends to an array
                if (existing == null) {
                    existing = object.putArray(segment);
                } else if (!existing.isArray()) {
                    throw clash(name);
                }
                ((ArrayNode) existing).add(value);
                return;
            }
            if (existing == null) {
                existing = object.putObject(segment);
            } else if (!existing.isObject()) {
                throw clash(name);
            }
            object = (ObjectNode) existing;
        }
        String key = path.get(last);
        if (object.has(key)) {
            throw object.get(key).isTextual()
                    ? new MalformedFormException("Invalid parameter " + brief(name) + ": given more than once.")
                    : clash(name);
        }
        object.set(key, TextNode.valueOf(value));
    }

    private static MalformedFormException clash(String name) {
        return new MalformedFormException("Invalid parameter " + brief(name)
                + ": it clashes with another parameter of the same name.");
    }

    /** Splits {@code a[b][]} into {@code a, b, ""}; refuses unbalanced or stray brackets. */
    static List<String> path(String name) {
        int open = name.indexOf('[');
        String head = open < 0 ? name : name.substring(0, open);
        if (head.isEmpty() || head.indexOf(']') >= 0) {
            throw new MalformedFormException("Invalid parameter name: '" + brief(name) + "'.");
        }
        List<String> path = new ArrayList<>();
        path.add(head);
        int i = open;
        while (i >= 0 && i < name.length()) {
            if (name.charAt(i) != '[') {
                throw new MalformedFormException("Invalid parameter name: '" + brief(name) + "'.");
            }
            int close = name.indexOf(']', i);
            if (close < 0 || name.substring(i + 1, close).indexOf('[') >= 0) {
                throw new MalformedFormException("Invalid parameter name: '" + brief(name) + "' (unbalanced brackets).");
            }
            path.add(name.substring(i + 1, close));
            i = close + 1;
        }
        for (int k = 1; k < path.size() - 1; k++) {
            if (path.get(k).isEmpty()) {
                throw new MalformedFormException("Invalid parameter name: '" + brief(name)
                        + "': use indexes (a[0][b]) for arrays of objects.");
            }
        }
        if (path.size() > MAX_DEPTH) {
            throw new MalformedFormException("Invalid parameter name: '" + brief(name) + "' is nested too deeply.");
        }
        return path;
    }

    /** Percent-decoding with '+' as a space; a broken escape or invalid UTF-8 is refused, never guessed. */
    static String unescape(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        // at most 4 UTF-8 bytes per code point, never more than 3 bytes per char
        byte[] out = new byte[s.length() * 3];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                out[n++] = ' ';
            } else if (c == '%') {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw new MalformedFormException("Invalid percent-encoding in '" + brief(s) + "'.");
                }
                out[n++] = (byte) (hi * 16 + lo);
                i += 2;
            } else if (c < 0x80) {
                out[n++] = (byte) c;
            } else {
                int cp = s.codePointAt(i);
                byte[] utf8 = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(utf8, 0, out, n, utf8.length);
                n += utf8.length;
                i += Character.charCount(cp) - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(out, 0, n)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedFormException("Invalid UTF-8 in '" + brief(s) + "'.");
        }
    }

    private static String brief(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    /** Encodes flat pairs as a form, for clients (the conformance runner, tests). */
    public static String encode(List<String[]> pairs) {
        StringBuilder sb = new StringBuilder();
        for (String[] pair : pairs) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(java.net.URLEncoder.encode(pair[0], StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(pair[1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }
}
