package io.paystate.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test method a fresh test-mode engine ({@link io.paystate.testkit.TestEngine}):
 * parameters of type {@link io.paystate.engine.PaymentEngine}, {@link io.paystate.testkit.ManualClock},
 * {@link io.paystate.testkit.RecordingEventSink} and {@link io.paystate.testkit.TestEngine} are
 * injected, and so are fields of those types marked {@link Inject}; all of one test share one
 * engine, and no two tests share one. When a test fails, the event history of every intent it
 * touched is printed to standard error and published as a report entry.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(PayStateExtension.class)
public @interface PayStateTest {
    /**
     * Returns the seed of the engine's ids; the same seed gives the same ids.
     *
     * @return the seed of the engine's ids; the same seed gives the same ids
     */
    long seed() default 0L;

    /**
     * Marks a non-static, non-final field of type {@code PaymentEngine}, {@code ManualClock},
     * {@code RecordingEventSink} or {@code TestEngine} to receive the current test's instance before
     * each test.
     */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @interface Inject {}
}
