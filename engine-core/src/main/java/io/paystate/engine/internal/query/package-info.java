/** List and search: filters, the query parser, cursors. */
@NullMarked
package io.paystate.engine.internal.query;

import org.jspecify.annotations.NullMarked;
