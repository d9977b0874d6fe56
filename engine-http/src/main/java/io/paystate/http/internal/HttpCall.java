package io.paystate.http.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as the API sees it, independent of the server underneath.
 *
 * @param method the method, upper case
 * @param path the decoded path, without the query
 * @param rawQuery the raw query string, or null
 * @param headers header names in lower case to their values
 * @param body the body bytes, empty when the body was too large
 * @param bodyTooLarge whether the body exceeded the server's limit (and was not read)
 */
@SuppressWarnings("ArrayRecordComponent") // the body is handed over once, never compared
public record HttpCall(String method, String path, @Nullable String rawQuery, Map<String, List<String>> headers,
        byte[] body, boolean bodyTooLarge) {
    /** Copies the headers. */
    public HttpCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    /** The first value of a header, by case-insensitive name, or null. */
    public @Nullable String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
