package io.paystate.wire;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paystate.engine.ActionOutcome;
import io.paystate.engine.CancelParams;
import io.paystate.engine.CaptureParams;
import io.paystate.engine.ConfirmParams;
import io.paystate.engine.CreateParams;
import io.paystate.engine.EventListParams;
import io.paystate.engine.IncrementAuthorizationParams;
import io.paystate.engine.ListParams;
import io.paystate.engine.Operation;
import io.paystate.engine.Request;
import io.paystate.engine.SearchParams;
import io.paystate.engine.UpdateParams;
import io.paystate.model.Address;
import io.paystate.model.AuthorizationRequest;
import io.paystate.model.CancellationReason;
import io.paystate.model.CaptureMethod;
import io.paystate.model.CardOptions;
import io.paystate.model.ConfirmationMethod;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.Shipping;
import io.paystate.model.ThreeDSecureRequest;
import io.paystate.spi.PaymentMethodData;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Parses Stripe request parameters into typed engine requests. Nested JSON objects stand for
 * bracketed keys ({@code payment_method_options[card][capture_method]}), {@code ""} clears a field
 * on update. Unknown parameters, wrong JSON types and unknown enum values are rejected here with
 * Stripe's error and the parameter's full name; every other rule is the engine's, so Java callers
 * and wire callers get the same answers.
 *
 * <p>Thread safety: stateless.
 */
public final class StripeRequests {
    private StripeRequests() {}

    /**
     * Parses one request of the operation with this wire name.
     *
     * @throws IllegalArgumentException for an unknown operation, or a missing intent id
     * @see #parse(Operation, PaymentIntentId, ObjectNode)
     * @param params the parameters
     * @param operation the operation
     * @param intentId the intent in the path, if any
     * @return the result
     */
    public static Request<?> parse(String operation, @Nullable PaymentIntentId intentId, @Nullable ObjectNode params) {
        return parse(operation(operation), intentId, params);
    }

    /**
     * Returns the operation with this wire name; throws {@link IllegalArgumentException} for an unknown one.
     *
     * @param wireName the wire name
     * @return the operation with this wire name; throws {@link IllegalArgumentException} for an unknown one
     */
    public static Operation operation(String wireName) {
        return Operation.ofWireName(wireName)
                .orElseThrow(() -> new IllegalArgumentException("unknown operation " + wireName));
    }

    /**
     * Parses one request.
     *
     * @param operation the operation
     * @param intentId the intent in the path, for operations on one intent
     * @param params the parameters; null means none
     * @return the request
     * @throws io.paystate.engine.InvalidRequestException for unknown or malformed parameters
     * @throws IllegalArgumentException for a missing intent id
     */
    public static Request<?> parse(Operation operation, @Nullable PaymentIntentId intentId,
            @Nullable ObjectNode params) {
        Params p = new Params(params != null ? params : JsonNodeFactory.instance.objectNode(), "");
        p.ignore("expand");
        Request<?> request = switch (operation) {
            case CREATE -> new Request.Create(create(p));
            case RETRIEVE -> {
                String secret = p.string("client_secret");
                yield secret != null ? new Request.ClientRetrieve(id(intentId), secret) : new Request.Retrieve(id(intentId));
            }
            case UPDATE -> new Request.Update(id(intentId), update(p));
            case CONFIRM -> {
                String secret = p.string("client_secret");
                ConfirmParams confirm = confirm(p);
                yield secret != null ? new Request.ClientConfirm(id(intentId), secret, confirm)
                        : new Request.Confirm(id(intentId), confirm);
            }
            case CAPTURE -> new Request.Capture(id(intentId),
                    new CaptureParams(p.integer("amount_to_capture"), p.bool("final_capture")));
            case CANCEL -> new Request.Cancel(id(intentId),
                    new CancelParams(p.enumeration("cancellation_reason", CancellationReason.class)));
            case INCREMENT_AUTHORIZATION -> new Request.IncrementAuthorization(id(intentId),
                    new IncrementAuthorizationParams(p.integer("amount"), p.string("description")));
            case COMPLETE_ACTION -> new Request.CompleteAction(id(intentId), outcome(p));
            case LIST -> new Request.List(list(p));
            case SEARCH -> new Request.Search(search(p));
            case LIST_LINE_ITEMS -> new Request.ListLineItems(id(intentId), p.smallInteger("limit"),
                    p.optionalString("starting_after"), p.optionalString("ending_before"));
            case LIST_CHARGES -> new Request.ListCharges(id(intentId));
            case VERIFY_MICRODEPOSITS -> {
                java.util.List<String> amounts = p.stringList("amounts");
                java.util.List<Long> parsed = null;
                if (amounts != null) {
                    parsed = new java.util.ArrayList<>();
                    for (int i = 0; i < amounts.size(); i++) {
                        String a = amounts.get(i);
                        if (!a.matches("-?\\d{1,18}")) {
                            throw Params.invalid(ErrorCode.PARAMETER_INVALID_INTEGER, "amounts[" + i + "]",
                                    "Invalid integer: " + a);
                        }
                        parsed.add(Long.parseLong(a));
                    }
                }
                yield new Request.VerifyMicrodeposits(id(intentId),
                        new io.paystate.engine.VerifyMicrodepositsParams(parsed, p.optionalString("descriptor_code")));
            }
            case APPLY_CUSTOMER_BALANCE -> new Request.ApplyCustomerBalance(id(intentId),
                    new io.paystate.engine.ApplyCustomerBalanceParams(p.integer("amount"), p.optionalString("currency")));
            case LIST_EVENTS -> new Request.ListEvents(events(p));
            case RETRIEVE_EVENT -> {
                String event = p.string("id");
                if (event == null) {
                    throw Params.invalid(ErrorCode.PARAMETER_MISSING, "id", "Missing required param: id.");
                }
                try {
                    yield new Request.RetrieveEvent(io.paystate.model.EventId.of(event));
                } catch (IllegalArgumentException e) {
                    throw Params.invalid(ErrorCode.RESOURCE_MISSING, "id", "No such event: '" + event + "'");
                }
            }
            case RETRIEVE_CHARGE -> {
                String charge = p.string("charge");
                if (charge == null) {
                    throw Params.invalid(ErrorCode.PARAMETER_MISSING, "charge", "Missing required param: charge.");
                }
                try {
                    yield new Request.RetrieveCharge(id(intentId), io.paystate.model.ChargeId.of(charge));
                } catch (IllegalArgumentException e) {
                    throw Params.invalid(ErrorCode.RESOURCE_MISSING, "charge", "No such charge: '" + charge + "'");
                }
            }
        };
        p.finish();
        return request;
    }

