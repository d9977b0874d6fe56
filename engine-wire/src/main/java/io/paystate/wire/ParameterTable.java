package io.paystate.wire;

import static io.paystate.wire.Shape.accepted;
import static io.paystate.wire.Shape.amount;
import static io.paystate.wire.Shape.applied;
import static io.paystate.wire.Shape.bool;
import static io.paystate.wire.Shape.email;
import static io.paystate.wire.Shape.id;
import static io.paystate.wire.Shape.listOf;
import static io.paystate.wire.Shape.obj;
import static io.paystate.wire.Shape.oneOf;
import static io.paystate.wire.Shape.recorded;
import static io.paystate.wire.Shape.required;
import static io.paystate.wire.Shape.text;
import static io.paystate.wire.Shape.token;
import static io.paystate.wire.Shape.unknownObject;
import static io.paystate.wire.Shape.url;

import io.paystate.engine.Operation;
import io.paystate.wire.Shape.Field;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one table of every parameter each endpoint accepts: its shape (Stripe's types, enums and
 * limits, checked by {@link ParameterCheck} before anything reads the request) and what it does in
 * PayState. docs/endpoints.md shows this table; a test keeps the two equal.
 */
final class ParameterTable {
    /** Lists of ids or types: Stripe documents no count; PayState takes at most this many. */
    static final int MAX_LIST = 100;

    private static final Map<Operation, Shape.Obj> TABLE = new EnumMap<>(Operation.class);

    private ParameterTable() {}

    /** Returns the parameters of an operation. */
    static Shape.Obj of(Operation operation) {
        Shape.Obj shape = TABLE.get(operation);
        if (shape == null) {
            throw new IllegalStateException("no parameter table for " + operation);
        }
        return shape;
    }

    private static Field expand() {
        return applied("expand", listOf(token(5000), MAX_LIST), "see Expanding responses");
    }

    private static Field metadata() {
        return applied("metadata", new Shape.StringMap(50, 40, 500),
                "merged; an empty value removes its key, metadata=\"\" removes all");
    }

    private static Shape.Obj shipping() {
        return obj(required("address", PaymentMethodParameters.address(), ""),
                applied("carrier", text(5000), ""), required("name", text(5000), ""),
                applied("phone", text(5000), ""), applied("tracking_number", text(5000), ""));
    }

    private static Shape.Obj amountDetails() {
        Shape.Obj line = obj(
                applied("discount_amount", amount(), ""),
                accepted("payment_method_options", lineItemOptions(), "network line-item data, not kept"),
                applied("product_code", text(12), ""),
                required("product_name", text(1024), ""),
                required("quantity", amount(), ""),
                applied("tax", obj(required("total_tax_amount", amount(), "")), ""),
                required("unit_cost", amount(), ""),
                accepted("unit_of_measure", text(12), ""));
        return obj(accepted("discount_amount", amount(), "not checked against the line items"),
                accepted("enforce_arithmetic_validation", bool(), "PayState does not sum the line items"),
                applied("line_items", listOf(line, 200), "stored; listed by list_line_items"),
                accepted("shipping", obj(accepted("amount", Shape.nonNegative(), ""),
                        accepted("from_postal_code", text(5000), ""), accepted("to_postal_code", text(5000), "")),
                        "shipping costs are not stored"),
                accepted("tax", obj(required("total_tax_amount", Shape.nonNegative(), "")),
                        "tax totals are not stored"));
    }

    private static Shape.Obj lineItemOptions() {
        Shape.Obj commodity = obj(accepted("commodity_code", text(5000), ""));
        return obj(accepted("card", commodity, ""), accepted("card_present", commodity, ""),
                accepted("klarna", obj(accepted("image_url", text(4096), ""), accepted("product_url", text(4096), ""),
                        accepted("reference", text(255), ""), accepted("subscription_reference", text(2048), "")), ""),
                accepted("paypal", obj(accepted("category", oneOf("digital_goods", "donation", "physical_goods"), ""),
                        accepted("description", text(127), ""), accepted("sold_by", text(127), "")), ""));
    }

    private static Field hooks() {
        return accepted("hooks", obj(accepted("inputs", obj(accepted("tax", obj(
                required("calculation", text(5000), "a tax calculation id")), "")), "")),
                "no tax calculations in test mode");
    }

    private static Shape.Obj mandateData() {
        return obj(required("customer_acceptance", obj(
                accepted("accepted_at", Shape.nonNegative(), ""),
                accepted("offline", obj(), ""),
                accepted("online", obj(accepted("ip_address", text(5000), ""), accepted("user_agent", text(5000), "")),
                        ""),
                required("type", oneOf("offline", "online"), "")), ""));
    }

    private static Shape.Obj paymentDetails() {
        return obj(recorded("customer_reference", text(128), ""), recorded("order_reference", text(128), ""));
    }

