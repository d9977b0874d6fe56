/**
 * The interfaces a host implements and passes to the engine's builder: storage, events, the payment
 * processor, ids and idempotency keys. Time comes from {@link java.time.InstantSource}. Nothing here
 * is discovered through {@code ServiceLoader}.
 *
 * <p>Each interface states its thread-safety requirement and which exceptions it may throw.
 */
@NullMarked
package io.paystate.spi;

import org.jspecify.annotations.NullMarked;
