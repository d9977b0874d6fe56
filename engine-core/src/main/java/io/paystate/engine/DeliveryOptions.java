package io.paystate.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How the engine delivers events to its subscribers. A subscriber that throws is retried: after the
 * n-th consecutive failure the engine waits {@code initialBackoff * 2^(n-1)}, at most
 * {@code maxBackoff}, by the engine clock; after {@code maxAttempts} failures the subscriber is
 * parked.
 *
 * <p>When several engines share one store, each subscriber is delivered by one of them at a time:
 * the one holding the subscriber's lease, claimed in the store for {@code lease} of engine-clock
 * time and renewed as it delivers ({@link io.paystate.spi.PaymentIntentStore#claimDelivery}). If
 * that engine stops, another takes the subscriber over once the lease ran out. A store used by one
 * engine grants every claim, and the lease then changes nothing.
 *
 * @param maxAttempts attempts at one event before parking, at least 1
 * @param initialBackoff the wait after the first failure, positive
 * @param maxBackoff the longest wait, at least {@code initialBackoff}
 * @param lease how long a claim to deliver a subscriber lasts without renewal, positive
 */
public record DeliveryOptions(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration lease) {
    /** The lease of {@link #defaults()} and of the three-argument constructor. */
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);
    private static final DeliveryOptions DEFAULTS = new DeliveryOptions(10, Duration.ofSeconds(1), Duration.ofHours(1));

    /**
     * Throws {@link IllegalArgumentException} for values out of range.
     *
     * @param maxAttempts attempts at one event before parking, at least 1
     * @param initialBackoff the wait after the first failure, positive
     * @param maxBackoff the longest wait, at least {@code initialBackoff}
     * @param lease how long a claim to deliver a subscriber lasts without renewal, positive
     */
    public DeliveryOptions {
        Objects.requireNonNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive: " + lease);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must be positive and maxBackoff >= initialBackoff");
        }
    }

    /**
     * Options with the {@linkplain #DEFAULT_LEASE default lease} of 30 seconds.
     *
     * @param maxAttempts attempts at one event before parking, at least 1
     * @param initialBackoff the wait after the first failure, positive
     * @param maxBackoff the longest wait, at least {@code initialBackoff}
     */
    public DeliveryOptions(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        this(maxAttempts, initialBackoff, maxBackoff, DEFAULT_LEASE);
    }

    /**
     * Returns a copy with this lease.
     *
     * @param value how long a claim to deliver a subscriber lasts without renewal, positive
     * @return a copy with this lease
     */
    public DeliveryOptions withLease(Duration value) {
        return new DeliveryOptions(maxAttempts, initialBackoff, maxBackoff, value);
    }

    /**
     * Returns the defaults: 10 attempts, 1 second doubling up to 1 hour (about 4.5 hours in all), a
     * 30-second lease.
     *
     * @return the defaults
     */
    public static DeliveryOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the wait after the {@code failures}-th consecutive failure.
     *
     * @param failures how many consecutive failures
     * @return the wait after the {@code failures}-th consecutive failure
     */
    public Duration backoffAfter(int failures) {
        Duration wait = initialBackoff;
        for (int i = 1; i < failures && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
