package com.example.shop;

import io.paystate.engine.CancelParams;
import io.paystate.engine.CaptureParams;
import io.paystate.engine.CardException;
import io.paystate.engine.CreateParams;
import io.paystate.engine.PaymentEngine;
import io.paystate.model.CaptureMethod;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The shop's checkout: the card is authorized when the order is placed, and charged when the parcel
 * ships. A declined card is an answer for the customer, not an error of the shop.
 */
public final class Checkout {
    /** What placing an order gave: the intent, and the decline code when the card was declined. */
    public record Placed(PaymentIntent intent, @Nullable String declineCode) {
        public boolean declined() {
            return declineCode != null;
        }
    }

    private final PaymentEngine engine;

    public Checkout(PaymentEngine engine) {
        this.engine = Objects.requireNonNull(engine);
    }

    /** Authorizes {@code amountCents} on the customer's payment method; nothing is charged yet. */
    public Placed placeOrder(String orderId, long amountCents, String paymentMethod) {
        try {
            PaymentIntent intent = engine.create(CreateParams.builder(amountCents, "usd")
                    .paymentMethod(paymentMethod)
                    .captureMethod(CaptureMethod.MANUAL)
                    .metadata("order", orderId)
                    .confirm(true)
                    .build());
            return new Placed(intent, null);
        } catch (CardException declined) {
            return new Placed(declined.paymentIntent().orElseThrow(), declined.declineCode().orElse("generic_decline"));
        }
    }

    /** The parcel left: charge what was shipped, release the rest. */
    public PaymentIntent ship(PaymentIntentId payment, long shippedCents) {
        return engine.capture(payment, CaptureParams.amount(shippedCents));
    }

    /** The customer canceled before shipping: release the hold. */
    public PaymentIntent cancel(PaymentIntentId payment) {
        return engine.cancel(payment, CancelParams.none());
    }
}
