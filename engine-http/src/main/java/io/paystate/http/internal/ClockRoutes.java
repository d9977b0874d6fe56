package io.paystate.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paystate.engine.PaymentEngine;
import io.paystate.http.TimeTravel;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /v1/test_helpers/advance_clock} ({@code seconds=N} or {@code to=UNIX}) moves the
 * engine's manual clock, runs what fell due ({@code processDue()}: expiry, settlement, the event
 * log's retries) and the webhook deliveries due, and answers once all of it is done.
 * {@code GET /v1/test_helpers/clock} tells where the clock stands. The clock is the whole server's:
 * advancing it moves every account's time.
 */
final class ClockRoutes {
    private final PaymentEngine engine;
    private final @Nullable DeliveryHub hub;
    private final @Nullable TimeTravel timeTravel;

    ClockRoutes(PaymentEngine engine, @Nullable DeliveryHub hub, @Nullable TimeTravel timeTravel) {
        this.engine = engine;
        this.hub = hub;
        this.timeTravel = timeTravel;
    }

    HttpReply handle(boolean advance, StripeApi.Call call) {
        if (timeTravel == null) {
            return Replies.error(HttpErrors.of(400, null, "This server's clock is not manual, so it cannot travel in "
                    + "time: start it with a manual clock (bin/paystate serve --manual-clock).", null), call.requestId());
        }
        if (!advance) {
            return Replies.ok(clock(timeTravel.clock().instant(), 0, 0), call.requestId(), false);
        }
        ObjectNode params = call.params();
        JsonNode seconds = params.remove("seconds");
        JsonNode to = params.remove("to");
        if (params.size() > 0) {
            String name = params.fieldNames().next();
            return Replies.error(HttpErrors.of(400, io.paystate.model.ErrorCode.PARAMETER_UNKNOWN,
                    "Received unknown parameter: " + HttpErrors.brief(name), name), call.requestId());
        }
        if ((seconds == null) == (to == null)) {
            return Replies.error(HttpErrors.of(400, io.paystate.model.ErrorCode.PARAMETER_MISSING,
                    "Give exactly one of seconds (how far to advance) and to (the Unix time to advance to).",
                    seconds == null ? "seconds" : "to"), call.requestId());
        }
        String param = seconds != null ? "seconds" : "to";
        Long value = integer(seconds != null ? seconds : to);
        if (value == null || value < 0) {
            return Replies.error(HttpErrors.invalid(param, "Invalid " + param + ": a non-negative integer is needed."),
                    call.requestId());
        }
        // one advance at a time: each sees the clock the previous one left, and due work runs in order
        synchronized (this) {
            Instant now = timeTravel.clock().instant();
            Duration by = seconds != null ? Duration.ofSeconds(value) : Duration.ofSeconds(value - now.getEpochSecond());
            if (by.isNegative()) {
                return Replies.error(HttpErrors.invalid("to", "Invalid to: the clock stands at " + now.getEpochSecond()
                        + " and only moves forward."), call.requestId());
            }
            timeTravel.advance().accept(by);
            int processed = engine.processDue();
            int webhooks = hub == null ? 0 : hub.runDue();
            return Replies.ok(clock(timeTravel.clock().instant(), processed, webhooks), call.requestId(), false);
        }
    }

    private static ObjectNode clock(Instant now, int processed, int webhooks) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("object", "test_helpers.clock");
        o.put("now", now.getEpochSecond());
        o.put("processed", processed);
        o.put("webhooks_attempted", webhooks);
        return o;
    }

    private static @Nullable Long integer(JsonNode node) {
        String text = node.asText();
        return node.isTextual() && text.matches("\\d{1,15}") ? Long.valueOf(text) : null;
    }
}
