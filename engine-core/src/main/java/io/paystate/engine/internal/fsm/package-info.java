/**
 * The only package that touches squirrel-foundation: the state machine generated from
 * {@link io.paystate.engine.internal.TransitionTable}, and the boundary that translates squirrel's
 * silent declines and exceptions into the engine's own errors.
 */
@NullMarked
package io.paystate.engine.internal.fsm;

import org.jspecify.annotations.NullMarked;
