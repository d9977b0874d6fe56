/** The implementation of the PostgreSQL stores; not API. */
@NullMarked
package io.paystate.store.postgres.internal;

import org.jspecify.annotations.NullMarked;
