package io.paystate.engine.internal;

import io.paystate.engine.SetupIntentUpdateParams;
import io.paystate.model.CustomerId;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentId;
import io.paystate.spi.PaymentMethodDetails;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Updates a SetupIntent. Metadata and description change in every status but canceled; the payment
 * fields (payment method, customer, types, 3-D Secure request) only before it is processing or
 * succeeded. A new payment method waits for confirmation ({@code requires_confirmation}, any pending
 * challenge dropped); {@code payment_method=""} returns it to {@code requires_payment_method}.
 * Updates emit no event (Stripe has no {@code setup_intent.updated}) and clear
 * {@code last_setup_error}; an update that changes nothing writes nothing.
 */
final class UpdateSetupIntentCommand implements Command<SetupIntent> {
    private final EngineParts parts;
    private final SetupIntentId id;
    private final SetupIntentUpdateParams p;
    private final Call call;

    UpdateSetupIntentCommand(EngineParts parts, SetupIntentId id, SetupIntentUpdateParams params, Call call) {
        this.parts = parts;
        this.id = id;
        this.p = params;
        this.call = call;
    }

    @Override
    public void validate() {
        SetupIntentValidator.update(p);
    }

    @Override
    public SetupIntent run() {
        SetupIntents intents = parts.setupIntents();
        SetupMethods methods = new SetupMethods(parts, call);
        return intents.change(call.account, id, call, d -> {
            SetupIntent before = d.snapshot();
            boolean paymentFields = p.customer() != null || p.paymentMethod() != null || p.paymentMethodData() != null
                    || p.paymentMethodTypes() != null || p.requestThreeDSecure() != null;
            intents.requireAllowed(d, paymentFields ? SetupTrigger.UPDATE_PAYMENT : SetupTrigger.UPDATE_DETAILS);
            Map<String, String> metadata = new LinkedHashMap<>(d.metadata);
            p.metadata().forEach((k, v) -> {
                if (v.isEmpty()) {
                    metadata.remove(k);
                } else {
                    metadata.put(k, v);
                }
            });
            RequestValidator.metadataCount(metadata);
            CustomerId customer = p.customer() == null ? d.customer
                    : SetupIntentValidator.liveCustomer(parts.customers(), call.account, p.customer());
            List<String> types = p.paymentMethodTypes() != null ? p.paymentMethodTypes() : d.paymentMethodTypes;
            PaymentMethodDetails pm = methods.resolve(p.paymentMethod(), p.paymentMethodData(), customer, types);
            if (pm == null && p.paymentMethod() == null && d.paymentMethod != null
                    && (p.customer() != null || p.paymentMethodTypes() != null)) {
                // the kept method must still fit the new customer and types
                methods.check(intents.attempts().details(d.paymentMethod), customer, types);
            }
            d.metadata = metadata;
            if (p.description() != null) {
                d.description = Strings.emptyToNull(p.description());
            }
            d.customer = customer;
            d.paymentMethodTypes = types;
            if (p.requestThreeDSecure() != null) {
                d.requestThreeDSecure = p.requestThreeDSecure();
            }
            d.lastSetupError = null;
            if (!paymentFields) {
                intents.fire(d, SetupTrigger.UPDATE_DETAILS, Outcome.KEPT, x -> { });
            } else if (pm != null) {
                intents.fire(d, SetupTrigger.UPDATE_PAYMENT, Outcome.ATTACHED, x -> {
                    x.paymentMethod = pm.id();
                    x.nextAction = null;
                });
            } else if (p.paymentMethod() != null) {
                intents.fire(d, SetupTrigger.UPDATE_PAYMENT, Outcome.DETACHED, x -> {
                    x.paymentMethod = null;
                    x.nextAction = null;
                });
            } else {
                intents.fire(d, SetupTrigger.UPDATE_PAYMENT, Outcome.KEPT, x -> { });
            }
            if (d.snapshot().equals(before)) {
                d.changed = false;
            }
            return null;
        });
    }
}
