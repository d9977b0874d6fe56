package io.paystate.engine.internal;

import io.paystate.model.AccountId;
import io.paystate.model.CustomerId;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodUsage;
import io.paystate.spi.PaymentMethodData;
import io.paystate.spi.PaymentMethodDetails;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the payment method a SetupIntent request names or describes. Raw details are tokenized
 * once per command and kept as a stored method (it starts {@code new}), so that it can be attached
 * to the customer when the setup succeeds; a retry after a lost race reuses it.
 */
final class SetupMethods {
    private final EngineParts parts;
    private final Call call;
    private @Nullable PaymentMethodDetails tokenized;

    SetupMethods(EngineParts parts, Call call) {
        this.parts = parts;
        this.call = call;
    }

    /** The method named or described, checked against the SetupIntent; null when neither is given. */
    @Nullable PaymentMethodDetails resolve(@Nullable String id, @Nullable PaymentMethodData data,
            @Nullable CustomerId customer, List<String> types) {
        PaymentMethodDetails pm;
        if (id != null && !id.isEmpty()) {
            pm = parts.paymentMethods().resolve(id, null);
        } else if (data != null) {
            if (tokenized == null) {
                PaymentMethodDetails created = parts.paymentMethods().resolve(null, data);
                if (created == null) {
                    throw new IllegalStateException("tokenization returned no method");
                }
                // checked before it is stored: a refused request stores nothing
                check(created, customer, types);
                io.paystate.model.BillingDetails billing = created.billingDetails();
                parts.savedMethods().insert(call.account, new PaymentMethod(created.id(), created.type(),
                        parts.engine().now(), null, created.brand(), created.last4(), Map.of(), PaymentMethodUsage.NEW,
                        null, billing == null ? io.paystate.model.BillingDetails.NONE : billing));
                tokenized = created;
            }
            pm = tokenized;
        } else {
            return null;
        }
        if (pm == null) {
            return null;
        }
        check(pm, customer, types);
        return pm;
    }

    /** Checks a method against the SetupIntent's types and customer. */
    void check(PaymentMethodDetails pm, @Nullable CustomerId customer, List<String> types) {
        if (!types.contains(pm.type())) {
            throw SetupIntentValidator.incompatible(pm.type(), types);
        }
        SetupIntentValidator.requireUsable(parts.savedMethods(), call.account, pm.id(), customer);
    }

    AccountId account() {
        return call.account;
    }
}
