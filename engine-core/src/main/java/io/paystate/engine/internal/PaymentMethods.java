package io.paystate.engine.internal;

import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentMethodId;
import io.paystate.spi.PaymentMethodData;
import io.paystate.spi.PaymentMethodDetails;
import io.paystate.spi.PaymentProcessor;
import io.paystate.spi.TokenizationResult;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Resolves the payment method a request names or describes, and checks it against the intent. */
final class PaymentMethods {
    static final String MISSING_PAYMENT_METHOD = "You cannot confirm this PaymentIntent because it's missing a "
            + "payment method. You can either update the PaymentIntent with a payment method and then confirm it "
            + "again, or confirm it again directly with a payment method.";

    private final PaymentProcessor processor;
    private final ProcessorGateway gateway;

    PaymentMethods(PaymentProcessor processor, ProcessorGateway gateway) {
        this.processor = processor;
        this.gateway = gateway;
    }

    /**
     * Returns the method named by {@code id}, or tokenized from {@code data}, or null when the request
     * gives neither.
     */
    @Nullable PaymentMethodDetails resolve(@Nullable String id, @Nullable PaymentMethodData data) {
        if (id != null && !id.isEmpty()) {
            PaymentMethodId pmId = PaymentMethodId.of(id);
            return gateway.call(() -> processor.findPaymentMethod(pmId)).orElseThrow(() -> Errors.invalid(ErrorCode.RESOURCE_MISSING,
                    "payment_method", "No such PaymentMethod: '" + id + "'"));
        }
        if (data != null) {
            TokenizationResult result = gateway.call(() -> processor.createPaymentMethod(data));
            if (result instanceof TokenizationResult.Rejected rejected) {
                throw Errors.cardError(rejected.code(), null, rejected.message(), rejected.param(), null, null);
            }
            // the engine, not the processor, keeps what the holder gave besides the method itself
            return ((TokenizationResult.Created) result).paymentMethod().withBillingDetails(data.billingDetails());
        }
        return null;
    }

    /** Returns the details of a method already on the intent; an unknown one as type {@code unknown}. */
    PaymentMethodDetails details(@Nullable PaymentMethodId id) {
        if (id == null) {
            throw new IllegalStateException("attempt without a payment method");
        }
        return gateway.call(() -> processor.findPaymentMethod(id)).orElseGet(() -> new PaymentMethodDetails(id, "unknown", null, null));
    }

    /** Refuses a method whose type the intent does not allow; the error carries the intent when given. */
    static void requireCompatible(PaymentMethodDetails pm, List<String> types, @Nullable PaymentIntent intent) {
        if (!types.contains(pm.type())) {
            String message = "The PaymentMethod provided (" + pm.type() + ") is not allowed for this PaymentIntent. "
                    + "Please attach a PaymentMethod of one of the following types: " + Errors.join(types)
                    + ". Alternatively update the allowed payment_method_types for this PaymentIntent to include \""
                    + pm.type() + "\".";
            throw intent == null
                    ? Errors.invalid(ErrorCode.PAYMENT_INTENT_INCOMPATIBLE_PAYMENT_METHOD, "payment_method", message)
                    : Errors.invalid(ErrorCode.PAYMENT_INTENT_INCOMPATIBLE_PAYMENT_METHOD, "payment_method", message,
                            intent);
        }
    }
}
