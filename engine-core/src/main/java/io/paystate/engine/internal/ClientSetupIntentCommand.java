package io.paystate.engine.internal;

import io.paystate.engine.ErrorDetails;
import io.paystate.engine.PaymentEngineException;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentId;

/**
 * A SetupIntent command made with a publishable key, as {@link ClientSideCommand} is for intents:
 * the client secret must match, and the answer, success or error, shows only the publishable view
 * of the SetupIntent.
 */
final class ClientSetupIntentCommand implements Command<SetupIntent> {
    private final EngineParts parts;
    private final SetupIntentId id;
    private final String clientSecret;
    private final Call call;
    private final Command<SetupIntent> inner;

    ClientSetupIntentCommand(EngineParts parts, SetupIntentId id, String clientSecret, Call call,
            Command<SetupIntent> inner) {
        this.parts = parts;
        this.id = id;
        this.clientSecret = clientSecret;
        this.call = call;
        this.inner = inner;
    }

    @Override
    public void validate() {
        inner.validate();
    }

    @Override
    public SetupIntent run() {
        // the secret never changes, so checking it before the command runs is as good as inside it
        requireSecret(parts.setupIntents().require(call.account, id).setupIntent());
        try {
            return inner.run().publishableView();
        } catch (PaymentEngineException e) {
            ErrorDetails d = e.details();
            if (d.setupIntent() == null) {
                throw e;
            }
            throw PaymentEngineException.of(new ErrorDetails(d.httpStatus(), d.type(), d.code(), d.message(),
                    d.param(), d.declineCode(), d.paymentIntent(), d.charge(), d.requestId(), d.replayed(),
                    d.setupIntent().publishableView()));
        }
    }

    /**
     * Checks the client secret in constant time. A wrong secret gets the very answer an unknown
     * SetupIntent gets, so a caller cannot tell whether the id exists.
     */
    private void requireSecret(SetupIntent si) {
        if (!ClientSideCommand.sameSecret(si.clientSecret(), clientSecret)) {
            throw SetupIntents.noSuchSetupIntent(id.value());
        }
    }
}
