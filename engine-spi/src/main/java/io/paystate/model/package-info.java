/**
 * The PaymentIntent model: immutable records and enums that mirror Stripe's PaymentIntent, Charge and
 * event objects. Every record validates its invariants in its constructor; collections are copied.
 *
 * <p>Thread safety: every type in this package is immutable and safe to share between threads.
 */
@NullMarked
package io.paystate.model;

import org.jspecify.annotations.NullMarked;
