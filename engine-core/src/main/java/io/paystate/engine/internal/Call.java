package io.paystate.engine.internal;

import io.paystate.model.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * The request being served: who asks, and the ids its events carry. Clock-driven work runs as a call
 * without request id or key.
 */
record Call(AccountId account, @Nullable String requestId, @Nullable String idempotencyKey) {
    static Call clockDriven(AccountId account) {
        return new Call(account, null, null);
    }
}
