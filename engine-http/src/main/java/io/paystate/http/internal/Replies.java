package io.paystate.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.paystate.engine.ErrorDetails;
import io.paystate.model.ErrorCode;
import io.paystate.wire.ApiVersions;
import io.paystate.wire.StripeJson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds replies with the headers Stripe sends on every response. */
final class Replies {
    private Replies() {}

    static HttpReply ok(JsonNode body, String requestId, boolean replayed) {
        Map<String, String> headers = common(requestId);
        if (replayed) {
            headers.put("Idempotent-Replayed", "true");
        }
        return HttpReply.json(200, headers, body.toString());
    }

    static HttpReply error(ErrorDetails details, String requestId) {
        return error(details, requestId, null);
    }

    static HttpReply error(ErrorDetails details, String requestId, @Nullable Map<String, String> extra) {
        ErrorDetails withId = details.requestId() == null ? details.withRequestId(requestId) : details;
        Map<String, String> headers = common(withId.requestId());
        if (details.replayed()) {
            headers.put("Idempotent-Replayed", "true");
        }
        headers.put("Stripe-Should-Retry", Boolean.toString(retryable(details)));
        if (extra != null) {
            headers.putAll(extra);
        }
        return HttpReply.json(details.httpStatus(), headers, StripeJson.errorResponse(withId).toString());
    }

    /**
     * Stripe's advice to clients: a lock timeout and a key still in flight clear up by themselves, so
     * a retry (with the same key) may succeed; so may a 5xx. Everything else would fail again.
     */
    static boolean retryable(ErrorDetails details) {
        ErrorCode code = details.code();
        return code == ErrorCode.LOCK_TIMEOUT || code == ErrorCode.IDEMPOTENCY_KEY_IN_USE
                || details.httpStatus() == 429 || details.httpStatus() >= 500;
    }

    private static Map<String, String> common(@Nullable String requestId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Request-Id", requestId == null ? Signatures.random("req_", 14) : requestId);
        headers.put("Stripe-Version", ApiVersions.RENDERED);
        headers.put("Cache-Control", "no-cache, no-store");
        return headers;
    }
}
