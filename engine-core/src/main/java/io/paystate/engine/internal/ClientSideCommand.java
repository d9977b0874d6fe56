package io.paystate.engine.internal;

import io.paystate.engine.ErrorDetails;
import io.paystate.engine.PaymentEngineException;
import io.paystate.model.PaymentIntent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;

/**
 * A command made with a publishable key: the client secret must match, and the answer, success or
 * error, shows only the publishable view of the intent.
 */
final class ClientSideCommand extends IntentCommand {
    private final IntentCommand inner;
    private final String clientSecret;

    ClientSideCommand(IntentCommand inner, String clientSecret) {
        super(inner.parts, inner.id, inner.call);
        this.inner = inner;
        this.clientSecret = clientSecret;
        inner.call.publishable = true;
    }

    @Override
    public void validate() {
        inner.validate();
    }

    @Override
    void afterCommit(PaymentIntent committed) {
        inner.afterCommit(committed);
    }

    @Override
    @Nullable Decline apply(Work work) {
        requireSecret(work.draft);
        return inner.apply(work);
    }

    @Override
    public PaymentIntent run() {
        try {
            return super.run().publishableView();
        } catch (PaymentEngineException e) {
            ErrorDetails d = e.details();
            if (d.paymentIntent() == null) {
                throw e;
            }
            throw PaymentEngineException.of(new ErrorDetails(d.httpStatus(), d.type(), d.code(), d.message(),
                    d.param(), d.declineCode(), d.paymentIntent().publishableView(), d.charge(), d.requestId(),
                    d.replayed()));
        }
    }

    /**
     * Checks the client secret in constant time. A wrong secret gets the very answer an unknown intent
     * gets, so a caller cannot tell whether the id exists.
     */
    private void requireSecret(IntentDraft draft) {
        if (!sameSecret(draft.clientSecret, clientSecret)) {
            throw Errors.noSuchIntent(draft.id);
        }
    }

    /** Compares client secrets in constant time, so that timing tells nothing of the right one. */
    static boolean sameSecret(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
