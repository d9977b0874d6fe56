package io.paystate.engine.internal;

import io.paystate.engine.SetupIntentRequest;

/** Binds each {@link SetupIntentRequest} to the command that serves it: the one place that knows both. */
final class SetupIntentCommands {
    private SetupIntentCommands() {}

    static Command<?> bind(EngineParts parts, SetupIntentRequest<?> request, Call call) {
        if (request instanceof SetupIntentRequest.Create r) {
            return new CreateSetupIntentCommand(parts, r.params(), call);
        } else if (request instanceof SetupIntentRequest.Retrieve r) {
            return () -> parts.setupIntents().read(call.account, r.id(), call);
        } else if (request instanceof SetupIntentRequest.Update r) {
            return new UpdateSetupIntentCommand(parts, r.id(), r.params(), call);
        } else if (request instanceof SetupIntentRequest.Confirm r) {
            return new ConfirmSetupIntentCommand(parts, r.id(), r.params(), call);
        } else if (request instanceof SetupIntentRequest.ClientRetrieve r) {
            return new ClientSetupIntentCommand(parts, r.id(), r.clientSecret(), call,
                    () -> parts.setupIntents().read(call.account, r.id(), call));
        } else if (request instanceof SetupIntentRequest.ClientConfirm r) {
            return new ClientSetupIntentCommand(parts, r.id(), r.clientSecret(), call,
                    new ConfirmSetupIntentCommand(parts, r.id(), r.params(), call));
        } else if (request instanceof SetupIntentRequest.Cancel r) {
            return new CancelSetupIntentCommand(parts, r.id(), r.reason(), call);
        } else if (request instanceof SetupIntentRequest.List r) {
            return new ListSetupIntentsCommand(parts, r.params(), call);
        } else if (request instanceof SetupIntentRequest.VerifyMicrodeposits r) {
            return new VerifySetupMicrodepositsCommand(parts, r.id(), r.params(), call);
        } else if (request instanceof SetupIntentRequest.CompleteAction r) {
            return new CompleteSetupActionCommand(parts, r.id(), r.outcome(), call);
        }
        throw new IllegalArgumentException("unknown SetupIntent request " + request.getClass().getName());
    }
}