    /**
     * Parses one request like {@link #parse(Operation, PaymentIntentId, ObjectNode)}, but returns a
     * parameter error as a {@link Request.Malformed} instead of throwing it, so that the engine checks
     * the idempotency key before answering with that error.
     *
     * @param operation the operation
     * @param intentId the intent in the path, for operations on one intent
     * @param params the parameters; null means none
     * @return the request
     */
    public static Request<?> parseOrMalformed(Operation operation, @Nullable PaymentIntentId intentId,
            @Nullable ObjectNode params) {
        try {
            return parse(operation, intentId, params);
        } catch (io.paystate.engine.PaymentEngineException e) {
            return new Request.Malformed(operation, intentId, params == null ? "{}" : params.toString(), e.details());
        }
    }

    private static PaymentIntentId id(@Nullable PaymentIntentId intentId) {
        return Objects.requireNonNull(intentId, "this operation needs an intent id");
    }

    private static CreateParams create(Params p) {
        CreateParams.Builder b = CreateParams.builder();
        Long amount = p.integer("amount");
        if (amount != null) {
            b.amount(amount);
        }
        String currency = p.optionalString("currency");
        if (currency != null) {
            b.currency(currency);
        }
        String customer = p.optionalString("customer");
        if (customer != null) {
            b.customer(customer);
        }
        String description = p.optionalString("description");
        if (description != null) {
            b.description(description);
        }
        b.metadata(p.stringMap("metadata"));
        String pm = p.optionalString("payment_method");
        if (pm != null) {
            b.paymentMethod(pm);
        }
        PaymentMethodData data = paymentMethodData(p);
        if (data != null) {
            b.paymentMethodData(data);
        }
        java.util.List<String> types = p.stringList("payment_method_types");
        if (types != null) {
            b.paymentMethodTypes(types);
        }
        Params automatic = p.object("automatic_payment_methods");
        if (automatic != null) {
            Boolean enabled = automatic.bool("enabled");
            if (enabled == null) {
                throw Params.invalid(ErrorCode.PARAMETER_MISSING, automatic.name("enabled"),
                        "Missing required param: " + automatic.name("enabled") + ".");
            }
            String redirects = automatic.string("allow_redirects");
            if (redirects != null && !redirects.equals("always") && !redirects.equals("never")) {
                throw Params.invalid(null, automatic.name("allow_redirects"),
                        "Invalid " + automatic.name("allow_redirects") + ": must be one of always, never");
            }
            automatic.finish();
            b.automaticPaymentMethods(new io.paystate.model.AutomaticPaymentMethods(enabled,
                    enabled ? (redirects != null ? redirects : "always") : null));
        }
        CardOptions card = cardOptions(p);
        if (card != null) {
            b.cardOptions(card);
        }
        CaptureMethod capture = p.enumeration("capture_method", CaptureMethod.class);
        if (capture != null) {
            b.captureMethod(capture);
        }
        ConfirmationMethod confirmation = p.enumeration("confirmation_method", ConfirmationMethod.class);
        if (confirmation != null) {
            b.confirmationMethod(confirmation);
        }
        Boolean confirm = p.bool("confirm");
        b.confirm(Boolean.TRUE.equals(confirm));
        Boolean offSession = p.bool("off_session");
        if (offSession != null) {
            b.offSession(offSession);
        }
        String returnUrl = returnUrl(p);
        if (returnUrl != null) {
            b.returnUrl(returnUrl);
        }
        String email = p.optionalString("receipt_email");
        if (email != null) {
            b.receiptEmail(email);
        }
        SetupFutureUsage usage = p.enumeration("setup_future_usage", SetupFutureUsage.class);
        if (usage != null) {
            b.setupFutureUsage(usage);
        }
        String descriptor = p.optionalString("statement_descriptor");
        if (descriptor != null) {
            b.statementDescriptor(descriptor);
        }
        String suffix = p.optionalString("statement_descriptor_suffix");
        if (suffix != null) {
            b.statementDescriptorSuffix(suffix);
        }
        Shipping shipping = shipping(p);
        if (shipping != null) {
            b.shipping(shipping);
        }
        java.util.List<io.paystate.engine.LineItemParams> lines = lineItems(p);
        if (lines != null) {
            b.lineItems(lines);
        }
        return b.build();
    }

