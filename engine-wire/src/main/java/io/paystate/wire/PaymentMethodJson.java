package io.paystate.wire;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paystate.model.PaymentMethodId;
import io.paystate.spi.PaymentMethodDetails;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Renders what the processor knows of a payment method: the {@code payment_method} object of an
 * expansion and the type-specific part of a charge's {@code payment_method_details}. The processor
 * gives type, brand and last four digits; the rest follows Stripe's test payment methods (US cards
 * expiring 12/2034, funding from the test card's name, test bank codes) and is documented as such.
 */
final class PaymentMethodJson {
    static final int TEST_EXP_MONTH = io.paystate.model.CardExpiry.TEST_DEFAULT.month();
    static final int TEST_EXP_YEAR = io.paystate.model.CardExpiry.TEST_DEFAULT.year();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private PaymentMethodJson() {}

    /** The details, or a guess from a test id's name when the processor does not know it. */
    static PaymentMethodDetails details(PaymentMethodId id, PaymentMethodLookup lookup) {
        return lookup.find(id).orElseGet(() -> new PaymentMethodDetails(id, guessType(id.value()), null, null));
    }

    private static String guessType(String id) {
        if (id.startsWith("pm_sepaDebit")) {
            return "sepa_debit";
        } else if (id.startsWith("pm_usBankAccount")) {
            return "us_bank_account";
        } else if (id.startsWith("pm_customerBalance")) {
            return "customer_balance";
        }
        return "card";
    }

    /** {@code debit} and {@code prepaid} test cards say so in their id; every other card is credit. */
    static String funding(PaymentMethodId id) {
        String v = id.value().toLowerCase(java.util.Locale.ROOT);
        return v.contains("prepaid") ? "prepaid" : v.contains("debit") ? "debit" : "credit";
    }

    /** A stable fingerprint: equal for the same type and last four digits, as Stripe's is per number. */
    static String fingerprint(PaymentMethodDetails pm) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((pm.type() + "|" + pm.brand() + "|"
                    + pm.last4()).getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
            for (int i = 0; i < 16; i++) {
                b.append(alphabet.charAt((hash[i] & 0xff) % alphabet.length()));
            }
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A payment method the engine keeps, with its customer, metadata and what updates change: the
     * card's expiry (the test default until one is given), {@code allow_redisplay} and a bank
     * account's holder type. Each replaces the test value in place, so the field order stays Stripe's.
     */
    static ObjectNode stored(io.paystate.model.PaymentMethod pm) {
        ObjectNode o = paymentMethod(new PaymentMethodDetails(pm.id(), pm.type(), pm.brand(), pm.last4())
                .withBillingDetails(pm.billingDetails()), pm.created(), pm.customer() == null ? null : pm.customer().value());
        o.put("allow_redisplay", pm.allowRedisplay().wireName());
        io.paystate.model.CardExpiry expiry = pm.cardExpiry();
        if (expiry != null && o.get("card") instanceof ObjectNode card) {
            card.put("exp_month", expiry.month());
            card.put("exp_year", expiry.year());
        }
        io.paystate.model.AccountHolderType holder = pm.accountHolderType();
        if (holder != null && o.get("us_bank_account") instanceof ObjectNode bank) {
            bank.put("account_holder_type", holder.wireName());
        }
        ObjectNode metadata = o.putObject("metadata");
        pm.metadata().forEach(metadata::put);
        return o;
    }

    /** The {@code payment_method} object of what the processor knows, with Stripe's test values. */
    static ObjectNode paymentMethod(PaymentMethodDetails pm, Instant created, @Nullable String customer) {
        ObjectNode o = F.objectNode();
        o.put("id", pm.id().value());
        o.put("object", "payment_method");
        o.put("allow_redisplay", "unspecified");
        o.set("billing_details", ChargeJson.billingDetails(pm.billingDetails()));
        if (pm.type().equals("card")) {
            ObjectNode card = o.putObject("card");
            String brand = brand(pm);
            card.put("brand", brand);
            ObjectNode checks = card.putObject("checks");
            checks.putNull("address_line1_check");
            checks.putNull("address_postal_code_check");
            checks.put("cvc_check", "pass");
            card.put("country", "US");
            card.put("display_brand", brand);
            card.put("exp_month", TEST_EXP_MONTH);
            card.put("exp_year", TEST_EXP_YEAR);
            card.put("fingerprint", fingerprint(pm));
            card.put("funding", funding(pm.id()));
            card.putNull("generated_from");
            card.put("last4", last4(pm));
            ObjectNode networks = card.putObject("networks");
            networks.putArray("available").add(brand);
            networks.putNull("preferred");
            card.put("regulated_status", "unregulated");
            card.putObject("three_d_secure_usage").put("supported", true);
            card.putNull("wallet");
        } else {
            o.set(pm.type(), bankDetails(pm, null));
        }
        o.put("created", created.getEpochSecond());
        o.put("customer", customer);
        o.put("livemode", false);
        o.putObject("metadata");
        o.put("type", pm.type());
        return o;
    }

    static String brand(PaymentMethodDetails pm) {
        return pm.brand() == null ? "visa" : pm.brand();
    }

    static String last4(PaymentMethodDetails pm) {
        return pm.last4() == null ? "4242" : pm.last4();
    }

    /** The non-card part shared by the payment method and the charge's details. */
    static ObjectNode bankDetails(PaymentMethodDetails pm, @Nullable String mandate) {
        ObjectNode o = F.objectNode();
        switch (pm.type()) {
            case "sepa_debit" -> {
                o.put("bank_code", "19043");
                o.put("branch_code", "");
                o.put("country", "AT");
                o.put("fingerprint", fingerprint(pm));
                o.put("last4", pm.last4());
                if (mandate != null) {
                    o.put("mandate", mandate);
                }
            }
            case "us_bank_account" -> {
                o.put("account_holder_type", "individual");
                o.put("account_type", "checking");
                o.put("bank_name", "STRIPE TEST BANK");
                o.put("fingerprint", fingerprint(pm));
                o.put("last4", pm.last4());
                o.put("routing_number", "110000000");
            }
            default -> {
                // customer_balance and types without details render an empty object, as Stripe does
            }
        }
        return o;
    }
}
