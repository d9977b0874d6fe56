package io.paystate.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

/** A manual clock for engine-core's own tests; hosts use the testkit's ManualClock. */
public final class TestClock implements InstantSource {
    public static final Instant START = Instant.ofEpochSecond(1_767_225_600L);

    private final AtomicReference<Instant> now = new AtomicReference<>(START);

    @Override
    public Instant instant() {
        return now.get();
    }

    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        now.updateAndGet(t -> t.plus(by));
    }

    public void advanceSeconds(long seconds) {
        advance(Duration.ofSeconds(seconds));
    }
}
