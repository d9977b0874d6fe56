package io.paystate.engine.internal;

import io.paystate.engine.ApplyCustomerBalanceParams;
import io.paystate.model.Charge;
import io.paystate.model.ChargeId;
import io.paystate.model.ErrorCode;
import io.paystate.model.NextAction;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.IdKind;
import io.paystate.spi.PaymentMethodDetails;
import org.jspecify.annotations.Nullable;

/** Applies a customer's cash balance to an intent waiting for funds; it succeeds once fully funded. */
final class ApplyCustomerBalanceCommand extends IntentCommand {
    private final ApplyCustomerBalanceParams p;

    ApplyCustomerBalanceCommand(EngineParts parts, PaymentIntentId id, ApplyCustomerBalanceParams params, Call call) {
        super(parts, id, call);
        this.p = params;
    }

    @Override
    public void validate() {
        RequestValidator.validateCustomerBalance(p);
    }

    @Override
    @Nullable Decline apply(Work work) {
        parts.transitions().requireAllowed(work, Trigger.APPLY_CUSTOMER_BALANCE);
        IntentDraft d = work.draft;
        if (!(d.nextAction instanceof NextAction.DisplayBankTransferInstructions instructions)) {
            throw Errors.invalid(ErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE, null, "This PaymentIntent is not waiting "
                    + "for funds from a customer balance.", d.snapshot());
        }
        if (p.currency() != null && !p.currency().equals(d.currency.code())) {
            throw Errors.invalid(null, "currency", "The currency must be the PaymentIntent's currency ("
                    + d.currency.code() + ").", d.snapshot());
        }
        long remaining = d.amount - d.amountFunded;
        long amount = p.amount() != null ? p.amount() : remaining;
        if (amount > remaining) {
            throw Errors.invalid(ErrorCode.AMOUNT_TOO_LARGE, "amount", "The amount to apply (" + amount
                    + ") is greater than the amount remaining to be funded (" + remaining + ").", d.snapshot());
        }
        long funded = d.amountFunded + amount;
        if (funded < d.amount) {
            parts.transitions().fire(work, Trigger.APPLY_CUSTOMER_BALANCE, Outcome.PARTIALLY_FUNDED, work.now, x -> {
                x.amountFunded = funded;
                x.nextAction = new NextAction.DisplayBankTransferInstructions(x.amount - funded, x.currency,
                        instructions.reference());
            });
            return null;
        }
        PaymentMethodDetails pm = parts.paymentMethods().details(d.paymentMethod);
        Charge charge = Charges.captured(new ChargeId(parts.engine().ids.next(IdKind.CHARGE)), d, pm, false,
                work.now);
        parts.transitions().fire(work, Trigger.APPLY_CUSTOMER_BALANCE, Outcome.SUCCEEDED, work.now, x -> {
            x.amountFunded = funded;
            x.nextAction = null;
            x.addCharge(charge);
            x.amountReceived = x.amount;
        });
        return null;
    }
}
