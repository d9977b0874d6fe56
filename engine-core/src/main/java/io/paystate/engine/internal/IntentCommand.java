package io.paystate.engine.internal;

import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import org.jspecify.annotations.Nullable;

/** A command on one stored intent, run through the {@link UnitOfWork}: validate, then apply. */
abstract class IntentCommand implements Command<PaymentIntent> {
    final EngineParts parts;
    final PaymentIntentId id;
    final Call call;

    IntentCommand(EngineParts parts, PaymentIntentId id, Call call) {
        this.parts = parts;
        this.id = id;
        this.call = call;
    }

    /** Applies the command to the loaded draft; returns a decline to raise after the commit, or null. */
    abstract @Nullable Decline apply(Work work);

    /**
     * Runs once the command committed, with its answer, also when that answer is a decline raised
     * after the commit; nothing by default.
     */
    void afterCommit(PaymentIntent committed) {}

    @Override
    public PaymentIntent run() {
        PaymentIntent committed;
        try {
            committed = parts.unitOfWork().onIntent(id, call, this::apply);
        } catch (io.paystate.engine.CardException e) {
            e.paymentIntent().ifPresent(this::afterCommit);
            throw e;
        }
        afterCommit(committed);
        return committed;
    }
}
