package io.paystate.engine.internal;

import io.paystate.engine.VerifyMicrodepositsParams;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.LastPaymentError;
import io.paystate.model.NextAction;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.PaymentMethodDetails;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Verifies the microdeposits of a US bank account; a match starts the debit. A mismatch counts as an
 * attempt and is committed before its error is raised.
 */
final class VerifyMicrodepositsCommand extends IntentCommand {
    /** Verification attempts per microdeposit challenge before it fails (a documented decision). */
    static final int MAX_VERIFICATION_ATTEMPTS = 10;
    /** How long after their arrival microdeposits can be verified. */
    static final Duration VERIFICATION_WINDOW = Duration.ofDays(10);
    /** The test amounts and descriptor code that match (Stripe's test values). */
    static final Set<Long> TEST_AMOUNTS = Set.of(32L, 45L);
    static final String TEST_DESCRIPTOR_CODE = "SM11AA";

    private final VerifyMicrodepositsParams p;

    VerifyMicrodepositsCommand(EngineParts parts, PaymentIntentId id, VerifyMicrodepositsParams params, Call call) {
        super(parts, id, call);
        this.p = params;
    }

    @Override
    public void validate() {
        RequestValidator.validateMicrodeposits(p);
    }

    @Override
    @Nullable Decline apply(Work work) {
        parts.transitions().requireAllowed(work, Trigger.VERIFY_MICRODEPOSITS);
        IntentDraft d = work.draft;
        if (!(d.nextAction instanceof NextAction.VerifyWithMicrodeposits action)) {
            throw Errors.invalid(ErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE, null, "This PaymentIntent is not waiting "
                    + "for microdeposits to be verified.", d.snapshot());
        }
        PaymentMethodDetails pm = parts.paymentMethods().details(d.paymentMethod);
        Instant arrival = Instant.ofEpochSecond(action.arrivalDate());
        if (!work.now.isBefore(arrival.plus(VERIFICATION_WINDOW))) {
            return fail(work, pm, ErrorCode.PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_TIMEOUT,
                    "The microdeposits can no longer be verified: they arrived more than 10 days ago.");
        }
        boolean matches = p.amounts() != null
                ? new HashSet<>(p.amounts()).equals(TEST_AMOUNTS)
                : TEST_DESCRIPTOR_CODE.equals(p.descriptorCode());
        if (matches) {
            d.authenticated = true;
            parts.attempt().run(work, Trigger.VERIFY_MICRODEPOSITS, pm, false, null, false);
            return null;
        }
        d.verificationAttempts++;
        work.changed = true;
        if (d.verificationAttempts >= MAX_VERIFICATION_ATTEMPTS) {
            return fail(work, pm, ErrorCode.PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_ATTEMPTS_EXCEEDED,
                    "You have exceeded the number of allowed verification attempts.");
        }
        parts.transitions().fire(work, Trigger.VERIFY_MICRODEPOSITS, Outcome.REFUSED, work.now, x -> { });
        boolean byAmounts = p.amounts() != null;
        return new Decline(400, ErrorType.INVALID_REQUEST_ERROR, byAmounts
                ? ErrorCode.PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_AMOUNTS_MISMATCH
                : ErrorCode.PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_DESCRIPTOR_CODE_MISMATCH, null,
                (byAmounts ? "The amounts provided do not match the amounts that were sent to the bank account."
                        : "The verification code provided does not match the code on the bank statement.")
                        + " You have " + (MAX_VERIFICATION_ATTEMPTS - d.verificationAttempts)
                        + " verification attempts remaining.",
                byAmounts ? "amounts" : "descriptor_code", null);
    }

    private Decline fail(Work work, PaymentMethodDetails pm, ErrorCode code, String message) {
        parts.transitions().fire(work, Trigger.VERIFY_MICRODEPOSITS, Outcome.DECLINED, work.now, x -> {
            x.nextAction = null;
            x.lastPaymentError = new LastPaymentError(ErrorType.INVALID_REQUEST_ERROR, code, null, message, null,
                    pm.id(), pm.type(), null);
            x.paymentMethod = null;
        });
        return new Decline(400, ErrorType.INVALID_REQUEST_ERROR, code, null, message, null, null);
    }
}
