package io.paystate.engine.internal;

import io.paystate.engine.DeliveryOptions;
import io.paystate.engine.SubscriberStatus;
import io.paystate.model.PaymentEvent;
import io.paystate.spi.EventSink;
import io.paystate.spi.LoggedEvent;
import io.paystate.spi.PaymentIntentStore;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Feeds each subscriber from the store's event log, in log order, at least once.
 *
 * <p>Each subscriber is drained by one thread at a time: whoever commits calls {@link #deliver()}
 * after releasing the intent's lock; if another thread is already draining that subscriber (or this
 * very thread, when a sink calls the engine back), the call only signals it and returns, and the
 * drainer reads the log again before it stops, so nothing committed is left behind and nothing is
 * reordered. A sink that throws stops its subscriber at that event until the backoff has passed by
 * the engine clock; {@link #retryDue()} (from {@code processDue()}) tries again; after the configured
 * attempts the subscriber is parked until resumed. The position is saved in the store after each
 * delivered batch, so a restarted engine resumes where the last one stopped (at least once).
 */
final class EventRelay {
    private static final Logger LOG = System.getLogger(EventRelay.class.getName());
    private static final int BATCH = 256;

    private final PaymentIntentStore store;
    private final InstantSource clock;
    private final DeliveryOptions options;
    private final Map<String, Subscriber> subscribers;

    EventRelay(PaymentIntentStore store, InstantSource clock, DeliveryOptions options, Map<String, EventSink> sinks) {
        this.store = store;
        this.clock = clock;
        this.options = options;
        Map<String, Subscriber> byName = new LinkedHashMap<>();
        sinks.forEach((name, sink) -> byName.put(name, new Subscriber(name, sink)));
        this.subscribers = java.util.Collections.unmodifiableMap(byName);
        // learn every position before the first commit, so that a store which keeps events only until
        // all subscribers have them knows every subscriber from the start
        for (Subscriber s : subscribers.values()) {
            try {
                s.position = store.deliveredPosition(s.name);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not read the delivery position of " + s.name + "; reading it later", e);
            }
        }
    }

    /** Delivers what the log holds to every subscriber that is not waiting out a failure. */
    void deliver() {
        for (Subscriber s : subscribers.values()) {
            s.drain(false);
        }
    }

    /** Retries the subscribers whose backoff has passed by the engine clock, then delivers. */
    void retryDue() {
        for (Subscriber s : subscribers.values()) {
            s.drain(true);
        }
    }

    List<SubscriberStatus> statuses() {
        List<SubscriberStatus> result = new ArrayList<>();
        for (Subscriber s : subscribers.values()) {
            result.add(s.status());
        }
        return result;
    }

    Optional<SubscriberStatus> status(String name) {
        Subscriber s = subscribers.get(name);
        return s == null ? Optional.empty() : Optional.of(s.status());
    }

    /** Un-parks a subscriber and delivers to it at once; returns false for an unknown name. */
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
        s.drain(false);
        return true;
    }

    private final class Subscriber {
        final String name;
        final EventSink sink;
        final AtomicInteger wip = new AtomicInteger();
        // written only by the draining thread; read under the monitor for statuses
        long position = -1;
        int failures;
        @Nullable Instant retryAt;
        boolean parked;
        @Nullable String lastError;

        Subscriber(String name, EventSink sink) {
            this.name = name;
            this.sink = sink;
        }

        void drain(boolean retry) {
            if (wip.getAndIncrement() != 0) {
                return;
            }
            int missed = 1;
            while (true) {
                try {
                    drainOnce(retry);
                } catch (RuntimeException e) {
                    // the store failed to read the log or save a position: the events stay in the log
                    LOG.log(Level.WARNING, "delivery to " + name + " could not read the event log", e);
                }
                missed = wip.addAndGet(-missed);
                if (missed == 0) {
                    return;
                }
            }
        }

        private void drainOnce(boolean retry) {
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
                if (position < 0) {
                    position = store.deliveredPosition(name);
                }
            }
            while (true) {
                List<LoggedEvent> batch = store.readLog(position, BATCH);
                if (batch.isEmpty()) {
                    return;
                }
                long reached = position;
                for (LoggedEvent logged : batch) {
                    if (!offer(logged.event())) {
                        save(reached);
                        return;
                    }
                    reached = logged.position();
                    synchronized (this) {
                        position = reached;
                    }
                }
                save(reached);
                if (batch.size() < BATCH) {
                    return;
                }
            }
        }

        private void save(long reached) {
            if (reached > 0) {
                store.saveDeliveredPosition(name, reached);
            }
        }

        /** Hands one event to the sink; on failure records it and schedules the retry. */
        private boolean offer(PaymentEvent event) {
            try {
                sink.accept(event);
                synchronized (this) {
                    failures = 0;
                    lastError = null;
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
            long delivered = position >= 0 ? position : store.deliveredPosition(name);
            return new SubscriberStatus(name, delivered, failures, retryAt, parked, lastError);
        }
    }
}
