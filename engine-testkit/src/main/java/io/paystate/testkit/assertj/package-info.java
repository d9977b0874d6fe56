/** AssertJ assertions for intents, events and engine errors: start from {@link io.paystate.testkit.assertj.PayStateAssertions}. */
@NullMarked
package io.paystate.testkit.assertj;

import org.jspecify.annotations.NullMarked;
