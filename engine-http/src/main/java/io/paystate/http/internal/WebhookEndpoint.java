package io.paystate.http.internal;

import io.paystate.model.AccountId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One webhook endpoint: what the API shows and updates, and how its deliveries fare. Mutable; every
 * access holds its monitor, so the API and delivery threads see one consistent state.
 */
public final class WebhookEndpoint {
    final String id;
    final AccountId account;
    final Instant created;
    final String secret;
    private String url;
    private List<String> enabledEvents;
    private @Nullable String description;
    private Map<String, String> metadata;
    private boolean disabled;
    // delivery health, reported on the endpoint so a failing one is visible, never silent
    private long delivered;
    private int consecutiveFailures;
    private @Nullable String lastError;
    private @Nullable Instant lastAttemptAt;
    private long givenUp;

    WebhookEndpoint(String id, AccountId account, Instant created, String secret, String url, List<String> enabledEvents,
            @Nullable String description, Map<String, String> metadata) {
        this.id = Objects.requireNonNull(id);
        this.account = Objects.requireNonNull(account);
        this.created = Objects.requireNonNull(created);
        this.secret = Objects.requireNonNull(secret);
        this.url = Objects.requireNonNull(url);
        this.enabledEvents = List.copyOf(enabledEvents);
        this.description = description;
        this.metadata = new LinkedHashMap<>(metadata);
    }

    /** A consistent copy of the state, for rendering and for choosing deliveries. */
    public synchronized Snapshot snapshot() {
        return new Snapshot(id, account, created, url, enabledEvents, description, Map.copyOf(metadata), disabled,
                delivered, consecutiveFailures, lastError, lastAttemptAt, givenUp);
    }

    synchronized void update(@Nullable String newUrl, @Nullable List<String> events, @Nullable String newDescription,
            boolean clearDescription, @Nullable Map<String, String> metadataChanges, boolean clearMetadata,
            @Nullable Boolean newDisabled) {
        if (newUrl != null) {
            url = newUrl;
        }
        if (events != null) {
            enabledEvents = List.copyOf(events);
        }
        if (clearDescription) {
            description = null;
        } else if (newDescription != null) {
            description = newDescription;
        }
        if (clearMetadata) {
            metadata.clear();
        }
        if (metadataChanges != null) {
            metadataChanges.forEach((k, v) -> {
                if (v.isEmpty()) {
                    metadata.remove(k);
                } else {
                    metadata.put(k, v);
                }
            });
        }
        if (newDisabled != null) {
            disabled = newDisabled;
        }
    }

    synchronized void succeeded(Instant at) {
        delivered++;
        consecutiveFailures = 0;
        lastAttemptAt = at;
    }

    synchronized int failed(Instant at, String error) {
        consecutiveFailures++;
        lastError = error;
        lastAttemptAt = at;
        return consecutiveFailures;
    }

    synchronized void gaveUp() {
        givenUp++;
    }

    /**
     * The endpoint at one moment.
     *
     * @param id the id {@code we_...}
     * @param account the owning account
     * @param created when it was created, by the engine clock
     * @param url where events are posted
     * @param enabledEvents the event types it receives; {@code *} for all
     * @param description the description
     * @param metadata the metadata
     * @param disabled whether deliveries are paused
     * @param delivered deliveries acknowledged with a 2xx
     * @param consecutiveFailures failed attempts since the last success
     * @param lastError the last failure, or null
     * @param lastAttemptAt the last attempt, by the wall clock
     * @param givenUp deliveries that exhausted the retry schedule
     */
    public record Snapshot(String id, AccountId account, Instant created, String url, List<String> enabledEvents,
            @Nullable String description, Map<String, String> metadata, boolean disabled, long delivered,
            int consecutiveFailures, @Nullable String lastError, @Nullable Instant lastAttemptAt, long givenUp) {
        /** Whether this endpoint receives events of this type. */
        public boolean wants(String type) {
            return enabledEvents.contains("*") || enabledEvents.contains(type);
        }
    }
}
