package io.paystate.wire;

import static io.paystate.wire.Shape.accepted;
import static io.paystate.wire.Shape.applied;
import static io.paystate.wire.Shape.bool;
import static io.paystate.wire.Shape.email;
import static io.paystate.wire.Shape.id;
import static io.paystate.wire.Shape.obj;
import static io.paystate.wire.Shape.oneOf;
import static io.paystate.wire.Shape.opaque;
import static io.paystate.wire.Shape.refused;
import static io.paystate.wire.Shape.required;
import static io.paystate.wire.Shape.text;
import static io.paystate.wire.Shape.token;

import io.paystate.wire.Shape.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The shapes of {@code payment_method_options} and {@code payment_method_data}: the four payment-method
 * types PayState models (card, sepa_debit, us_bank_account, customer_balance) in detail, every other
 * type Stripe knows refused with Stripe's error for a type the account cannot use.
 */
final class PaymentMethodParameters {
    /** The payment-method types PayState models. */
    static final Set<String> MODELED = Set.of("card", "sepa_debit", "us_bank_account", "customer_balance");

    /**
     * Every payment-method type of Stripe's {@code payment_method_options} and
     * {@code payment_method_data} (API 2026-07-29.dahlia), the modeled ones included.
     */
    static final List<String> STRIPE_TYPES = List.of("acss_debit", "affirm", "afterpay_clearpay", "alipay", "alma",
            "amazon_pay", "au_becs_debit", "bacs_debit", "bancontact", "billie", "bizum", "blik", "boleto", "card",
            "card_present", "cashapp", "crypto", "customer_balance", "eps", "fpx", "giropay", "grabpay", "ideal",
            "interac_present", "kakao_pay", "klarna", "konbini", "kr_card", "link", "mb_way", "mobilepay",
            "multibanco", "naver_pay", "nz_bank_account", "oxxo", "p24", "pay_by_bank", "payco", "paynow", "paypal",
            "payto", "pix", "promptpay", "revolut_pay", "samsung_pay", "satispay", "scalapay", "sepa_debit", "sofort",
            "sunbit", "swish", "twint", "upi", "us_bank_account", "wechat_pay", "zip");

    private static final String SETUP = "off_session or on_session; none counts as not set";

    private PaymentMethodParameters() {}

    /** Stripe's answer to a payment-method type that is not activated on the account. */
    static String invalidType(String type) {
        return "The payment method type \"" + type + "\" is invalid. Please ensure the provided type is activated in "
                + "your dashboard (https://dashboard.stripe.com/account/payments/settings) and your account is "
                + "enabled for any preview features that you are trying to use. PayState models card, sepa_debit, "
                + "us_bank_account and customer_balance.";
    }

    /** {@code payment_method_options}. */
    static Shape.Obj options() {
        List<Field> fields = new ArrayList<>();
        for (String type : STRIPE_TYPES) {
            fields.add(switch (type) {
                case "card" -> applied("card", card(), "the card options below");
                case "sepa_debit" -> accepted("sepa_debit", obj(
                        accepted("mandate_options", opaque(), "no Mandate object is kept"),
                        accepted("setup_future_usage", oneOf("none", "off_session", "on_session"), SETUP),
                        accepted("target_date", token(10), "test debits settle on the engine's schedule")),
                        "checked; SEPA test debits follow their IBAN");
                case "us_bank_account" -> accepted("us_bank_account", obj(
                        accepted("financial_connections", opaque(), "no Financial Connections session"),
                        accepted("mandate_options", opaque(), "no Mandate object is kept"),
                        accepted("networks", opaque(), "ACH only"),
                        accepted("setup_future_usage", oneOf("none", "off_session", "on_session"), SETUP),
                        accepted("target_date", token(10), "test debits settle on the engine's schedule"),
                        accepted("transaction_purpose", oneOf("goods", "other", "services", "unspecified"), ""),
                        accepted("verification_method", oneOf("automatic", "instant", "microdeposits"),
                                "the test account decides: pm_usBankAccount_microdeposits asks for microdeposits")),
                        "checked; test bank accounts follow their account number");
                case "customer_balance" -> accepted("customer_balance", obj(
                        accepted("bank_transfer", opaque(), "test transfers use US bank-transfer instructions"),
                        accepted("funding_type", oneOf("bank_transfer"), ""),
                        accepted("setup_future_usage", oneOf("none"), "")),
                        "checked; the balance is applied with apply_customer_balance");
                default -> refused(type, opaque(), invalidType(type));
            });
        }
        return obj(fields);
    }

