package io.paystate.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How the engine retries an event subscriber that throws: after the n-th consecutive failure it
 * waits {@code initialBackoff * 2^(n-1)}, at most {@code maxBackoff}, by the engine clock; after
 * {@code maxAttempts} failures the subscriber is parked.
 *
 * @param maxAttempts attempts at one event before parking, at least 1
 * @param initialBackoff the wait after the first failure, positive
 * @param maxBackoff the longest wait, at least {@code initialBackoff}
 */
public record DeliveryOptions(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    private static final DeliveryOptions DEFAULTS = new DeliveryOptions(10, Duration.ofSeconds(1), Duration.ofHours(1));

    /**
     * Throws {@link IllegalArgumentException} for values out of range.
     *
     * @param maxAttempts attempts at one event before parking, at least 1
     * @param initialBackoff the wait after the first failure, positive
     * @param maxBackoff the longest wait, at least {@code initialBackoff}
     */

    public DeliveryOptions {
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
     * Returns the defaults: 10 attempts, 1 second doubling up to 1 hour (about 4.5 hours in all).
     *
     * @return the defaults: 10 attempts, 1 second doubling up to 1 hour (about 4.5 hours in all)
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
