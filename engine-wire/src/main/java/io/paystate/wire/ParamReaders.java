package io.paystate.wire;

import io.paystate.engine.LineItemParams;
import io.paystate.model.Address;
import io.paystate.model.AuthorizationRequest;
import io.paystate.model.CaptureMethod;
import io.paystate.model.CardOptions;
import io.paystate.model.ErrorCode;
import io.paystate.model.RecordedFields;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.Shipping;
import io.paystate.model.ThreeDSecureRequest;
import io.paystate.spi.PaymentMethodData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads the nested parameters several endpoints share into the engine's types. */
final class ParamReaders {
    private ParamReaders() {}

    /**
     * The return URL that decides the 3-D Secure next action: {@code use_stripe_sdk=true} asks for the
     * {@code use_stripe_sdk} action even when a {@code return_url} is given.
     */
    static @Nullable String returnUrl(Params p) {
        String returnUrl = p.optionalString("return_url");
        boolean sdk = Boolean.TRUE.equals(p.bool("use_stripe_sdk"));
        return sdk ? null : returnUrl;
    }

    /** {@code off_session}: a boolean, or {@code one_off} / {@code recurring}, which both mean off-session. */
    static @Nullable Boolean offSession(Params p) {
        String text = p.has("off_session") ? p.string("off_session") : null;
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.equals("one_off") || text.equals("recurring")) {
            return true;
        }
        return Boolean.parseBoolean(text);
    }

    static @Nullable CardOptions cardOptions(Params p) {
        Params options = p.object("payment_method_options");
        if (options == null) {
            return null;
        }
        Params card = options.object("card");
        options.finish();
        if (card == null) {
            return null;
        }
        String usage = card.string("setup_future_usage");
        CardOptions result = new CardOptions(card.enumeration("capture_method", CaptureMethod.class),
                card.enumeration("request_incremental_authorization", AuthorizationRequest.class),
                card.enumeration("request_extended_authorization", AuthorizationRequest.class),
                card.enumeration("request_three_d_secure", ThreeDSecureRequest.class),
                // "none" turns set-up off for cards: the engine models that as no card override
                usage == null || usage.isEmpty() || usage.equals("none") ? null
                        : usage.equals("on_session") ? SetupFutureUsage.ON_SESSION : SetupFutureUsage.OFF_SESSION);
        card.finish();
        return result;
    }

    static @Nullable PaymentMethodData paymentMethodData(Params p) {
        Params data = p.object("payment_method_data");
        if (data == null) {
            return null;
        }
        return paymentMethodDataOf(data);
    }

    /** Reads a payment method's type and details from the object that holds them. */
    static PaymentMethodData paymentMethodDataOf(Params data) {
        String type = data.string("type");
        if (type == null) {
            throw Params.invalid(ErrorCode.PARAMETER_MISSING, data.name("type"),
                    "Missing required param: " + data.name("type") + ".");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String section : new String[] {"card", "sepa_debit", "us_bank_account"}) {
            if (data.has(section)) {
                Params inner = data.object(section);
                if (inner != null) {
                    for (String key : new String[] {"number", "exp_month", "exp_year", "cvc", "token", "iban",
                            "routing_number", "account_number", "account_holder_type"}) {
                        String value = inner.string(key);
                        if (value != null) {
                            fields.put(key, value);
                        }
                    }
                    inner.finish();
                }
            }
        }
        io.paystate.model.BillingDetails billing = billingDetails(data);
        data.finish();
        return new PaymentMethodData(type, fields, billing);
    }

    /** {@code billing_details}, or null when the request gives none ({@code tax_id} is checked, not kept). */
    private static io.paystate.model.@Nullable BillingDetails billingDetails(Params data) {
        if (!data.has("billing_details") || data.isEmptyString("billing_details")) {
            data.ignore("billing_details");
            return null;
        }
        Params b = data.object("billing_details");
        if (b == null) {
            return null;
        }
        Params a = b.object("address");
        io.paystate.model.Address address = a == null ? null : new io.paystate.model.Address(a.optionalString("line1"),
                a.optionalString("line2"), a.optionalString("city"), a.optionalString("state"),
                a.optionalString("postal_code"), a.optionalString("country"));
        if (a != null) {
            a.finish();
        }
        io.paystate.model.BillingDetails result = new io.paystate.model.BillingDetails(address,
                b.optionalString("email"), b.optionalString("name"), b.optionalString("phone"));
        b.ignore("tax_id");
        b.finish();
        return result;
    }

    static @Nullable Shipping shipping(Params p) {
        Params s = p.object("shipping");
        if (s == null) {
            return null;
        }
        String name = s.string("name");
        if (name == null) {
            throw Params.invalid(ErrorCode.PARAMETER_MISSING, s.name("name"), "Missing required param: "
                    + s.name("name") + ".");
        }
        Params a = s.object("address");
        Address address = a == null ? new Address(null, null, null, null, null, null)
                : new Address(a.string("line1"), a.string("line2"), a.string("city"), a.string("state"),
                        a.string("postal_code"), a.string("country"));
        if (a != null) {
            a.finish();
        }
        Shipping shipping = new Shipping(name, address, s.string("phone"), s.string("carrier"),
                s.string("tracking_number"));
        s.finish();
        return shipping;
    }

    static @Nullable List<LineItemParams> lineItems(Params p) {
        if (p.isEmptyString("amount_details")) {
            p.ignore("amount_details");
            return List.of();
        }
        Params details = p.object("amount_details");
        if (details == null) {
            return null;
        }
        List<Params> items = details.objectList("line_items");
        details.finish();
        if (items == null) {
            return null;
        }
        List<LineItemParams> result = new ArrayList<>();
        for (Params item : items) {
            Params tax = item.object("tax");
            Long taxAmount = tax == null ? null : tax.integer("total_tax_amount");
            if (tax != null) {
                tax.finish();
            }
            result.add(new LineItemParams(item.string("product_name"), item.integer("unit_cost"),
                    item.integer("quantity"), item.string("product_code"), item.integer("discount_amount"), taxAmount));
            item.finish();
        }
        return result;
    }

    /**
     * The fields PayState stores and shows without acting on them; null when the request sets none
     * (an update then keeps the intent's).
     */
    static @Nullable RecordedFields recorded(Params p) {
        Long fee = p.integer("application_fee_amount");
        String onBehalfOf = p.has("on_behalf_of") ? p.optionalString("on_behalf_of") : null;
        Params transfer = p.has("transfer_data") ? p.object("transfer_data") : null;
        String destination = transfer == null ? null : transfer.optionalString("destination");
        Long transferAmount = transfer == null ? null : transfer.integer("amount");
        if (transfer != null && destination == null && transfer.has("amount")) {
            throw Params.invalid(ErrorCode.PARAMETER_MISSING, "transfer_data[destination]",
                    "Missing required param: transfer_data[destination].");
        }
        String group = p.has("transfer_group") ? p.optionalString("transfer_group") : null;
        List<String> excluded = p.has("excluded_payment_method_types") ? p.stringList("excluded_payment_method_types")
                : null;
        Params details = p.has("payment_details") ? p.object("payment_details") : null;
        String customerReference = details == null ? null : details.optionalString("customer_reference");
        String orderReference = details == null ? null : details.optionalString("order_reference");
        if (fee == null && onBehalfOf == null && destination == null && group == null
                && (excluded == null || excluded.isEmpty()) && customerReference == null && orderReference == null) {
            return null;
        }
        return new RecordedFields(fee, onBehalfOf, destination, transferAmount, group,
                excluded == null ? List.of() : excluded, customerReference, orderReference);
    }

    /** {@code payment_details} alone, for the requests that take it beside their own fee fields. */
    static @Nullable RecordedFields paymentDetails(Params p) {
        Params details = p.has("payment_details") ? p.object("payment_details") : null;
        if (details == null) {
            return null;
        }
        String customerReference = details.optionalString("customer_reference");
        String orderReference = details.optionalString("order_reference");
        details.finish();
        if (customerReference == null && orderReference == null) {
            return null;
        }
        return new RecordedFields(null, null, null, null, null, List.of(), customerReference, orderReference);
    }
}
