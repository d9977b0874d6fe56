/**
 * Stripe's wire format for the engine: request parameters (snake_case, nested objects for bracketed
 * keys, {@code ""} to clear) to typed {@link io.paystate.engine.Request}s, and intents, lists,
 * search results, errors and events to Stripe's JSON.
 */
@NullMarked
package io.paystate.wire;

import org.jspecify.annotations.NullMarked;