    private static java.util.@Nullable List<io.paystate.engine.LineItemParams> lineItems(Params p) {
        if (p.isEmptyString("amount_details")) {
            p.ignore("amount_details");
            return java.util.List.of();
        }
        Params details = p.object("amount_details");
        if (details == null) {
            return null;
        }
        java.util.List<Params> items = details.objectList("line_items");
        details.finish();
        if (items == null) {
            return null;
        }
        java.util.List<io.paystate.engine.LineItemParams> result = new java.util.ArrayList<>();
        for (Params item : items) {
            Params tax = item.object("tax");
            Long taxAmount = tax == null ? null : tax.integer("total_tax_amount");
            if (tax != null) {
                tax.finish();
            }
            result.add(new io.paystate.engine.LineItemParams(item.string("product_name"), item.integer("unit_cost"),
                    item.integer("quantity"), item.string("product_code"), item.integer("discount_amount"), taxAmount));
            item.finish();
        }
        return result;
    }

    private static UpdateParams update(Params p) {
        UpdateParams.Builder b = UpdateParams.builder();
        Long amount = p.integer("amount");
        if (amount != null) {
            b.amount(amount);
        }
        String currency = p.optionalString("currency");
        if (currency != null) {
            b.currency(currency);
        }
        String customer = p.string("customer");
        if (customer != null) {
            b.customer(customer);
        }
        String description = p.string("description");
        if (description != null) {
            b.description(description);
        }
        if (p.isEmptyString("metadata")) {
            p.ignore("metadata");
            b.clearMetadata();
        } else {
            b.metadata(p.stringMap("metadata"));
        }
        String pm = p.string("payment_method");
        if (pm != null) {
            b.paymentMethod(pm);
        }
        java.util.List<String> types = p.stringList("payment_method_types");
        if (types != null) {
            b.paymentMethodTypes(types);
        }
        CardOptions card = cardOptions(p);
        if (card != null) {
            b.cardOptions(card);
        }
        CaptureMethod capture = p.enumeration("capture_method", CaptureMethod.class);
        if (capture != null) {
            b.captureMethod(capture);
        }
        String email = p.string("receipt_email");
        if (email != null) {
            b.receiptEmail(email);
        }
        if (p.isEmptyString("setup_future_usage")) {
            p.ignore("setup_future_usage");
            b.clearSetupFutureUsage();
        } else {
            SetupFutureUsage usage = p.enumeration("setup_future_usage", SetupFutureUsage.class);
            if (usage != null) {
                b.setupFutureUsage(usage);
            }
        }
        String descriptor = p.string("statement_descriptor");
        if (descriptor != null) {
            b.statementDescriptor(descriptor);
        }
        String suffix = p.string("statement_descriptor_suffix");
        if (suffix != null) {
            b.statementDescriptorSuffix(suffix);
        }
        if (p.isEmptyString("shipping")) {
            p.ignore("shipping");
            b.clearShipping();
        } else {
            Shipping shipping = shipping(p);
            if (shipping != null) {
                b.shipping(shipping);
            }
        }
        java.util.List<io.paystate.engine.LineItemParams> lines = lineItems(p);
        if (lines != null) {
            b.lineItems(lines);
        }
        return b.build();
    }

