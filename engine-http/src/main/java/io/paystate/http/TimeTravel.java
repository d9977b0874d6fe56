package io.paystate.http;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a server moves the engine's manual clock: {@code POST /v1/test_helpers/advance_clock} calls
 * {@code advance}, then runs what fell due. Give the same clock the engine was built with, such as
 * the testkit's {@code ManualClock}: {@code TimeTravel.of(clock, clock::advance)}.
 *
 * <p>Thread safety: the server calls {@code advance} from one request at a time.
 *
 * @param clock the engine's clock, read to answer where it stands
 * @param advance moves that clock forward by a non-negative duration
 */
public record TimeTravel(InstantSource clock, Consumer<Duration> advance) {
    /**
     * Throws {@link NullPointerException} for a null component.
     *
     * @param clock the engine's clock
     * @param advance moves that clock forward
     */
    public TimeTravel {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(advance, "advance");
    }

    /**
     * Returns time travel over this clock.
     *
     * @param clock the engine's clock
     * @param advance moves that clock forward
     * @return the time travel
     */
    public static TimeTravel of(InstantSource clock, Consumer<Duration> advance) {
        return new TimeTravel(clock, advance);
    }
}
