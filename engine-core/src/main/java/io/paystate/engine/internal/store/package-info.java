/** The in-memory store's building blocks: the event log and its indexes. */
@NullMarked
package io.paystate.engine.internal.store;

import org.jspecify.annotations.NullMarked;
