/**
 * Contract tests for the SPIs: extend {@link io.paystate.testkit.tck.PaymentIntentStoreContract},
 * {@link io.paystate.testkit.tck.CustomerStoreContract},
 * {@link io.paystate.testkit.tck.PaymentMethodStoreContract},
 * {@link io.paystate.testkit.tck.SetupIntentStoreContract},
 * {@link io.paystate.testkit.tck.IdempotencyStoreContract} or
 * {@link io.paystate.testkit.tck.EventSinkContract} with one factory method to prove an
 * implementation honours its contract.
 */
@NullMarked
package io.paystate.testkit.tck;

import org.jspecify.annotations.NullMarked;
