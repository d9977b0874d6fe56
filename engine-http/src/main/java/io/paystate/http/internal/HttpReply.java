package io.paystate.http.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP response, independent of the server underneath.
 *
 * @param status the status code
 * @param headers header names to values, in the order to send them
 * @param body the body bytes
 */
@SuppressWarnings("ArrayRecordComponent") // the body is handed over once, never compared
public record HttpReply(int status, Map<String, String> headers, byte[] body) {
    /** Copies the headers, keeping their order. */
    public HttpReply {
        Objects.requireNonNull(body, "body");
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** A JSON reply. */
    public static HttpReply json(int status, Map<String, String> headers, String json) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Content-Type", "application/json");
        all.putAll(headers);
        return new HttpReply(status, all, json.getBytes(StandardCharsets.UTF_8));
    }
}
