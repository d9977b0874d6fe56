package io.paystate.http;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * When a failed webhook delivery is tried again: after the n-th failed attempt the next one is due
 * {@code waits.get(n - 1)} later by the engine clock; after the last wait's attempt fails, the
 * delivery is given up, reported on its endpoint and in the log, and counted in the event's
 * {@code pending_webhooks}, never silently dropped.
 *
 * <p>Thread safety: immutable.
 *
 * @param waits the wait before each retry, in order; at least one, each positive
 */
public record RetrySchedule(List<Duration> waits) {
    private static final RetrySchedule TEST = new RetrySchedule(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(4), Duration.ofSeconds(8)));
    private static final RetrySchedule LIVE = new RetrySchedule(List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(8),
            Duration.ofHours(12), Duration.ofHours(12), Duration.ofHours(12), Duration.ofHours(12),
            Duration.ofMinutes(8 * 60 + 24)));

    /**
     * Copies the waits.
     *
     * @param waits the wait before each retry, in order
     * @throws IllegalArgumentException for no waits or a wait that is not positive
     */
    public RetrySchedule {
        waits = List.copyOf(Objects.requireNonNull(waits, "waits"));
        if (waits.isEmpty()) {
            throw new IllegalArgumentException("a retry schedule needs at least one wait");
        }
        for (Duration wait : waits) {
            if (wait.isNegative() || wait.isZero()) {
                throw new IllegalArgumentException("waits must be positive: " + wait);
            }
        }
    }

    /**
     * Returns the schedule for tests: 4 retries after 1, 2, 4 and 8 seconds (5 attempts within 15 seconds).
     *
     * @return the test schedule
     */
    public static RetrySchedule test() {
        return TEST;
    }

    /**
     * Returns a schedule like Stripe's in live mode: 12 retries, backing off from 1 minute to 12 hours,
     * the last one 3 days after the first attempt.
     *
     * @return the live schedule
     */
    public static RetrySchedule live() {
        return LIVE;
    }

    /**
     * Returns how many attempts a delivery gets in all.
     *
     * @return the retries plus the first attempt
     */
    public int attempts() {
        return waits.size() + 1;
    }

    /**
     * Returns the time from the first attempt to the last.
     *
     * @return the sum of the waits
     */
    public Duration span() {
        return waits.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
