package io.paystate.http.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paystate.model.StripeEvent;
import io.paystate.wire.StripeJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** Posts one event to one endpoint, signed, and says whether it was accepted (any 2xx). */
public final class WebhookSender {
    private final HttpClient client;
    private final InstantSource wallClock;
    private final Duration timeout;

    public WebhookSender(HttpClient client, InstantSource wallClock, Duration timeout) {
        this.client = client;
        this.wallClock = wallClock;
        this.timeout = timeout;
    }

    /**
     * The outcome of one attempt.
     *
     * @param delivered whether the endpoint answered 2xx
     * @param at when, by the wall clock
     * @param error what went wrong, empty when delivered
     */
    record Result(boolean delivered, Instant at, String error) {}

    /** The event's JSON as a webhook carries it, with the endpoints still waiting for it. */
    static String payload(StripeEvent event, int pendingWebhooks) {
        ObjectNode body = StripeJson.event(event);
        body.put("pending_webhooks", pendingWebhooks);
        return body.toString();
    }

    Result send(WebhookEndpoint.Snapshot endpoint, String secret, StripeEvent event, int pendingWebhooks) {
        String payload = payload(event, pendingWebhooks);
        // the signature's time is the wall clock's: receivers check it against their own clock,
        // and the engine's virtual clock may stand days away from it
        Instant now = wallClock.instant();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url()))
                    .timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
                    .header("Stripe-Signature", Signatures.header(secret, now.getEpochSecond(), payload))
                    .POST(HttpRequest.BodyPublishers.ofString(payload))
                    .build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status / 100 == 2 ? new Result(true, now, "") : new Result(false, now, "HTTP " + status);
        } catch (IOException | IllegalArgumentException e) {
            return new Result(false, now, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, now, "interrupted");
        }
    }
}
