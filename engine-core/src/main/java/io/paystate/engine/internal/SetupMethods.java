package io.paystate.engine.internal;

import io.paystate.model.AccountId;
import io.paystate.model.CustomerId;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.PaymentMethodUsage;
import io.paystate.spi.PaymentMethodData;
import io.paystate.spi.PaymentMethodDetails;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the payment method a SetupIntent request names or describes. Raw details, and the fixed
 * test card ids such as {@code pm_card_visa}, are tokenized once per command and kept as a stored
 * method (it starts {@code new}), so that it can be attached to the customer when the setup
 * succeeds; a retry after a lost race reuses it.
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
            PaymentMethodDetails copy = copyOfTestCard(id, customer, types);
            pm = copy != null ? copy : parts.paymentMethods().resolve(id, null);
        } else if (data != null) {
            if (tokenized == null) {
                PaymentMethodDetails created = parts.paymentMethods().resolve(null, data);
                if (created == null) {
                    throw new IllegalStateException("tokenization returned no method");
                }
                store(created, customer, types);
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

    /**
     * A fixed test card id such as {@code pm_card_visa} names a card, not a stored method: a setup for
     * a customer saves a new stored copy, as Stripe's test mode does, so that the copy is what gets
     * attached and set up. Null for any other id (a method this account stored, or not a test card),
     * and without a customer, where nothing would be attached and the fixed id stays as it is.
     */
    private @Nullable PaymentMethodDetails copyOfTestCard(String id, @Nullable CustomerId customer,
            List<String> types) {
        if (tokenized != null) {
            return tokenized;
        }
        if (customer == null || !id.startsWith("pm_card_")
                || parts.savedMethods().store().find(call.account, PaymentMethodId.of(id)).isPresent()) {
            return null;
        }
        PaymentMethodDetails created;
        try {
            created = parts.paymentMethods().resolve(null, new PaymentMethodData("card", Map.of("token", id)));
        } catch (io.paystate.engine.PaymentEngineException notATestCard) {
            return null;
        }
        if (created == null) {
            return null;
        }
        store(created, customer, types);
        return created;
    }

    /** Stores a tokenized method ({@code new}) once it passed the checks: a refused request stores nothing. */
    private void store(PaymentMethodDetails created, @Nullable CustomerId customer, List<String> types) {
        check(created, customer, types);
        io.paystate.model.BillingDetails billing = created.billingDetails();
        parts.savedMethods().insert(call.account, new PaymentMethod(created.id(), created.type(),
                parts.engine().now(), null, created.brand(), created.last4(), Map.of(), PaymentMethodUsage.NEW,
                null, billing == null ? io.paystate.model.BillingDetails.NONE : billing));
        tokenized = created;
    }

    /** Checks a method against the SetupIntent's types and customer. */
    void check(PaymentMethodDetails pm, @Nullable CustomerId customer, List<String> types) {
        if (!types.contains(pm.type())) {
            throw SetupIntentValidator.incompatible(pm.type(), types);
        }
        parts.savedMethods().requireUsableForSetup(call.account, pm.id(), customer);
    }

    AccountId account() {
        return call.account;
    }
}
