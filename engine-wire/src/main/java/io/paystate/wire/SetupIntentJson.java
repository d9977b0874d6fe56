package io.paystate.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paystate.model.LastSetupError;
import io.paystate.model.SetupIntent;
import org.jspecify.annotations.Nullable;

/**
 * Stripe's JSON of a SetupIntent (API 2026-07-29.dahlia). The properties PayState cannot know are
 * shown as Stripe shows them for a plain test-mode SetupIntent: {@code application},
 * {@code on_behalf_of}, {@code mandate}, {@code single_use_mandate}, {@code flow_directions},
 * {@code attach_to_self}, {@code automatic_payment_methods},
 * {@code payment_method_configuration_details} null, {@code livemode} false.
 */
final class SetupIntentJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SetupIntentJson() {}

    static ObjectNode setupIntent(SetupIntent si) {
        ObjectNode o = F.objectNode();
        o.put("id", si.id().value());
        o.put("object", "setup_intent");
        o.putNull("application");
        o.putNull("attach_to_self");
        o.putNull("automatic_payment_methods");
        o.put("cancellation_reason", si.cancellationReason() == null ? null : si.cancellationReason().wireName());
        o.put("client_secret", si.clientSecret());
        o.put("created", si.created().getEpochSecond());
        o.put("customer", si.customer() == null ? null : si.customer().value());
        o.put("description", si.description());
        o.putNull("flow_directions");
        o.set("last_setup_error", lastSetupError(si.lastSetupError()));
        o.put("latest_attempt", si.latestAttempt());
        o.put("livemode", false);
        o.putNull("mandate");
        ObjectNode metadata = o.putObject("metadata");
        si.metadata().forEach(metadata::put);
        o.set("next_action", IntentFields.nextAction(si.nextAction()));
        o.putNull("on_behalf_of");
        o.put("payment_method", si.paymentMethod() == null ? null : si.paymentMethod().value());
        o.putNull("payment_method_configuration_details");
        ObjectNode options = o.putObject("payment_method_options");
        if (si.paymentMethodTypes().contains("card")) {
            ObjectNode card = options.putObject("card");
            card.putNull("mandate_options");
            card.putNull("network");
            card.put("request_three_d_secure", si.requestThreeDSecure().wireName());
        }
        if (si.paymentMethodTypes().contains("us_bank_account")) {
            ObjectNode bank = options.putObject("us_bank_account");
            bank.put("verification_method", "automatic");
        }
        si.paymentMethodTypes().forEach(o.putArray("payment_method_types")::add);
        o.putNull("single_use_mandate");
        o.put("status", si.status().wireName());
        o.put("usage", si.usage().wireName());
        return o;
    }

    private static JsonNode lastSetupError(@Nullable LastSetupError e) {
        if (e == null) {
            return F.nullNode();
        }
        ObjectNode o = F.objectNode();
        o.put("advice_code", e.adviceCode());
        o.put("code", e.code().wireName());
        o.put("decline_code", e.declineCode());
        o.put("doc_url", e.code().docUrl());
        o.put("message", e.message());
        if (e.paymentMethod() != null) {
            ObjectNode pm = o.putObject("payment_method");
            pm.put("id", e.paymentMethod().value());
            pm.put("object", "payment_method");
            pm.put("type", e.paymentMethodType());
        } else {
            o.putNull("payment_method");
        }
        o.put("payment_method_type", e.paymentMethodType());
        o.put("type", e.type().wireName());
        return o;
    }
}
