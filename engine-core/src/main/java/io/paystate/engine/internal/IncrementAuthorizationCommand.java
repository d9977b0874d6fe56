package io.paystate.engine.internal;

import io.paystate.engine.IncrementAuthorizationParams;
import io.paystate.model.Charge;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntent;
import io.paystate.spi.FundsMovement;
import io.paystate.spi.IncrementOutcome;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Raises a held authorization to a higher total, if its card allows it; a refusal changes nothing else. */
final class IncrementAuthorizationCommand extends IntentCommand {
    private static final int MAX_INCREMENT_ATTEMPTS = 10;

    private final IncrementAuthorizationParams p;

    IncrementAuthorizationCommand(EngineParts parts, PaymentIntentId id, IncrementAuthorizationParams params,
            Call call) {
        super(parts, id, call);
        this.p = params;
    }

    @Override
    public void validate() {
        RequestValidator.validateIncrement(p);
    }

    @Override
    @Nullable Decline apply(Work work) {
        parts.transitions().requireAllowed(work, Trigger.INCREMENT_AUTHORIZATION);
        IntentDraft d = work.draft;
        Charge held = Objects.requireNonNull(d.latestCharge());
        if (!held.incrementalAuthorizationAvailable()) {
            String why = d.cardOptions.incrementalAuthorizationRequested()
                    ? "its card does not support incremental authorization."
                    : "it was not confirmed with payment_method_options[card][request_incremental_authorization]"
                            + "=if_available.";
            throw Errors.invalid(ErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE, null,
                    "This PaymentIntent's authorization cannot be incremented: " + why, d.snapshot());
        }
        long amount = Objects.requireNonNull(p.amount());
        if (amount <= d.amount) {
            throw Errors.invalid(ErrorCode.AMOUNT_TOO_SMALL, "amount", "The amount of an incremental authorization "
                    + "must be greater than the current amount (" + d.amount + ").", d.snapshot());
        }
        if (d.incrementAttempts >= MAX_INCREMENT_ATTEMPTS) {
            throw Errors.invalid(null, "amount", "This PaymentIntent has reached the limit of "
                    + MAX_INCREMENT_ATTEMPTS + " incremental authorization attempts.", d.snapshot());
        }
        java.util.Map<String, String> metadata = RecordedFieldsMerge.metadata(d.metadata, p.metadata());
        RequestValidator.metadataCount(metadata);
        IncrementOutcome outcome = decide(work, held, amount);
        d.incrementAttempts++;
        work.changed = true;
        if (outcome instanceof IncrementOutcome.Declined declined) {
            parts.transitions().fire(work, Trigger.INCREMENT_AUTHORIZATION, Outcome.REFUSED, work.now, x -> { });
            return new Decline(declined.code(), declined.declineCode(), declined.message(), held.id());
        }
        java.util.List<io.paystate.model.LineItem> lineItems =
                p.lineItems() == null ? null : LineItems.from(p.lineItems(), parts.engine().ids);
        work.call.decisions().approved(new FundsMovement(d.account, d.id, held.id().value(), amount - d.amount,
                d.currency));
        parts.transitions().fire(work, Trigger.INCREMENT_AUTHORIZATION, Outcome.APPROVED, work.now, x -> {
            x.replaceLatestCharge(Charges.incremented(held, amount));
            x.amount = amount;
            x.amountCapturable = amount;
            if (p.description() != null) {
                x.description = Strings.emptyToNull(p.description());
            }
            x.metadata = metadata;
            if (p.statementDescriptor() != null) {
                x.statementDescriptor = Strings.emptyToNull(p.statementDescriptor());
            }
            x.recorded = RecordedFieldsMerge.fees(x.recorded, p.applicationFeeAmount(), p.transferAmount());
            if (p.recorded() != null) {
                x.recorded = RecordedFieldsMerge.merge(x.recorded, p.recorded());
            }
            if (lineItems != null) {
                x.lineItems = lineItems;
            }
        });
        return null;
    }

    /** Asks the processor once per request; the held charge's id names the authorization raised. */
    private IncrementOutcome decide(Work work, Charge held, long amount) {
        PaymentIntent snapshot = work.draft.snapshot();
        try {
            return work.call.decisions().<IncrementOutcome>decide("increment", held.id() + " " + amount,
                    () -> held.id().value(), attemptId -> parts.engine().gateway.call(
                            () -> parts.engine().processor.incrementAuthorization(snapshot, held, amount)))
                    .outcome();
        } catch (ProcessorGateway.NotReached e) {
            throw Errors.failure("The payment processor could not be reached; nothing changed.", e);
        } catch (RuntimeException e) {
            // the processor may have raised the hold before failing or timing out: release the raise
            IntentDraft d = work.draft;
            parts.orphans().release(List.of(new FundsMovement(d.account, d.id, held.id().value(), amount - d.amount,
                    d.currency)));
            if (e instanceof ProcessorGateway.TimeoutFailure) {
                throw Errors.failure("The payment processor did not answer in time; nothing changed.", e);
            }
            throw e;
        }
    }
}
