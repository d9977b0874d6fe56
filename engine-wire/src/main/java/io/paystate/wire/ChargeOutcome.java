package io.paystate.wire;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paystate.model.Charge;
import io.paystate.model.ChargeStatus;
import io.paystate.model.ErrorCode;
import io.paystate.spi.PaymentMethodDetails;
import org.jspecify.annotations.Nullable;

/**
 * A charge's {@code outcome}, as Stripe's testing docs describe it for each test card: approved
 * charges are {@code authorized} with "Payment complete.", issuer declines name their decline code,
 * Radar's block is {@code blocked} at the highest risk level. Bank debits and balances are not risk
 * assessed.
 */
final class ChargeOutcome {
    private ChargeOutcome() {}

    static ObjectNode of(Charge c, @Nullable PaymentMethodDetails pm) {
        boolean card = pm == null || pm.type().equals("card");
        String risk = card ? "normal" : "not_assessed";
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.putNull("advice_code");
        o.putNull("network_advice_code");
        o.putNull("network_decline_code");
        if (c.status() != ChargeStatus.FAILED) {
            o.put("network_status", "approved_by_network");
            o.putNull("reason");
            o.put("risk_level", risk);
            o.put("seller_message", "Payment complete.");
            o.put("type", "authorized");
            return o;
        }
        String decline = c.declineCode() != null ? c.declineCode()
                : c.failureCode() == null ? null : c.failureCode().wireName();
        if ("fraudulent".equals(c.declineCode())) {
            // the Radar test card: Stripe blocks it before it reaches the network
            o.put("network_status", "not_sent_to_network");
            o.put("reason", "highest_risk_level");
            o.put("risk_level", "highest");
            o.put("seller_message", "Stripe blocked this payment as too risky.");
            o.put("type", "blocked");
            return o;
        }
        if (c.failureCode() == ErrorCode.PAYMENT_INTENT_AUTHENTICATION_FAILURE) {
            o.put("network_status", "not_sent_to_network");
            o.putNull("reason");
            o.put("risk_level", risk);
            o.put("seller_message", "The customer did not complete 3D Secure authentication.");
            o.put("type", "blocked");
            return o;
        }
        o.put("network_status", "declined_by_network");
        o.put("reason", decline);
        o.put("risk_level", risk);
        o.put("seller_message", "generic_decline".equals(decline) || decline == null
                ? "The bank did not return any further details with this decline."
                : "The bank returned the decline code `" + decline + "`.");
        o.put("type", "issuer_declined");
        return o;
    }
}
