package io.paystate.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paystate.model.Charge;
import io.paystate.model.ChargeStatus;
import io.paystate.model.PaymentIntent;
import io.paystate.model.RecordedFields;
import io.paystate.spi.PaymentMethodDetails;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Renders a charge with every property of Stripe's {@code charge} object. What the charge itself
 * records comes from it; what Stripe copies from the intent (customer, description, receipt email,
 * shipping, descriptors, Connect fields) comes from the intent when it is at hand; the payment
 * method's details come from the processor. docs/charges.md lists what stays null and why.
 */
final class ChargeJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Duration STANDARD_WINDOW = Duration.ofDays(7);

    private ChargeJson() {}

    static ObjectNode emptyBillingDetails() {
        return billingDetails(null);
    }

    /** Stripe's {@code billing_details}: every field present, null where the holder gave none. */
    static ObjectNode billingDetails(io.paystate.model.@Nullable BillingDetails b) {
        ObjectNode o = F.objectNode();
        o.set("address", IntentFields.address(b == null ? null : b.address()));
        o.put("email", b == null ? null : b.email());
        o.put("name", b == null ? null : b.name());
        o.put("phone", b == null ? null : b.phone());
        o.putNull("tax_id");
        return o;
    }

    /** The suffix of an id after its prefix, to derive the ids of objects PayState does not keep. */
    private static String suffix(String id) {
        int at = id.indexOf('_');
        return at < 0 ? id : id.substring(at + 1);
    }

    static ObjectNode charge(Charge c, @Nullable PaymentIntent pi, RenderContext context) {
        boolean failed = c.status() == ChargeStatus.FAILED;
        PaymentMethodDetails pm = c.paymentMethod() == null ? null
                : PaymentMethodJson.details(c.paymentMethod(), context.paymentMethods());
        RecordedFields recorded = pi == null ? RecordedFields.NONE : pi.recorded();
        ObjectNode o = F.objectNode();
        o.put("id", c.id().value());
        o.put("object", "charge");
        o.put("amount", c.amount());
        o.put("amount_captured", c.amountCaptured());
        o.put("amount_refunded", c.amountRefunded());
        o.putNull("application");
        o.putNull("application_fee");
        o.put("application_fee_amount", recorded.applicationFeeAmount());
        o.putNull("authorization_code");
        // a balance transaction exists once money moved; PayState keeps none, so only its id is shown
        o.put("balance_transaction", c.amountCaptured() > 0 ? "txn_" + suffix(c.id().value()) : null);
        o.set("billing_details", billingDetails(c.billingDetails()));
        o.put("calculated_statement_descriptor", failed || pi == null ? null : calculatedDescriptor(pi));
        o.put("captured", c.captured());
        o.put("created", c.created().getEpochSecond());
        o.put("currency", c.currency().code());
        o.put("customer", pi == null || pi.customer() == null ? null : pi.customer().value());
        o.put("description", pi == null ? null : pi.description());
        o.put("disputed", false);
        o.putNull("failure_balance_transaction");
        o.put("failure_code", c.failureCode() == null ? null : c.failureCode().wireName());
        o.put("failure_message", c.failureMessage());
        o.putObject("fraud_details");
        o.put("livemode", false);
        ObjectNode metadata = o.putObject("metadata");
        if (pi != null) {
            // Stripe copies the intent's metadata onto its charges
            pi.metadata().forEach(metadata::put);
        }
        o.put("on_behalf_of", recorded.onBehalfOf());
        o.set("outcome", ChargeOutcome.of(c, pm));
        o.put("paid", c.status() == ChargeStatus.SUCCEEDED);
        o.put("payment_intent", c.paymentIntent().value());
        o.put("payment_method", c.paymentMethod() == null ? null : c.paymentMethod().value());
        o.set("payment_method_details", pm == null ? F.nullNode() : details(c, pm));
        o.put("receipt_email", pi == null ? null : pi.receiptEmail());
        o.putNull("receipt_number");
        o.putNull("receipt_url");
        o.put("refunded", c.refunded());
        o.set("refunds", refunds(c, pi));
        o.putNull("review");
        o.set("shipping", pi == null || pi.shipping() == null ? F.nullNode() : IntentFields.shipping(pi.shipping()));
        o.putNull("source");
        o.putNull("source_transfer");
        o.put("statement_descriptor", pi == null ? null : pi.statementDescriptor());
        o.put("statement_descriptor_suffix", pi == null ? null : pi.statementDescriptorSuffix());
        o.put("status", c.status().wireName());
        o.putNull("transfer");
        if (recorded.hasTransfer()) {
            ObjectNode transfer = o.putObject("transfer_data");
            transfer.put("amount", recorded.transferAmount());
            transfer.put("destination", recorded.transferDestination());
        } else {
            o.putNull("transfer_data");
        }
        o.put("transfer_group", recorded.transferGroup());
        return o;
    }

    private static String calculatedDescriptor(PaymentIntent pi) {
        String suffix = pi.statementDescriptorSuffix();
        String base = pi.statementDescriptor() != null ? pi.statementDescriptor() : "PAYSTATE";
        return suffix == null ? base : (base + "* " + suffix).substring(0, Math.min(22, base.length() + 2
                + suffix.length()));
    }

    private static ObjectNode details(Charge c, PaymentMethodDetails pm) {
        ObjectNode o = F.objectNode();
        if (pm.type().equals("card")) {
            ObjectNode card = o.putObject("card");
            card.put("amount_authorized", c.status() == ChargeStatus.SUCCEEDED ? c.amount() : null);
            card.putNull("authorization_code");
            card.put("brand", PaymentMethodJson.brand(pm));
            card.put("capture_before", c.captureBefore() == null ? null : c.captureBefore().getEpochSecond());
            ObjectNode checks = card.putObject("checks");
            checks.putNull("address_line1_check");
            checks.putNull("address_postal_code_check");
            checks.put("cvc_check", "pass");
            card.put("country", "US");
            // the stored card's expiry when charged; test ids, tokens and unstored cards show the default
            io.paystate.model.CardExpiry stored = c.cardExpiry();
            io.paystate.model.CardExpiry expiry = stored == null ? io.paystate.model.CardExpiry.TEST_DEFAULT : stored;
            card.put("exp_month", expiry.month());
            card.put("exp_year", expiry.year());
            boolean extended = c.captureBefore() != null
                    && Duration.between(c.created(), c.captureBefore()).compareTo(STANDARD_WINDOW) > 0;
            card.putObject("extended_authorization").put("status", extended ? "enabled" : "disabled");
            card.put("fingerprint", PaymentMethodJson.fingerprint(pm));
            card.put("funding", PaymentMethodJson.funding(pm.id()));
            card.putObject("incremental_authorization").put("status",
                    c.incrementalAuthorizationAvailable() ? "available" : "unavailable");
            card.putNull("installments");
            card.put("last4", PaymentMethodJson.last4(pm));
            card.putNull("mandate");
            card.putObject("multicapture").put("status", "unavailable");
            card.put("network", PaymentMethodJson.brand(pm));
            card.putObject("network_token").put("used", false);
            card.putNull("network_transaction_id");
            ObjectNode overcapture = card.putObject("overcapture");
            overcapture.put("maximum_amount_capturable", c.amount());
            overcapture.put("status", "unavailable");
            card.put("regulated_status", "unregulated");
            card.set("three_d_secure", threeDSecure(pm));
            card.putNull("wallet");
        } else {
            o.set(pm.type(), PaymentMethodJson.bankDetails(pm, null));
        }
        o.put("type", pm.type());
        return o;
    }

    /**
     * The test cards that ask for 3-D Secure on every payment were authenticated before any charge
     * of theirs was made; for the others PayState does not know, and Stripe shows null.
     */
    private static com.fasterxml.jackson.databind.JsonNode threeDSecure(PaymentMethodDetails pm) {
        String id = pm.id().value();
        boolean always = id.startsWith("pm_card_threeDSecure2Required") || id.equals("pm_card_threeDSecureRequired")
                || id.startsWith("pm_card_threeDSecureRequired") || (id.startsWith("pm_card_authenticationRequired")
                        && !id.equals("pm_card_authenticationRequiredOnSetup")
                        && !id.equals("pm_card_authenticationRequiredSetupForOffSession"));
        if (!always) {
            return F.nullNode();
        }
        ObjectNode o = F.objectNode();
        o.put("authentication_flow", "challenge");
        o.put("electronic_commerce_indicator", "05");
        o.putNull("exemption_indicator");
        o.put("result", "authenticated");
        o.putNull("result_reason");
        o.putNull("transaction_id");
        o.put("version", "2.2.0");
        return o;
    }

    /** The refunds list Stripe shows on a charge: one refund when anything was refunded or released. */
    private static ObjectNode refunds(Charge c, @Nullable PaymentIntent pi) {
        ObjectNode list = F.objectNode();
        list.put("object", "list");
        ArrayNode data = list.putArray("data");
        list.put("has_more", false);
        list.put("url", "/v1/charges/" + c.id().value() + "/refunds");
        if (c.amountRefunded() > 0) {
            ObjectNode r = data.addObject();
            r.put("id", "re_" + suffix(c.id().value()));
            r.put("object", "refund");
            r.put("amount", c.amountRefunded());
            r.putNull("balance_transaction");
            r.put("charge", c.id().value());
            long created = pi != null && pi.canceledAt() != null ? pi.canceledAt().getEpochSecond()
                    : c.created().getEpochSecond();
            r.put("created", created);
            r.put("currency", c.currency().code());
            r.putObject("metadata");
            r.put("payment_intent", c.paymentIntent().value());
            r.put("reason", c.refundReason() == null ? null : c.refundReason().wireName());
            r.putNull("receipt_number");
            r.putNull("source_transfer_reversal");
            r.put("status", "succeeded");
            r.putNull("transfer_reversal");
        }
        return list;
    }
}
