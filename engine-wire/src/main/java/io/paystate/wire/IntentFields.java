package io.paystate.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paystate.model.Address;
import io.paystate.model.CardOptions;
import io.paystate.model.LastPaymentError;
import io.paystate.model.NextAction;
import io.paystate.model.Shipping;
import io.paystate.model.WireEnum;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The nested objects of an intent's JSON ({@code last_payment_error}, {@code next_action},
 * {@code payment_method_options}, {@code shipping}, addresses) and the field writers they share,
 * also used by the charge and SetupIntent renderings.
 */
final class IntentFields {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private IntentFields() {}

    static JsonNode lastPaymentError(@Nullable LastPaymentError e) {
        if (e == null) {
            return F.nullNode();
        }
        ObjectNode o = F.objectNode();
        o.put("type", e.type().wireName());
        o.put("code", e.code().wireName());
        o.put("decline_code", e.declineCode());
        o.put("doc_url", e.code().docUrl());
        o.put("message", e.message());
        o.put("charge", e.charge() == null ? null : e.charge().value());
        o.put("advice_code", e.adviceCode());
        if (e.paymentMethod() != null) {
            ObjectNode pm = o.putObject("payment_method");
            pm.put("id", e.paymentMethod().value());
            pm.put("object", "payment_method");
            pm.put("type", e.paymentMethodType());
        } else {
            o.putNull("payment_method");
        }
        return o;
    }

    static JsonNode nextAction(@Nullable NextAction action) {
        if (action == null) {
            return F.nullNode();
        }
        ObjectNode o = F.objectNode();
        o.put("type", action.type());
        ObjectNode inner = o.putObject(action.type());
        if (action instanceof NextAction.RedirectToUrl r) {
            inner.put("url", r.url());
            inner.put("return_url", r.returnUrl());
        } else if (action instanceof NextAction.UseStripeSdk s) {
            inner.put("type", s.sdkType());
            inner.put("stripe_js", s.stripeJs());
        } else if (action instanceof NextAction.VerifyWithMicrodeposits v) {
            inner.put("arrival_date", v.arrivalDate());
            inner.put("hosted_verification_url", v.hostedVerificationUrl());
            inner.put("microdeposit_type", v.microdepositType());
        } else if (action instanceof NextAction.DisplayBankTransferInstructions d) {
            inner.put("amount_remaining", d.amountRemaining());
            inner.put("currency", d.currency().code());
            inner.put("reference", d.reference());
            inner.put("type", "us_bank_transfer");
        }
        return o;
    }

    static ObjectNode paymentMethodOptions(CardOptions c) {
        ObjectNode o = F.objectNode();
        ObjectNode card = o.putObject("card");
        wire(card, "capture_method", c.captureMethod());
        wire(card, "request_extended_authorization", c.requestExtendedAuthorization());
        wire(card, "request_incremental_authorization", c.requestIncrementalAuthorization());
        card.put("request_three_d_secure",
                c.requestThreeDSecure() == null ? "automatic" : c.requestThreeDSecure().wireName());
        wire(card, "setup_future_usage", c.setupFutureUsage());
        return o;
    }

    static JsonNode shipping(@Nullable Shipping s) {
        if (s == null) {
            return F.nullNode();
        }
        ObjectNode o = F.objectNode();
        o.set("address", address(s.address()));
        o.put("carrier", s.carrier());
        o.put("name", s.name());
        o.put("phone", s.phone());
        o.put("tracking_number", s.trackingNumber());
        return o;
    }

    /** Stripe's {@code address}: every field present, null where unknown. */
    static ObjectNode address(@Nullable Address a) {
        ObjectNode address = F.objectNode();
        address.put("city", a == null ? null : a.city());
        address.put("country", a == null ? null : a.country());
        address.put("line1", a == null ? null : a.line1());
        address.put("line2", a == null ? null : a.line2());
        address.put("postal_code", a == null ? null : a.postalCode());
        address.put("state", a == null ? null : a.state());
        return address;
    }

    static void time(ObjectNode o, String field, @Nullable Instant t) {
        if (t == null) {
            o.putNull(field);
        } else {
            o.put(field, t.getEpochSecond());
        }
    }

    static void wire(ObjectNode o, String field, @Nullable WireEnum value) {
        o.put(field, value == null ? null : value.wireName());
    }
}
