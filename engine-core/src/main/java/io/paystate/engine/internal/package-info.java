/** The engine's implementation. Not API: may change without notice. */
@NullMarked
package io.paystate.engine.internal;

import org.jspecify.annotations.NullMarked;
