/** The JUnit 5 extension: {@link io.paystate.testkit.junit.PayStateTest}. */
@NullMarked
package io.paystate.testkit.junit;

import org.jspecify.annotations.NullMarked;
