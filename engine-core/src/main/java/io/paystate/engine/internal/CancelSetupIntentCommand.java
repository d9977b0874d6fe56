package io.paystate.engine.internal;

import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentCancellationReason;
import io.paystate.model.SetupIntentId;
import org.jspecify.annotations.Nullable;

/**
 * Cancels a SetupIntent ({@code setup_intent.canceled}): allowed in {@code requires_payment_method},
 * {@code requires_confirmation} and {@code requires_action}; anywhere else Stripe's
 * {@code setup_intent_unexpected_state}.
 */
final class CancelSetupIntentCommand implements Command<SetupIntent> {
    private final EngineParts parts;
    private final SetupIntentId id;
    private final @Nullable SetupIntentCancellationReason reason;
    private final Call call;

    CancelSetupIntentCommand(EngineParts parts, SetupIntentId id, @Nullable SetupIntentCancellationReason reason,
            Call call) {
        this.parts = parts;
        this.id = id;
        this.reason = reason;
        this.call = call;
    }

    @Override
    public SetupIntent run() {
        SetupIntents intents = parts.setupIntents();
        return intents.change(call.account, id, call, d -> {
            intents.requireAllowed(d, SetupTrigger.CANCEL);
            intents.fire(d, SetupTrigger.CANCEL, Outcome.DONE, x -> {
                x.cancellationReason = reason;
                x.nextAction = null;
            });
            return null;
        });
    }
}