    private static ConfirmParams confirm(Params p) {
        ConfirmParams.Builder b = ConfirmParams.builder();
        String pm = p.optionalString("payment_method");
        if (pm != null) {
            b.paymentMethod(pm);
        }
        PaymentMethodData data = paymentMethodData(p);
        if (data != null) {
            b.paymentMethodData(data);
        }
        String returnUrl = returnUrl(p);
        if (returnUrl != null) {
            b.returnUrl(returnUrl);
        }
        Boolean offSession = p.bool("off_session");
        if (offSession != null) {
            b.offSession(offSession);
        }
        CaptureMethod capture = p.enumeration("capture_method", CaptureMethod.class);
        if (capture != null) {
            b.captureMethod(capture);
        }
        CardOptions card = cardOptions(p);
        if (card != null) {
            b.cardOptions(card);
        }
        String email = p.optionalString("receipt_email");
        if (email != null) {
            b.receiptEmail(email);
        }
        SetupFutureUsage usage = p.enumeration("setup_future_usage", SetupFutureUsage.class);
        if (usage != null) {
            b.setupFutureUsage(usage);
        }
        Shipping shipping = shipping(p);
        if (shipping != null) {
            b.shipping(shipping);
        }
        return b.build();
    }

    /**
     * The return URL that decides the 3-D Secure next action: {@code use_stripe_sdk=true} asks for the
     * {@code use_stripe_sdk} action even when a {@code return_url} is given.
     */
    private static @Nullable String returnUrl(Params p) {
        String returnUrl = p.optionalString("return_url");
        boolean sdk = Boolean.TRUE.equals(p.bool("use_stripe_sdk"));
        return sdk ? null : returnUrl;
    }

    private static ActionOutcome outcome(Params p) {
        String outcome = p.string("outcome");
        if (outcome == null) {
            throw Params.invalid(ErrorCode.PARAMETER_MISSING, "outcome", "Missing required param: outcome.");
        }
        return switch (outcome) {
            case "success" -> ActionOutcome.SUCCESS;
            case "failure" -> ActionOutcome.FAILURE;
            default -> throw Params.invalid(null, "outcome", "Invalid outcome: must be one of success, failure");
        };
    }

    private static ListParams list(Params p) {
        Integer limit = p.smallInteger("limit");
        String startingAfter = p.optionalString("starting_after");
        String endingBefore = p.optionalString("ending_before");
        String customer = p.optionalString("customer");
        return new ListParams(limit, startingAfter, endingBefore, customer, created(p));
    }

    private static EventListParams events(Params p) {
        return new EventListParams(p.smallInteger("limit"), p.optionalString("starting_after"),
                p.optionalString("ending_before"), p.optionalString("type"), p.stringList("types"), created(p),
                p.optionalString("payment_intent"));
    }

    /** {@code created} as an exact Unix time or a range {@code created[gt|gte|lt|lte]}. */
    private static ListParams.@Nullable CreatedRange created(Params p) {
        ListParams.CreatedRange created = null;
        if (p.has("created")) {
            Params range = p.object("created");
            if (range == null) {
                Long exact = p.integer("created");
                created = new ListParams.CreatedRange(exact, null, null, null, null);
            } else {
                created = new ListParams.CreatedRange(range.integer("eq"), range.integer("gt"), range.integer("gte"),
                        range.integer("lt"), range.integer("lte"));
                range.finish();
            }
        }
        p.ignore("created");
        return created;
    }

    private static SearchParams search(Params p) {
        String query = p.string("query");
        if (query == null) {
            throw Params.invalid(ErrorCode.PARAMETER_MISSING, "query", "Missing required param: query.");
        }
        return new SearchParams(query, p.smallInteger("limit"), p.optionalString("page"));
    }

    private static @Nullable CardOptions cardOptions(Params p) {
        Params options = p.object("payment_method_options");
        if (options == null) {
            return null;
        }
        Params card = options.object("card");
        options.finish();
        if (card == null) {
            return null;
        }
        CardOptions result = new CardOptions(card.enumeration("capture_method", CaptureMethod.class),
                card.enumeration("request_incremental_authorization", AuthorizationRequest.class),
                card.enumeration("request_extended_authorization", AuthorizationRequest.class),
                card.enumeration("request_three_d_secure", ThreeDSecureRequest.class),
                card.enumeration("setup_future_usage", SetupFutureUsage.class));
        card.finish();
        return result;
    }

    private static @Nullable PaymentMethodData paymentMethodData(Params p) {
        Params data = p.object("payment_method_data");
        if (data == null) {
            return null;
        }
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
                    for (String key : new String[] {"number", "exp_month", "exp_year", "cvc", "iban",
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
        data.ignore("billing_details");
        data.finish();
        return new PaymentMethodData(type, fields);
    }

    private static @Nullable Shipping shipping(Params p) {
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
}
