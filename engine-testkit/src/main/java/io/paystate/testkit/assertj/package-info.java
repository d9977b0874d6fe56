/** AssertJ assertions for intents, customers, payment methods, SetupIntents, events and engine errors: start from {@link io.paystate.testkit.assertj.PayStateAssertions}. */
@NullMarked
package io.paystate.testkit.assertj;

import org.jspecify.annotations.NullMarked;
