package io.paystate.http.internal;

import io.paystate.http.RetrySchedule;
import io.paystate.model.AccountId;
import io.paystate.model.EventId;
import io.paystate.model.StripeEvent;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The webhook endpoints of every account and the deliveries owed to them. {@link #record} takes an
 * event from the engine's log and queues one delivery per enabled endpoint that wants its type,
 * then starts the first attempts in the background; {@link #runDue} attempts every delivery whose
 * retry is due by the engine clock and waits for the answers.
 */
public final class DeliveryHub {
    private static final System.Logger LOG = System.getLogger("io.paystate.http.webhooks");
    /** Stripe's limit of endpoints per account in test mode. */
    static final int MAX_ENDPOINTS = 16;
    /** Event ids remembered to ignore redeliveries from the log; older ones cannot come back in practice. */
    private static final int REMEMBERED_EVENTS = 100_000;

    private final InstantSource engineClock;
    private final RetrySchedule schedule;
    private final ExecutorService executor;
    private final WebhookSender sender;
    private final Map<AccountId, LinkedHashMap<String, WebhookEndpoint>> endpoints = new LinkedHashMap<>();
    private final Map<Long, Delivery> undelivered = new ConcurrentHashMap<>();
    private final Map<EventId, Integer> pendingByEvent = new ConcurrentHashMap<>();
    private final LinkedHashMap<EventId, Boolean> seen = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<EventId, Boolean> eldest) {
            return size() > REMEMBERED_EVENTS;
        }
    };
    private final AtomicLong nextDelivery = new AtomicLong();
    private final java.util.Set<CompletableFuture<Void>> outstanding = ConcurrentHashMap.newKeySet();

    public DeliveryHub(InstantSource engineClock, RetrySchedule schedule, ExecutorService executor, WebhookSender sender) {
        this.engineClock = engineClock;
        this.schedule = schedule;
        this.executor = executor;
        this.sender = sender;
    }

    public InstantSource engineClock() {
        return engineClock;
    }

    // ---- endpoints

    /** Adds an endpoint; null when the account has its maximum already. */
    synchronized @Nullable WebhookEndpoint add(AccountId account, String url, List<String> events,
            @Nullable String description, Map<String, String> metadata) {
        LinkedHashMap<String, WebhookEndpoint> mine = endpoints.computeIfAbsent(account, a -> new LinkedHashMap<>());
        if (mine.size() >= MAX_ENDPOINTS) {
            return null;
        }
        WebhookEndpoint endpoint = new WebhookEndpoint(Signatures.random("we_", 24), account, engineClock.instant(),
                Signatures.random("whsec_", 32), url, events, description, metadata);
        mine.put(endpoint.id, endpoint);
        return endpoint;
    }

    synchronized Optional<WebhookEndpoint> find(AccountId account, String id) {
        LinkedHashMap<String, WebhookEndpoint> mine = endpoints.get(account);
        return Optional.ofNullable(mine == null ? null : mine.get(id));
    }

    /** The account's endpoints, newest first. */
    synchronized List<WebhookEndpoint> list(AccountId account) {
        List<WebhookEndpoint> all = new ArrayList<>(endpoints.getOrDefault(account, new LinkedHashMap<>()).values());
        java.util.Collections.reverse(all);
        return all;
    }

    /** Deletes an endpoint and the deliveries it was owed: the user asked for it, so nothing is lost unseen. */
    synchronized boolean remove(AccountId account, String id) {
        LinkedHashMap<String, WebhookEndpoint> mine = endpoints.get(account);
        if (mine == null || mine.remove(id) == null) {
            return false;
        }
        for (Iterator<Delivery> it = undelivered.values().iterator(); it.hasNext(); ) {
            Delivery d = it.next();
            if (d.endpoint.id.equals(id)) {
                it.remove();
                settle(d.event.id());
            }
        }
        return true;
    }

    /** Undelivered deliveries of one endpoint (given-up ones included). */
    long pending(String endpointId) {
        return undelivered.values().stream().filter(d -> d.endpoint.id.equals(endpointId)).count();
    }

    // ---- events

    /** How many endpoints still wait for this event: Stripe's {@code pending_webhooks}. */
    public int pendingWebhooks(EventId event) {
        return pendingByEvent.getOrDefault(event, 0);
    }

    /** Queues the event for every enabled endpoint of its account that wants it, and starts the first attempts. */
    public void record(StripeEvent event) {
        List<Delivery> queued = new ArrayList<>();
        synchronized (this) {
            if (seen.put(event.id(), Boolean.TRUE) != null) {
                return; // the log delivers at least once: this one is queued already
            }
            Instant now = engineClock.instant();
            for (WebhookEndpoint endpoint : endpoints.getOrDefault(event.account(), new LinkedHashMap<>()).values()) {
                WebhookEndpoint.Snapshot s = endpoint.snapshot();
                if (!s.disabled() && s.wants(event.type().wireName())) {
                    queued.add(new Delivery(nextDelivery.incrementAndGet(), event, endpoint, now));
                }
            }
            if (!queued.isEmpty()) {
                pendingByEvent.merge(event.id(), queued.size(), Integer::sum);
                queued.forEach(d -> undelivered.put(d.number, d));
            }
        }
        for (Delivery d : queued) {
            track(CompletableFuture.runAsync(() -> attemptIfDue(d), executor));
        }
    }

    /** Remembers an attempt under way, so that runDue can wait for first attempts started elsewhere. */
    // identity is what is wanted here: each attempt is tracked until it completes
    @SuppressWarnings({"FutureReturnValueIgnored", "CollectionUndefinedEquality"})
    private void track(CompletableFuture<Void> attempt) {
        outstanding.add(attempt);
        attempt.whenComplete((v, e) -> outstanding.remove(attempt));
    }

    /**
     * Attempts every delivery due by the engine clock, and returns once each has its answer. Attempts
     * already under way are waited for, and whatever they leave due is attempted too, so that a
     * caller who just moved the clock sees every delivery that time allows.
     */
    public int runDue() {
        Instant now = engineClock.instant();
        int attempted = 0;
        while (true) {
            List<CompletableFuture<Void>> running = new ArrayList<>();
            outstanding.stream().filter(f -> !f.isDone()).forEach(running::add);
            List<Delivery> due = new ArrayList<>(undelivered.values());
            due.sort(java.util.Comparator.comparingLong(d -> d.number));
            for (Delivery d : due) {
                // a paused endpoint's deliveries wait, and must not be picked again and again
                if (d.isDue(now) && !d.endpoint.snapshot().disabled()) {
                    attempted++;
                    running.add(CompletableFuture.runAsync(() -> attemptIfDue(d), executor));
                }
            }
            if (running.isEmpty()) {
                return attempted;
            }
            running.forEach(CompletableFuture::join);
        }
    }

    /** Starts the due attempts in the background without waiting (after an endpoint is enabled again). */
    void runDueLater() {
        Instant now = engineClock.instant();
        for (Delivery d : undelivered.values()) {
            if (d.isDue(now) && !d.endpoint.snapshot().disabled()) {
                track(CompletableFuture.runAsync(() -> attemptIfDue(d), executor));
            }
        }
    }

    private void attemptIfDue(Delivery d) {
        Instant started = engineClock.instant();
        if (!d.begin(started)) {
            return;
        }
        WebhookEndpoint.Snapshot endpoint = d.endpoint.snapshot();
        if (endpoint.disabled() || find(endpoint.account(), endpoint.id()).isEmpty()) {
            d.postpone();
            return;
        }
        WebhookSender.Result result = sender.send(endpoint, d.endpoint.secret, d.event, pendingWebhooks(d.event.id()));
        if (result.delivered()) {
            d.endpoint.succeeded(result.at());
            if (undelivered.remove(d.number) != null) {
                settle(d.event.id());
            }
            d.finish();
            return;
        }
        int failures = d.endpoint.failed(result.at(), result.error());
        int attempts = d.failed();
        if (attempts >= schedule.attempts()) {
            d.endpoint.gaveUp();
            d.giveUp();
            LOG.log(Level.ERROR, "webhook endpoint " + endpoint.id() + " (" + endpoint.url() + ") did not accept "
                    + d.event.type().wireName() + " " + d.event.id() + " after " + attempts + " attempts; giving up: "
                    + result.error() + ". The event stays counted in its pending_webhooks.");
        } else {
            // counted from the attempt's start, so a clock moved while it was in flight makes it due at once
            Instant next = started.plus(schedule.waits().get(attempts - 1));
            d.retryAt(next);
            LOG.log(Level.WARNING, "webhook endpoint " + endpoint.id() + " (" + endpoint.url() + ") failed on "
                    + d.event.type().wireName() + " " + d.event.id() + " (attempt " + attempts + ", " + failures
                    + " in a row): " + result.error() + "; retrying at " + next + " by the engine clock");
        }
    }

    private void settle(EventId event) {
        pendingByEvent.computeIfPresent(event, (k, n) -> n <= 1 ? null : n - 1);
    }

    /** One event owed to one endpoint. */
    private static final class Delivery {
        final long number;
        final StripeEvent event;
        final WebhookEndpoint endpoint;
        private Instant dueAt;
        private int attempts;
        private boolean inFlight;
        private boolean finished;

        Delivery(long number, StripeEvent event, WebhookEndpoint endpoint, Instant dueAt) {
            this.number = number;
            this.event = event;
            this.endpoint = endpoint;
            this.dueAt = dueAt;
        }

        synchronized boolean isDue(Instant now) {
            return !finished && !inFlight && !dueAt.isAfter(now);
        }

        /** Claims the attempt, so that the background start and a runDue never both send it. */
        synchronized boolean begin(Instant now) {
            if (!isDue(now)) {
                return false;
            }
            inFlight = true;
            return true;
        }

        synchronized void postpone() {
            inFlight = false;
        }

        /** Counts a failed attempt; the delivery stays claimed until retryAt or giveUp says what next. */
        synchronized int failed() {
            return ++attempts;
        }

        synchronized void retryAt(Instant at) {
            dueAt = at;
            inFlight = false;
        }

        synchronized void giveUp() {
            finished = true;
            inFlight = false;
        }

        synchronized void finish() {
            finished = true;
            inFlight = false;
        }
    }
}