    private static List<Field> intentFields() {
        return List.of(
                accepted("allowed_payment_method_types", listOf(token(5000), MAX_LIST),
                        "a preview parameter; payment_method_types decides"),
                applied("amount", amount(), "required at create; per-currency minimum, at most 99999999"),
                applied("amount_details", amountDetails(), "line items are stored and listed"),
                recorded("application_fee_amount", Shape.nonNegative(), "Connect fees are not collected in test mode"),
                applied("capture_method", oneOf("automatic", "automatic_async", "manual"), ""),
                applied("currency", token(5000), "a supported lowercase ISO code"),
                applied("customer", id(), "a customer of the account, not deleted (resource_missing otherwise)"),
                unknownObject("customer_account", "account"),
                applied("description", text(1000), ""),
                recorded("excluded_payment_method_types", listOf(token(5000), MAX_LIST),
                        "shown; payment_method_types decides"),
                expand(),
                hooks(),
                metadata(),
                recorded("payment_details", paymentDetails(), ""),
                applied("payment_method", PaymentMethodParameters.paymentMethodId(),
                        "a test payment method id, e.g. pm_card_visa"),
                unknownObject("payment_method_configuration", "payment method configuration"),
                applied("payment_method_options", PaymentMethodParameters.options(),
                        "card options act; other modeled types are checked; other types are refused"),
                applied("payment_method_types", listOf(token(5000), MAX_LIST),
                        "card, sepa_debit, us_bank_account, customer_balance"),
                applied("receipt_email", email(), "no receipt is sent in test mode"),
                applied("setup_future_usage", oneOf("off_session", "on_session"),
                        "on update \"\" clears it; set-up cards then succeed off-session"),
                applied("shipping", shipping(), "on update \"\" clears it"),
                applied("statement_descriptor", text(22), "refused for cards, as Stripe does"),
                applied("statement_descriptor_suffix", text(22), ""),
                recorded("transfer_data", obj(recorded("amount", Shape.nonNegative(), ""),
                        required("destination", id(), "")), "no transfer in test mode"),
                recorded("transfer_group", text(5000), ""));
    }

    private static List<Field> confirmingFields() {
        return List.of(
                unknownObject("confirmation_token", "confirmationtoken"),
                applied("error_on_requires_action", bool(),
                        "a card that asks for 3-D Secure fails the attempt (402 payment_intent_action_required)"),
                unknownObject("mandate", "mandate"),
                accepted("mandate_data", mandateData(), "no Mandate object is kept"),
                applied("off_session", new Shape.Either(bool(), oneOf("one_off", "recurring")),
                        "one_off and recurring count as true"),
                applied("payment_method_data", PaymentMethodParameters.data(), "creates a test payment method"),
                accepted("radar_options", obj(accepted("session", token(5000), "")), "no Radar in test mode"),
                applied("return_url", url(), "an absolute http(s) URL; gives redirect_to_url for 3-D Secure"),
                applied("use_stripe_sdk", bool(), "true gives use_stripe_sdk for 3-D Secure"));
    }

