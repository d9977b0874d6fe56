/**
 * The only package that touches Caffeine: the default in-memory
 * {@link io.paystate.spi.IdempotencyStore}, its ticker bridged to the engine clock.
 */
@NullMarked
package io.paystate.engine.internal.idempotency;

import org.jspecify.annotations.NullMarked;