    /** {@code payment_method_options[card]}. */
    static Shape.Obj card() {
        return obj(
                applied("capture_method", oneOf("manual"), "manual overrides the intent's capture method for cards"),
                accepted("cvc_token", token(5000), "test cards need no CVC"),
                accepted("installments", opaque(), "no installment plans in test mode"),
                accepted("mandate_options", opaque(), "no Mandate object is kept"),
                accepted("moto", bool(), ""),
                accepted("network", oneOf("amex", "cartes_bancaires", "diners", "discover", "eftpos_au", "girocard",
                        "interac", "jcb", "link", "mastercard", "unionpay", "unknown", "visa"),
                        "the card's own network is used"),
                applied("request_extended_authorization", oneOf("if_available", "never"),
                        "if_available gives a 30-day window where the card allows it"),
                applied("request_incremental_authorization", oneOf("if_available", "never"),
                        "if_available lets increment_authorization raise the hold"),
                accepted("request_multicapture", oneOf("if_available", "never"),
                        "multicapture is off: the charge shows it unavailable"),
                accepted("request_overcapture", oneOf("if_available", "never"),
                        "overcapture is off: the charge shows it unavailable"),
                applied("request_three_d_secure", oneOf("any", "automatic", "challenge"),
                        "any or challenge asks 3-D Secure of cards that support it"),
                accepted("require_cvc_recollection", bool(), ""),
                applied("setup_future_usage", oneOf("none", "off_session", "on_session"), SETUP),
                accepted("statement_descriptor_suffix_kana", text(22), ""),
                accepted("statement_descriptor_suffix_kanji", text(17), ""),
                accepted("three_d_secure", opaque(), "results of an external 3-D Secure are not checked"));
    }

    /** {@code payment_method_data}. */
    static Shape.Obj data() {
        List<Field> fields = new ArrayList<>();
        fields.add(required("type", oneOf("card", "customer_balance", "sepa_debit", "us_bank_account"),
                "the modeled types; card takes raw test card numbers"));
        fields.add(accepted("allow_redisplay", oneOf("always", "limited", "unspecified"), ""));
        fields.add(applied("billing_details", obj(
                applied("address", address(), ""),
                applied("email", email(), ""),
                applied("name", text(5000), ""),
                applied("phone", text(5000), ""),
                accepted("tax_id", text(5000), "checked, not kept")),
                "kept with the payment method and shown on its charges"));
        fields.add(accepted("metadata", new Shape.StringMap(50, 40, 500), "not kept with the test payment method"));
        fields.add(accepted("radar_options", obj(accepted("session", token(5000), "")), "no Radar in test mode"));
        for (String type : STRIPE_TYPES) {
            fields.add(switch (type) {
                case "card" -> applied("card", obj(
                        applied("number", token(19), "a test card number (a PayState extension: Stripe tokenizes "
                                + "cards client-side)"),
                        applied("exp_month", token(2), ""),
                        applied("exp_year", token(4), ""),
                        applied("cvc", token(4), ""),
                        applied("token", token(5000), "a test card token (tok_visa, tok_chargeDeclined, ...) or "
                                + "test method id (pm_card_visa, ...): the card it stands for")),
                        "raw test cards or test tokens");
                case "sepa_debit" -> applied("sepa_debit", obj(required("iban", token(34),
                        "AT321904300235473204 succeeds, AT861904300235473202 fails")), "test IBANs");
                case "us_bank_account" -> applied("us_bank_account", obj(
                        applied("account_holder_type", oneOf("company", "individual"), ""),
                        applied("account_number", token(17), "the test account numbers"),
                        accepted("account_type", oneOf("checking", "savings"), ""),
                        Shape.unknownObject("financial_connections_account", "financial connections account"),
                        applied("routing_number", token(9), "110000000")), "test bank accounts");
                case "customer_balance" -> applied("customer_balance", obj(), "the customer's cash balance");
                default -> refused(type, opaque(), invalidType(type));
            });
        }
        return obj(fields);
    }

    /**
     * The fields of {@code POST /v1/payment_methods/:id} beyond expand, the path id and metadata
     * (Stripe's PaymentMethodUpdateParams, API 2026-07-29.dahlia).
     */
    static List<Field> update() {
        // the expiry is an integer of any size here: the engine answers Stripe's card errors for it
        Shape.Int anyInt = new Shape.Int(Integer.MIN_VALUE, Integer.MAX_VALUE);
        return List.of(
                applied("allow_redisplay", oneOf("always", "limited", "unspecified"), "kept and shown"),
                applied("billing_details", obj(
                        applied("address", address(), "merged field by field; \"\" clears the address"),
                        applied("email", email(), ""),
                        applied("name", text(5000), ""),
                        applied("phone", text(5000), ""),
                        accepted("tax_id", text(5000), "checked, not kept")),
                        "merged field by field; \"\" clears a field"),
                applied("card", obj(
                        applied("exp_month", anyInt, "1 to 12, not past: card methods only"),
                        applied("exp_year", anyInt, "not past: card methods only"),
                        accepted("networks", opaque(), "the card's own network is used")),
                        "card methods only"),
                refused("payto", opaque(), invalidType("payto")),
                applied("us_bank_account", obj(
                        applied("account_holder_type", oneOf("company", "individual"), ""),
                        accepted("account_type", oneOf("checking", "savings"), "the test accounts are checking")),
                        "US bank account methods only"));
    }

    /** An address, as shipping and billing details take it. */
    static Shape.Obj address() {
        return obj(applied("city", text(5000), ""), applied("country", text(5000), ""),
                applied("line1", text(5000), ""), applied("line2", text(5000), ""),
                applied("postal_code", text(5000), ""), applied("state", text(5000), ""));
    }

    /** The id of a payment method. */
    static Shape paymentMethodId() {
        return id();
    }
}
