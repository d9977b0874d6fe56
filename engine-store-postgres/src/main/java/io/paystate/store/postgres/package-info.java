/**
 * The PayState stores on PostgreSQL: {@link io.paystate.store.postgres.PostgresStores} gives the
 * intent store and the idempotency store of one schema, and migrates the schema.
 */
@NullMarked
package io.paystate.store.postgres;

import org.jspecify.annotations.NullMarked;
