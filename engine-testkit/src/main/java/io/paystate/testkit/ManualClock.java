package io.paystate.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A clock that moves only when told to, and only forward; after every move it runs its listeners
 * with the new instant, which is how {@link TestEngine} applies what fell due (expiries,
 * settlements, idempotency keys).
 *
 * <p>Thread safety: safe for concurrent use; moves are serialized, listeners run on the moving thread.
 */
public final class ManualClock implements InstantSource {
    /** 2026-01-01T00:00:00Z, the conformance scenarios' default start. */
    public static final Instant DEFAULT_START = Instant.ofEpochSecond(1_767_225_600L);

    private volatile Instant now;
    private final List<Consumer<Instant>> listeners = new CopyOnWriteArrayList<>();

    /** Creates a clock at {@link #DEFAULT_START}. */
    public ManualClock() {
        this(DEFAULT_START);
    }

    /**
     * Creates a clock at {@code start}.
     *
     * @param start the start
     */
    public ManualClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    @Override
    public Instant instant() {
        return now;
    }

    /**
     * Moves the clock forward by {@code duration} and runs the listeners.
     *
     * @param duration how far, not negative
     * @return this clock
     * @throws IllegalArgumentException if the duration is negative
     */
    public ManualClock advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward: " + duration);
        }
        Instant target;
        synchronized (this) {
            target = now.plus(duration);
            now = target;
        }
        listeners.forEach(l -> l.accept(target));
        return this;
    }

    /**
     * Moves the clock forward by {@code seconds}.
     *
     * @param seconds the seconds
     * @return the manual clock
     */
    public ManualClock advanceSeconds(long seconds) {
        return advance(Duration.ofSeconds(seconds));
    }

    /**
     * Moves the clock to {@code target} and runs the listeners.
     *
     * @param target which intent
     * @return this clock
     * @throws IllegalArgumentException if {@code target} is before the current instant
     */
    public ManualClock advanceTo(Instant target) {
        Objects.requireNonNull(target, "target");
        synchronized (this) {
            if (target.isBefore(now)) {
                throw new IllegalArgumentException("the clock only moves forward: " + target + " < " + now);
            }
            now = target;
        }
        listeners.forEach(l -> l.accept(target));
        return this;
    }

    /**
     * Registers a listener run after every move, on the moving thread.
     *
     * @param listener the listener
     */
    public void onAdvance(Consumer<Instant> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public String toString() {
        return "ManualClock[" + now + "]";
    }
}
