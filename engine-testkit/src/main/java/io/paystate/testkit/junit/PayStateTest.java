package io.paystate.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test method a fresh test-mode engine: parameters of type
 * {@link io.paystate.engine.PaymentEngine}, {@link io.paystate.testkit.ManualClock},
 * {@link io.paystate.testkit.RecordingEventSink} and {@link io.paystate.testkit.TestEngine} are
 * injected (all of one test share one engine). When a test fails, the event history of every intent
 * it touched is printed to standard error.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(PayStateExtension.class)
public @interface PayStateTest {
    /** The seed of the engine's ids. */
    long seed() default 0L;
}
