package io.paystate.engine.internal;

import io.paystate.model.PaymentIntentId;
import org.jspecify.annotations.Nullable;

/** Returns an intent as of the engine clock: what fell due is applied first. */
final class RetrieveCommand extends IntentCommand {
    RetrieveCommand(EngineParts parts, PaymentIntentId id, Call call) {
        super(parts, id, call);
    }

    @Override
    @Nullable Decline apply(Work work) {
        return null;
    }
}
