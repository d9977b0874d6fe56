package io.paystate.engine.internal;

import io.paystate.engine.ErrorDetails;
import io.paystate.engine.PaymentEngineException;
import io.paystate.engine.VerifyMicrodepositsParams;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.LastSetupError;
import io.paystate.model.NextAction;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentId;
import io.paystate.spi.PaymentMethodDetails;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;

/**
 * Verifies the microdeposits of a SetupIntent's US bank account: a match sets the account up
 * ({@code succeeded}); a mismatch counts and is committed before its 400 is raised; too many
 * mismatches, or a verification after the window, fail the setup. The rules, limits and test values
 * are the PaymentIntent's ({@link VerifyMicrodepositsCommand}).
 */
final class VerifySetupMicrodepositsCommand implements Command<SetupIntent> {
    private final EngineParts parts;
    private final SetupIntentId id;
    private final VerifyMicrodepositsParams p;
    private final Call call;

    VerifySetupMicrodepositsCommand(EngineParts parts, SetupIntentId id, VerifyMicrodepositsParams params, Call call) {
        this.parts = parts;
        this.id = id;
        this.p = params;
        this.call = call;
    }

    @Override
    public void validate() {
        RequestValidator.validateMicrodeposits(p);
    }

    @Override
    public SetupIntent run() {
        SetupIntents intents = parts.setupIntents();
        return intents.change(call.account, id, call, d -> {
            intents.requireAllowed(d, SetupTrigger.VERIFY_MICRODEPOSITS);
            if (!(d.nextAction instanceof NextAction.VerifyWithMicrodeposits action)) {
                throw PaymentEngineException.of(new ErrorDetails(400, ErrorType.INVALID_REQUEST_ERROR,
                        ErrorCode.SETUP_INTENT_UNEXPECTED_STATE, "This SetupIntent is not waiting for microdeposits "
                                + "to be verified.", null, null, null, null, null, false, d.snapshot()));
            }
            PaymentMethodDetails pm = intents.attempts().details(Objects.requireNonNull(d.paymentMethod));
            Instant arrival = Instant.ofEpochSecond(action.arrivalDate());
            if (!parts.engine().now().isBefore(arrival.plus(VerifyMicrodepositsCommand.VERIFICATION_WINDOW))) {
                return fail(intents, d, pm, ErrorCode.PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_TIMEOUT,
                        "The microdeposits can no longer be verified: they arrived more than 10 days ago.");
            }
            boolean byAmounts = p.amounts() != null;
            boolean matches = byAmounts ? new HashSet<>(Objects.requireNonNull(p.amounts()))
                    .equals(VerifyMicrodepositsCommand.TEST_AMOUNTS)
                    : VerifyMicrodepositsCommand.TEST_DESCRIPTOR_CODE.equals(p.descriptorCode());
            if (matches) {
                intents.fire(d, SetupTrigger.VERIFY_MICRODEPOSITS, Outcome.SUCCEEDED, x -> {
                    x.nextAction = null;
                    x.verificationAttempts = 0;
                });
                return null;
            }
            d.verificationAttempts++;
            if (d.verificationAttempts >= VerifyMicrodepositsCommand.MAX_VERIFICATION_ATTEMPTS) {
                return fail(intents, d, pm, ErrorCode.PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_ATTEMPTS_EXCEEDED,
                        "You have exceeded the number of allowed verification attempts.");
            }
            intents.fire(d, SetupTrigger.VERIFY_MICRODEPOSITS, Outcome.REFUSED, x -> { });
            return new SetupIntents.SetupFailure(400, ErrorType.INVALID_REQUEST_ERROR, byAmounts
                    ? ErrorCode.PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_AMOUNTS_MISMATCH
                    : ErrorCode.PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_DESCRIPTOR_CODE_MISMATCH, null,
                    (byAmounts ? "The amounts provided do not match the amounts that were sent to the bank account."
                            : "The verification code provided does not match the code on the bank statement.")
                            + " You have " + (VerifyMicrodepositsCommand.MAX_VERIFICATION_ATTEMPTS
                            - d.verificationAttempts) + " verification attempts remaining.",
                    byAmounts ? "amounts" : "descriptor_code");
        });
    }

    private static SetupIntents.SetupFailure fail(SetupIntents intents, SetupDraft d, PaymentMethodDetails pm,
            ErrorCode code, String message) {
        intents.fire(d, SetupTrigger.VERIFY_MICRODEPOSITS, Outcome.DECLINED, x -> {
            x.nextAction = null;
            x.verificationAttempts = 0;
            x.lastSetupError = new LastSetupError(ErrorType.INVALID_REQUEST_ERROR, code, null, message, pm.id(),
                    pm.type(), null);
            x.paymentMethod = null;
        });
        return new SetupIntents.SetupFailure(400, ErrorType.INVALID_REQUEST_ERROR, code, null, message, null);
    }
}