    static {
        TABLE.put(Operation.CREATE, obj(Shape.merge(intentFields(), confirmingFields(), List.of(
                applied("automatic_payment_methods", obj(required("enabled", bool(), ""),
                        applied("allow_redirects", oneOf("always", "never"), "")),
                        "exclusive with payment_method_types"),
                applied("confirm", bool(), "confirms at once; a decline is a 402 with the intent"),
                applied("confirmation_method", oneOf("automatic", "manual"), ""),
                recorded("on_behalf_of", id(), "no connected account in test mode")))));

        TABLE.put(Operation.UPDATE, obj(Shape.merge(intentFields(), List.of(
                applied("payment_method_data", PaymentMethodParameters.data(),
                        "creates a test payment method and attaches it, as payment_method does"),
                applied("customer", id(), "\"\" detaches the customer")))));

        List<Field> confirm = Shape.merge(List.of(
                accepted("allowed_payment_method_types", listOf(token(5000), MAX_LIST),
                        "a preview parameter; payment_method_types decides"),
                applied("amount_details", amountDetails(), "line items replace the intent's"),
                applied("amount_to_confirm", amount(),
                        "the amount this attempt charges; it becomes the intent's amount (per-currency minimum)"),
                applied("capture_method", oneOf("automatic", "automatic_async", "manual"), ""),
                applied("client_secret", token(5000), "confirms client-side (a publishable-key request)"),
                recorded("excluded_payment_method_types", listOf(token(5000), MAX_LIST),
                        "shown; payment_method_types decides"),
                expand(),
                hooks(),
                recorded("payment_details", paymentDetails(), ""),
                applied("payment_method", PaymentMethodParameters.paymentMethodId(), ""),
                applied("payment_method_options", PaymentMethodParameters.options(), ""),
                applied("payment_method_types", listOf(token(5000), MAX_LIST),
                        "replace the intent's before the attempt"),
                applied("receipt_email", email(), ""),
                applied("setup_future_usage", oneOf("off_session", "on_session"), ""),
                applied("shipping", shipping(), "")), confirmingFields());
        TABLE.put(Operation.CONFIRM, obj(confirm));

        TABLE.put(Operation.CAPTURE, obj(
                applied("amount_details", amountDetails(), "line items replace the intent's"),
                applied("amount_to_capture", amount(), "default amount_capturable; the rest is released"),
                recorded("application_fee_amount", Shape.nonNegative(), "Connect fees are not collected in test mode"),
                expand(),
                applied("final_capture", bool(), "false (multicapture) is refused: multicapture is off"),
                hooks(),
                metadata(),
                recorded("payment_details", paymentDetails(), ""),
                applied("statement_descriptor", text(22), ""),
                applied("statement_descriptor_suffix", text(22), ""),
                recorded("transfer_data", obj(recorded("amount", Shape.nonNegative(), "")),
                        "needs a transfer_data[destination] given at create")));

        TABLE.put(Operation.CANCEL, obj(
                applied("cancellation_reason", oneOf("duplicate", "fraudulent", "requested_by_customer", "abandoned"),
                        "the reasons Stripe's cancel request accepts"),
                expand()));

        TABLE.put(Operation.INCREMENT_AUTHORIZATION, obj(
                required("amount", amount(), "the new total, higher than the current amount"),
                applied("amount_details", amountDetails(), "line items replace the intent's"),
                recorded("application_fee_amount", Shape.nonNegative(), "Connect fees are not collected in test mode"),
                applied("description", text(1000), ""),
                expand(),
                hooks(),
                metadata(),
                recorded("payment_details", paymentDetails(), ""),
                applied("statement_descriptor", text(22), ""),
                recorded("transfer_data", obj(recorded("amount", Shape.nonNegative(), "")),
                        "needs a transfer_data[destination] given at create")));

        TABLE.put(Operation.RETRIEVE, obj(applied("client_secret", token(5000), "retrieves client-side"), expand()));
        // Unix times up to the year 9999: beyond that no instant exists to compare with
        Shape.Int time = new Shape.Int(0, 253_402_300_799L);
        Field created = applied("created", new Shape.Either(time, obj(applied("gt", time, ""),
                applied("gte", time, ""), applied("lt", time, ""), applied("lte", time, ""))),
                "a Unix time, or a range");
        Field limit = applied("limit", amount(), "1 to 100, default 10");
        TABLE.put(Operation.LIST, obj(created, applied("customer", id(), ""),
                unknownObject("customer_account", "account"), applied("ending_before", id(), ""), expand(),
                limit, applied("starting_after", id(), "")));
        TABLE.put(Operation.SEARCH, obj(expand(), limit, applied("page", token(5000), ""),
                required("query", text(5000), "Stripe's search query language")));
        TABLE.put(Operation.COMPLETE_ACTION, obj(required("outcome", oneOf("success", "failure"), ""), expand()));
        TABLE.put(Operation.VERIFY_MICRODEPOSITS, obj(applied("amounts", listOf(amount(), 2), ""),
                applied("descriptor_code", token(6), ""), expand()));
        TABLE.put(Operation.APPLY_CUSTOMER_BALANCE, obj(applied("amount", amount(), ""),
                applied("currency", token(5000), ""), expand()));
        TABLE.put(Operation.LIST_LINE_ITEMS, obj(applied("ending_before", id(), ""), expand(), limit,
                applied("starting_after", id(), "")));
        TABLE.put(Operation.LIST_CHARGES, obj(expand()));
        TABLE.put(Operation.RETRIEVE_CHARGE, obj(required("charge", id(), ""), expand()));
        TABLE.put(Operation.LIST_EVENTS, obj(created, applied("ending_before", id(), ""), expand(), limit,
                applied("payment_intent", id(), ""), applied("starting_after", id(), ""),
                applied("type", token(5000), ""), applied("types", listOf(token(5000), 20), "")));
        TABLE.put(Operation.RETRIEVE_EVENT, obj(required("id", id(), ""), expand()));
        CustomerWire.register(TABLE, expand(), metadata(), limit);
        PaymentMethodWire.register(TABLE, expand(), metadata(), limit);
        SetupIntentWire.register(TABLE, expand(), metadata(), limit, created);
    }

    /** The operations whose parameters docs/endpoints.md lists in full. */
    static final List<Operation> DOCUMENTED = List.of(Operation.CREATE, Operation.UPDATE, Operation.CONFIRM,
            Operation.CAPTURE, Operation.CANCEL, Operation.INCREMENT_AUTHORIZATION, Operation.UPDATE_PAYMENT_METHOD);

    /** Fields whose sub-fields the docs list too. */
    static final Set<String> EXPANDED_IN_DOCS = Set.of("payment_method_options", "payment_method_data",
            "billing_details", "card", "us_bank_account");
}
