package io.paystate.wire;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paystate.engine.ActionOutcome;
import io.paystate.engine.ConfirmParams;
import io.paystate.engine.EventListParams;
import io.paystate.engine.ListParams;
import io.paystate.engine.Operation;
import io.paystate.engine.EventRequest;
import io.paystate.engine.Request;
import io.paystate.engine.SearchParams;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentIntentId;
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
     * @return the typed request
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
        return parseWire(operation, intentId, params).request();
    }

    /**
     * Parses one request with its {@code expand[]} paths: the parameters are first held to Stripe's
     * shapes ({@link ParameterTable}), then read into the engine's request.
     *
     * @throws io.paystate.engine.InvalidRequestException for unknown, malformed or refused parameters,
     *     and for expand paths Stripe would refuse
     * @throws IllegalArgumentException for a missing intent id
     * @param params the parameters
     * @param operation the operation
     * @param intentId the intent in the path, if any @return the typed request
     * @return the request and its checked expand paths
     */
    public static WireRequest parseWire(Operation operation, @Nullable PaymentIntentId intentId,
            @Nullable ObjectNode params) {
        ObjectNode node = params != null ? params : JsonNodeFactory.instance.objectNode();
        ParameterCheck.check(node, ParameterTable.of(operation));
        Params p = new Params(node, "", true);
        java.util.List<String> expand = Expansion.check(p.stringList("expand"), operation);
        Request<?> request = switch (operation) {
            case CREATE -> new Request.Create(IntentParams.create(p));
            case RETRIEVE -> {
                String secret = p.string("client_secret");
                yield secret != null ? new Request.ClientRetrieve(id(intentId), secret) : new Request.Retrieve(id(intentId));
            }
            case UPDATE -> new Request.Update(id(intentId), IntentParams.update(p));
            case CONFIRM -> {
                String secret = p.string("client_secret");
                ConfirmParams confirm = IntentParams.confirm(p);
                yield secret != null ? new Request.ClientConfirm(id(intentId), secret, confirm)
                        : new Request.Confirm(id(intentId), confirm);
            }
            case CAPTURE -> new Request.Capture(id(intentId), IntentParams.capture(p));
            case CANCEL -> new Request.Cancel(id(intentId), IntentParams.cancel(p));
            case INCREMENT_AUTHORIZATION -> new Request.IncrementAuthorization(id(intentId), IntentParams.increment(p));
            case COMPLETE_ACTION -> new Request.CompleteAction(id(intentId), outcome(p));
            case LIST -> new Request.List(list(p));
            case SEARCH -> new Request.Search(search(p, expand.contains(Expansion.TOTAL_COUNT)));
            case SEARCH_CUSTOMERS -> new io.paystate.engine.CustomerRequest.Search(search(p,
                    expand.contains(Expansion.TOTAL_COUNT)));
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
            case LIST_EVENTS -> new EventRequest.List(events(p));
            case RETRIEVE_EVENT -> {
                String event = p.string("id");
                if (event == null) {
                    throw Params.invalid(ErrorCode.PARAMETER_MISSING, "id", "Missing required param: id.");
                }
                try {
                    yield new EventRequest.Retrieve(io.paystate.model.EventId.of(event));
                } catch (IllegalArgumentException e) {
                    throw Params.invalid(ErrorCode.RESOURCE_MISSING, "id", "No such event: '" + event + "'");
                }
            }
            case CREATE_CUSTOMER, RETRIEVE_CUSTOMER, UPDATE_CUSTOMER, DELETE_CUSTOMER, LIST_CUSTOMERS ->
                    CustomerWire.parse(operation, p);
            case CREATE_PAYMENT_METHOD, RETRIEVE_PAYMENT_METHOD, UPDATE_PAYMENT_METHOD, ATTACH_PAYMENT_METHOD,
                    DETACH_PAYMENT_METHOD, LIST_CUSTOMER_PAYMENT_METHODS -> PaymentMethodWire.parse(operation, p);
            case CREATE_SETUP_INTENT, RETRIEVE_SETUP_INTENT, UPDATE_SETUP_INTENT, CONFIRM_SETUP_INTENT,
                    CANCEL_SETUP_INTENT, LIST_SETUP_INTENTS, VERIFY_SETUP_INTENT_MICRODEPOSITS,
                    COMPLETE_SETUP_INTENT_ACTION -> SetupIntentWire.parse(operation, p);
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
        return new WireRequest(request, expand);
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
        return parseWireOrMalformed(operation, intentId, params).request();
    }

    /**
     * Like {@link #parseWire}, but a parameter error becomes a {@link Request.Malformed} (with no
     * expand paths), so that the engine checks the idempotency key before answering with that error.
     * @param params the parameters
     * @param operation the operation
     * @param intentId the intent in the path, if any @return the typed request
     * @return the request (or its Malformed form) and its expand paths
     */
    public static WireRequest parseWireOrMalformed(Operation operation, @Nullable PaymentIntentId intentId,
            @Nullable ObjectNode params) {
        try {
            return parseWire(operation, intentId, params);
        } catch (io.paystate.engine.PaymentEngineException e) {
            // the fingerprint of what was sent: the same bytes give the same fingerprint, however deep
            String fingerprint = params == null ? "{}" : CanonicalJson.write(params);
            return new WireRequest(new Request.Malformed(operation, intentId, fingerprint, e.details()),
                    java.util.List.of());
        }
    }

    private static PaymentIntentId id(@Nullable PaymentIntentId intentId) {
        return Objects.requireNonNull(intentId, "this operation needs an intent id");
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
    static ListParams.@Nullable CreatedRange created(Params p) {
        ListParams.CreatedRange created = null;
        if (p.has("created") && !p.isEmptyString("created")) {
            Params range = p.isObject("created") ? p.object("created") : null;
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

    private static SearchParams search(Params p, boolean totalCount) {
        String query = p.string("query");
        if (query == null) {
            throw Params.invalid(ErrorCode.PARAMETER_MISSING, "query", "Missing required param: query.");
        }
        return new SearchParams(query, p.smallInteger("limit"), p.optionalString("page"), totalCount);
    }

}
