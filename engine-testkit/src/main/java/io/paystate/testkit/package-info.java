/**
 * PayState as a test double for hosts: a {@link io.paystate.testkit.ManualClock}, a
 * {@link io.paystate.testkit.RecordingEventSink}, and {@link io.paystate.testkit.TestEngine}, which
 * wires them to a test-mode engine in one line. Assertions, the JUnit extension and the SPI
 * contract tests live in the sub-packages; jqwik arbitraries and the lifecycle model are in the
 * {@code engine-testkit-jqwik} artifact.
 */
@NullMarked
package io.paystate.testkit;

import org.jspecify.annotations.NullMarked;
