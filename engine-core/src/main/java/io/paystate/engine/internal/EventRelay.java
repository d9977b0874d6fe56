package io.paystate.engine.internal;

import io.paystate.engine.DeliveryOptions;
import io.paystate.engine.SubscriberStatus;
import io.paystate.model.EventType;
import io.paystate.model.PaymentEvent;
import io.paystate.model.StripeEvent;
import io.paystate.spi.EventSink;
import io.paystate.spi.PaymentIntentStore;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Feeds each subscriber from the stores' event logs, in log order per log, at least once.
 *
 * <p>Each subscriber is drained by one thread at a time: whoever commits calls {@link #deliver()}
 * after releasing the object's lock; if another thread is already draining that subscriber (or this
 * very thread, when a sink calls the engine back), the call only signals it and returns, and the
 * drainer reads the logs again before it stops, so nothing committed is left behind and nothing is
 * reordered. The intents' log is read on every delivery; the other logs only once a commit marked
 * them in {@link PendingLogs}, and only for sinks that take their events at all. A sink that throws
 * stops its subscriber at that event until the backoff has passed by the engine clock;
 * {@link #retryDue()} (from {@code processDue()}) reads every log again; after the configured
 * attempts the subscriber is parked until resumed. Each position is saved in its store after each
 * delivered batch, so a restarted engine resumes where the last one stopped (at least once). Of
 * several engines on one store, only the one holding a subscriber's lease delivers it.
 *
 * <p>A {@link SelectiveSink} (the engine's own funds movements) is drained after a command only if a
 * commit since its last drain had an event it wakes for, or after {@link #MAX_SKIPS} commands
 * without one, so the events it ignores wait in the log a little (bounded) and cost one read among
 * many instead of a drain per command. Every other path (another engine's commits, retries, resume)
 * drains it as any subscriber. On a store that leases delivery (one shared by engines) it is drained
 * after every command: another engine's commits, which wake no mark here, are found only by reading.
 */
final class EventRelay {
    private static final Logger LOG = System.getLogger(EventRelay.class.getName());
    private static final int BATCH = 256;
    /** Commands after which a selective subscriber is drained even if none woke it: a bound on its lag. */
    static final int MAX_SKIPS = 64;

    private final List<EventFeed<?>> feeds;
    private final PaymentIntentStore leases;
    /** This engine's name in the subscribers' leases: random, so that no two engines share one. */
    private final String holder = "engine-" + java.util.UUID.randomUUID();
    private final PendingLogs pending;
    private final InstantSource clock;
    private final DeliveryOptions options;
    // a third of the lease, made once: Duration.dividedBy computes in BigDecimal on every call
    private final Duration claimEvery;
    private final Map<String, Subscriber> subscribers;
    // the same subscribers in the same order: every command delivers, and an array's loop makes no iterator
    private final Subscriber[] inOrder;
    /** The event types some selective subscriber wakes for; not changed after construction. */
    private final Set<EventType> waking = EnumSet.noneOf(EventType.class);
    /** Set after a commit with a waking event; taken by the next delivery, which drains the selective subscribers. */
    private final AtomicBoolean woken = new AtomicBoolean();

    EventRelay(List<EventFeed<?>> feeds, PaymentIntentStore leases, PendingLogs pending, InstantSource clock,
            DeliveryOptions options, Map<String, EventSink> sinks) {
        this.feeds = List.copyOf(feeds);
        this.leases = leases;
        this.pending = pending;
        this.clock = clock;
        this.options = options;
        this.claimEvery = options.lease().dividedBy(3);
        boolean shared = leasesDelivery(leases);
        Map<String, Subscriber> byName = new LinkedHashMap<>();
        sinks.forEach((name, sink) -> byName.put(name,
                new Subscriber(name, sink, SinkKinds.of(sink), !shared && sink instanceof SelectiveSink)));
        this.subscribers = java.util.Collections.unmodifiableMap(byName);
        this.inOrder = byName.values().toArray(new Subscriber[0]);
        for (Subscriber s : inOrder) {
            if (s.selective && s.sink instanceof SelectiveSink selective) {
                for (EventType type : EventType.values()) {
                    if (selective.wakesFor(type)) {
                        waking.add(type);
                    }
                }
            }
        }
        // learn every intent-log position before the first commit, so that a store which keeps events
        // only until all subscribers have them knows every subscriber from the start
        EventFeed<?> intents = this.feeds.get(EventFeed.INTENTS);
        for (Subscriber s : inOrder) {
            try {
                s.positions[EventFeed.INTENTS] = intents.delivered(s.name);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not read the delivery position of " + s.name + "; reading it later", e);
            }
        }
    }

    /**
     * Whether the store overrides {@link PaymentIntentStore#claimDelivery}: a store that other engines
     * may write. The default grants every claim, which only a store of one engine may do.
     */
    private static boolean leasesDelivery(PaymentIntentStore store) {
        // when it cannot tell, it treats the store as shared, which drains after every command as before
        return Overrides.method(store, PaymentIntentStore.class, "claimDelivery", String.class, String.class,
                Instant.class, Instant.class);
    }

    /**
     * Notes the events of an intent commit that landed (or may have): one that a selective subscriber
     * wakes for makes the next delivery drain it. Called after the store's commit returned, so that
     * the delivery which takes the mark reads a log that holds the events.
     */
    void committed(List<PaymentEvent> events) {
        // no selective subscriber (a store that leases delivery), or already marked: nothing to look for
        if (waking.isEmpty() || woken.get()) {
            return;
        }
        for (PaymentEvent event : events) {
            if (waking.contains(event.type())) {
                woken.set(true);
                return;
            }
        }
    }

    /**
     * Delivers what the logs hold to every subscriber that is not waiting out a failure; after a
     * command, so a selective subscriber only if woken or due.
     */
    void deliver() {
        int feedsToRead = (1 << EventFeed.INTENTS) | pending.take();
        boolean wake = woken.get() && woken.getAndSet(false);
        for (Subscriber s : inOrder) {
            if (s.selective && !wake) {
                // a plain counter, raced by committing threads: a lost increment only delays the
                // bounded drain by a command, and an atomic would be one more write both cores share
                if (++s.skipped < MAX_SKIPS) {
                    continue;
                }
                s.skipped = 0;
            }
            s.drain(feedsToRead, false);
        }
    }

    /** Delivers one log to every subscriber that is not waiting out a failure: another engine's commits. */
    void deliverFeed(int feed) {
        for (Subscriber s : inOrder) {
            s.drain(1 << feed, false);
        }
    }

    /** Delivers the object logs that commits marked, if any: the end of a customer, method or SetupIntent call. */
    void deliverMarked() {
        int marked = pending.take();
        if (marked != 0) {
            for (Subscriber s : inOrder) {
                s.drain(marked, false);
            }
        }
    }

    /** Retries the subscribers whose backoff has passed by the engine clock, then delivers every log. */
    void retryDue() {
        pending.take();
        for (Subscriber s : inOrder) {
            s.drain(EventFeed.all(), true);
        }
    }

    List<SubscriberStatus> statuses() {
        List<SubscriberStatus> result = new ArrayList<>();
        for (Subscriber s : inOrder) {
            result.add(s.status());
        }
        return result;
    }

    Optional<SubscriberStatus> status(String name) {
        Subscriber s = subscribers.get(name);
        return s == null ? Optional.empty() : Optional.of(s.status());
    }

    /** Un-parks a subscriber and delivers every log to it at once; returns false for an unknown name. */
    boolean resume(String name) {
        Subscriber s = subscribers.get(name);
        if (s == null) {
            return false;
        }
        synchronized (s) {
            s.parked = false;
            s.failures = 0;
            s.retryAt = null;
        }
        s.drain(EventFeed.all(), false);
        return true;
    }

    private final class Subscriber {
        final String name;
        final EventSink sink;
        /** The feeds whose events this sink takes: the intents' always, the others if it overrides them. */
        final int wanted;
        /** Whether the sink is a {@link SelectiveSink}: drained after a command only when woken. */
        final boolean selective;
        /** Commands since a selective subscriber's last drain after one; racy on purpose (see deliver). */
        int skipped;
        final AtomicInteger wip = new AtomicInteger();
        /** Feeds signalled but not drained yet, as bits; set before {@link #wip} is raised. */
        final AtomicInteger signalled = new AtomicInteger();
        // written only by the draining thread; read under the monitor for statuses; -1 = not read yet
        final long[] positions = new long[EventFeed.COUNT];
        int failures;
        @Nullable Instant retryAt;
        boolean parked;
        @Nullable String lastError;
        /** Whether this engine delivers the subscriber (its lease), and when to claim it again. */
        boolean held;
        @Nullable Instant claimAgainAt;

        Subscriber(String name, EventSink sink, int wanted, boolean selective) {
            this.name = name;
            this.sink = sink;
            this.wanted = wanted;
            this.selective = selective;
            java.util.Arrays.fill(positions, -1);
        }

        void drain(int feedBits, boolean retry) {
            int bits = feedBits & wanted;
            if (bits == 0) {
                return;
            }
            signalled.getAndUpdate(b -> b | bits);
            if (wip.getAndIncrement() != 0) {
                return;
            }
            int missed = 1;
            while (true) {
                int toRead = signalled.getAndSet(0);
                try {
                    drainOnce(toRead, retry);
                } catch (RuntimeException e) {
                    // the store failed to read a log or save a position: the events stay in the log,
                    // and processDue() reads every log again
                    LOG.log(Level.WARNING, "delivery to " + name + " could not read an event log", e);
                }
                missed = wip.addAndGet(-missed);
                if (missed == 0) {
                    return;
                }
            }
        }

        private void drainOnce(int toRead, boolean retry) {
            synchronized (this) {
                if (parked) {
                    return;
                }
                if (retryAt != null) {
                    if (!retry || clock.instant().isBefore(retryAt)) {
                        return;
                    }
                    retryAt = null;
                }
            }
            if (!holdsDelivery()) {
                return;
            }
            // by index: no iterator for every drain, and the relay drains after every command
            for (int f = 0; f < feeds.size(); f++) {
                EventFeed<?> feed = feeds.get(f);
                if ((toRead & feed.bit()) != 0 && !drainFeed(feed)) {
                    return;
                }
            }
        }

        /**
         * Whether this engine delivers the subscriber now: the store's lease, claimed again a third of
         * the lease after the last claim (by the engine clock), so that a holder renews in time and
         * another engine takes over within a lease and a third once the holder stopped.
         */
        private boolean holdsDelivery() {
            Instant now = clock.instant();
            synchronized (this) {
                if (claimAgainAt != null && now.isBefore(claimAgainAt)) {
                    return held;
                }
            }
            boolean granted = leases.claimDelivery(name, holder, now, now.plus(options.lease()));
            synchronized (this) {
                held = granted;
                claimAgainAt = now.plus(claimEvery);
            }
            return granted;
        }

        /** Delivers one log up to its end; false if the sink failed, which stops this subscriber. */
        private <L> boolean drainFeed(EventFeed<L> feed) {
            int i = feed.index;
            if (positions[i] < 0) {
                long stored = feed.delivered(name);
                synchronized (this) {
                    positions[i] = stored;
                }
            }
            while (true) {
                List<L> batch = feed.read(positions[i], BATCH);
                if (batch.isEmpty()) {
                    return true;
                }
                long reached = positions[i];
                for (L logged : batch) {
                    if (!offer(feed.event(logged))) {
                        advance(feed, reached);
                        return false;
                    }
                    reached = feed.position(logged);
                }
                advance(feed, reached);
                if (batch.size() < BATCH) {
                    return true;
                }
            }
        }

        /**
         * Records how far the sink got, once per batch (a status read during one sees the batch
         * before), and saves it.
         */
        private void advance(EventFeed<?> feed, long reached) {
            synchronized (this) {
                positions[feed.index] = reached;
            }
            if (reached > 0) {
                feed.save(name, reached);
            }
        }

        /** Hands one event to the sink; on failure records it and schedules the retry. */
        private boolean offer(StripeEvent event) {
            try {
                SinkKinds.dispatch(sink, event);
                // the monitor only after a failure: this thread wrote the fields last, or resume()
                // cleared them, and a stale read only clears them again
                if (failures != 0 || lastError != null) {
                    synchronized (this) {
                        failures = 0;
                        lastError = null;
                    }
                }
                return true;
            } catch (VirtualMachineError e) {
                throw e;
            } catch (RuntimeException | Error e) {
                synchronized (this) {
                    failures++;
                    lastError = e.getClass().getName() + ": " + e.getMessage();
                    if (failures >= options.maxAttempts()) {
                        parked = true;
                        retryAt = null;
                        LOG.log(Level.ERROR, "event subscriber " + name + " parked after " + failures
                                + " failed attempts at " + event.id() + "; resume it once it is fixed", e);
                    } else {
                        retryAt = clock.instant().plus(options.backoffAfter(failures));
                        LOG.log(Level.WARNING, "event subscriber " + name + " failed on " + event.type().wireName()
                                + " " + event.id() + "; retrying at " + retryAt, e);
                    }
                }
                return false;
            }
        }

        synchronized SubscriberStatus status() {
            long intents = positions[EventFeed.INTENTS];
            long delivered = intents >= 0 ? intents : feeds.get(EventFeed.INTENTS).delivered(name);
            return new SubscriberStatus(name, delivered, failures, retryAt, parked, lastError);
        }
    }
}
