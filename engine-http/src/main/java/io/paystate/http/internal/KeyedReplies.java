package io.paystate.http.internal;

import io.paystate.engine.ErrorDetails;
import io.paystate.model.AccountId;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Stripe's idempotency rules for the POSTs the server answers itself (webhook endpoints): the first
 * request with a key runs and its reply is remembered for 24 hours; a retry with the same key and
 * the same request gets that reply again, flagged {@code Idempotent-Replayed: true}; the same key
 * with another request is an {@code idempotency_error}; a key whose first request still runs is a
 * 409. Engine requests keep their keys in the engine, which applies the same rules.
 *
 * <p>Thread safety: safe for concurrent use.
 */
final class KeyedReplies {
    private static final Duration RETENTION = Duration.ofHours(24);

    private record Key(AccountId account, String key) {}

    /** What a key remembers: its first request and, once answered, the reply. */
    private record Entry(String request, @Nullable HttpReply reply, Instant firstUsed) {}

    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
    private final InstantSource clock;

    KeyedReplies(InstantSource clock) {
        this.clock = clock;
    }

    /**
     * Runs {@code body} under the key, or answers from what the key remembers.
     *
     * @param request a canonical text of the request (method, path, parameters)
     */
    @SuppressWarnings("ReferenceEquality") // identity tells whether this call made the claim
    HttpReply run(AccountId account, @Nullable String key, String request, String requestId,
            Supplier<HttpReply> body) {
        if (key == null) {
            return body.get();
        }
        Instant now = clock.instant();
        Key k = new Key(account, key);
        Entry claimed = new Entry(request, null, now);
        Entry known = entries.compute(k, (x, e) -> e == null || !now.isBefore(e.firstUsed().plus(RETENTION)) ? claimed : e);
        if (known != claimed) {
            return answer(known, request, key, requestId);
        }
        HttpReply reply;
        try {
            reply = body.get();
        } catch (RuntimeException | Error e) {
            entries.remove(k, claimed);
            throw e;
        }
        if (reply.status() == 409 || reply.status() == 429 || reply.status() >= 500) {
            // not an answer to keep: Stripe lets the key be used again
            entries.remove(k, claimed);
        } else {
            entries.replace(k, claimed, new Entry(request, reply, now));
        }
        return reply;
    }

    /** A text of the parameters that does not depend on their order. */
    static String canonical(com.fasterxml.jackson.databind.JsonNode node) {
        if (node.isObject()) {
            java.util.TreeMap<String, String> sorted = new java.util.TreeMap<>();
            node.properties().forEach(e -> sorted.put(e.getKey(), canonical(e.getValue())));
            return sorted.toString();
        }
        if (node.isArray()) {
            java.util.List<String> items = new java.util.ArrayList<>();
            node.forEach(item -> items.add(canonical(item)));
            return items.toString();
        }
        return node.toString();
    }

    private static HttpReply answer(Entry known, String request, String key, String requestId) {
        if (!known.request().equals(request)) {
            return Replies.error(new ErrorDetails(400, ErrorType.IDEMPOTENCY_ERROR, null, "Keys for idempotent "
                    + "requests can only be used with the same parameters they were first used with. Try using a key "
                    + "other than '" + key + "' if you meant to execute a different request.", null, null, null,
                    null, null, false), requestId);
        }
        HttpReply reply = known.reply();
        if (reply == null) {
            return Replies.error(HttpErrors.of(409, ErrorCode.IDEMPOTENCY_KEY_IN_USE, "There is currently another "
                    + "in-progress request using this Idempotent Key (that probably means you submitted twice, and "
                    + "the other request is still going through): " + key + ". Please try again later.", null),
                    requestId);
        }
        Map<String, String> headers = new LinkedHashMap<>(reply.headers());
        headers.put("Idempotent-Replayed", "true");
        return new HttpReply(reply.status(), headers, reply.body());
    }
}
