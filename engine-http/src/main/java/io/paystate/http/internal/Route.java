package io.paystate.http.internal;

import io.paystate.engine.Operation;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Where a method and path lead. */
public sealed interface Route {
    /**
     * An engine operation.
     *
     * @param operation the operation
     * @param intentId the intent in the path, or null
     * @param pathParam the other id in the path (an event or a charge), or null
     * @param pathParamName the wire parameter that id fills ({@code id}, {@code charge}), or null
     */
    record Engine(Operation operation, @Nullable String intentId, @Nullable String pathParam,
            @Nullable String pathParamName) implements Route {}

    /** {@code GET /v1/charges/:id}: the charge's intent is found first. */
    record ChargeById(String chargeId) implements Route {}

    /** {@code GET /v1/charges}: lists one intent's charges, named by {@code payment_intent}. */
    record ChargeList() implements Route {}

    /**
     * A webhook-endpoint operation.
     *
     * @param action create, list, retrieve, update or delete
     * @param id the endpoint in the path, or null
     */
    record Webhooks(String action, @Nullable String id) implements Route {}

    /** {@code POST /v1/test_helpers/advance_clock} and {@code GET /v1/test_helpers/clock}. */
    record Clock(boolean advance) implements Route {}

    /** A known path with a method it does not take. */
    record WrongMethod(Set<String> allowed) implements Route {}

    /** An unknown path. */
    record Unknown() implements Route {}

    /** The routes, by path shape; each shape lists the methods it takes. */
    @SuppressWarnings("StatementSwitchToExpressionSwitch") // nested shapes read better as statements
    static Route of(String method, String path) {
        List<String> s = segments(path);
        if (s.size() < 2 || !s.get(0).equals("v1")) {
            return new Unknown();
        }
        String root = s.get(1);
        int n = s.size();
        switch (root) {
            case "payment_intents":
                if (n == 2) {
                    return pick(method, "GET", engine(Operation.LIST, null), "POST", engine(Operation.CREATE, null));
                }
                if (n == 3 && s.get(2).equals("search")) {
                    return pick(method, "GET", engine(Operation.SEARCH, null));
                }
                if (n == 3) {
                    return pick(method, "GET", engine(Operation.RETRIEVE, s.get(2)), "POST",
                            engine(Operation.UPDATE, s.get(2)));
                }
                if (n == 4) {
                    String id = s.get(2);
                    return switch (s.get(3)) {
                        case "confirm" -> pick(method, "POST", engine(Operation.CONFIRM, id));
                        case "capture" -> pick(method, "POST", engine(Operation.CAPTURE, id));
                        case "cancel" -> pick(method, "POST", engine(Operation.CANCEL, id));
                        case "increment_authorization" -> pick(method, "POST",
                                engine(Operation.INCREMENT_AUTHORIZATION, id));
                        case "verify_microdeposits" -> pick(method, "POST", engine(Operation.VERIFY_MICRODEPOSITS, id));
                        case "apply_customer_balance" -> pick(method, "POST",
                                engine(Operation.APPLY_CUSTOMER_BALANCE, id));
                        case "amount_details_line_items" -> pick(method, "GET", engine(Operation.LIST_LINE_ITEMS, id));
                        default -> new Unknown();
                    };
                }
                return new Unknown();
            case "customers":
                // customers and payment methods, so that saving a card and charging it later works over HTTP
                if (n == 2) {
                    return pick(method, "GET", engine(Operation.LIST_CUSTOMERS, null), "POST",
                            engine(Operation.CREATE_CUSTOMER, null));
                }
                if (n == 3 && s.get(2).equals("search")) {
                    // "search" is no customer id: Stripe's ids start with cus_
                    return pick(method, "GET", engine(Operation.SEARCH_CUSTOMERS, null));
                }
                if (n == 3) {
                    return pick(method, "GET", setup(Operation.RETRIEVE_CUSTOMER, s.get(2)), "POST",
                            setup(Operation.UPDATE_CUSTOMER, s.get(2)), "DELETE", setup(Operation.DELETE_CUSTOMER,
                                    s.get(2)));
                }
                return n == 4 && s.get(3).equals("payment_methods")
                        ? pick(method, "GET", setup(Operation.LIST_CUSTOMER_PAYMENT_METHODS, s.get(2)))
                        : new Unknown();
            case "payment_methods":
                if (n == 2) {
                    return pick(method, "POST", engine(Operation.CREATE_PAYMENT_METHOD, null));
                }
                if (n == 3) {
                    return pick(method, "GET", setup(Operation.RETRIEVE_PAYMENT_METHOD, s.get(2)), "POST",
                            setup(Operation.UPDATE_PAYMENT_METHOD, s.get(2)));
                }
                if (n == 4 && s.get(3).equals("attach")) {
                    return pick(method, "POST", setup(Operation.ATTACH_PAYMENT_METHOD, s.get(2)));
                }
                return n == 4 && s.get(3).equals("detach")
                        ? pick(method, "POST", setup(Operation.DETACH_PAYMENT_METHOD, s.get(2))) : new Unknown();
            case "setup_intents":
                if (n == 2) {
                    return pick(method, "GET", engine(Operation.LIST_SETUP_INTENTS, null), "POST",
                            engine(Operation.CREATE_SETUP_INTENT, null));
                }
                if (n == 3) {
                    return pick(method, "GET", setup(Operation.RETRIEVE_SETUP_INTENT, s.get(2)), "POST",
                            setup(Operation.UPDATE_SETUP_INTENT, s.get(2)));
                }
                if (n == 4) {
                    String id = s.get(2);
                    return switch (s.get(3)) {
                        case "confirm" -> pick(method, "POST", setup(Operation.CONFIRM_SETUP_INTENT, id));
                        case "cancel" -> pick(method, "POST", setup(Operation.CANCEL_SETUP_INTENT, id));
                        case "verify_microdeposits" -> pick(method, "POST",
                                setup(Operation.VERIFY_SETUP_INTENT_MICRODEPOSITS, id));
                        default -> new Unknown();
                    };
                }
                return new Unknown();
            case "charges":
                if (n == 2) {
                    return pick(method, "GET", new ChargeList());
                }
                return n == 3 ? pick(method, "GET", new ChargeById(s.get(2))) : new Unknown();
            case "events":
                if (n == 2) {
                    return pick(method, "GET", engine(Operation.LIST_EVENTS, null));
                }
                return n == 3 ? pick(method, "GET", new Engine(Operation.RETRIEVE_EVENT, null, s.get(2), "id"))
                        : new Unknown();
            case "webhook_endpoints":
                if (n == 2) {
                    return pick(method, "GET", new Webhooks("list", null), "POST", new Webhooks("create", null));
                }
                return n == 3 ? pick(method, "GET", new Webhooks("retrieve", s.get(2)), "POST",
                        new Webhooks("update", s.get(2)), "DELETE", new Webhooks("delete", s.get(2))) : new Unknown();
            case "test_helpers":
                if (n == 3 && s.get(2).equals("advance_clock")) {
                    return pick(method, "POST", new Clock(true));
                }
                if (n == 3 && s.get(2).equals("clock")) {
                    return pick(method, "GET", new Clock(false));
                }
                if (n == 5 && s.get(2).equals("payment_intents") && s.get(4).equals("complete_action")) {
                    return pick(method, "POST", engine(Operation.COMPLETE_ACTION, s.get(3)));
                }
                if (n == 5 && s.get(2).equals("setup_intents") && s.get(4).equals("complete_action")) {
                    return pick(method, "POST", setup(Operation.COMPLETE_SETUP_INTENT_ACTION, s.get(3)));
                }
                return new Unknown();
            default:
                return new Unknown();
        }
    }

    /** An operation on an object other than an intent: its id in the path travels as the wire parameter {@code id}. */
    private static Route setup(Operation operation, String setupIntentId) {
        return new Engine(operation, null, setupIntentId, "id");
    }

    private static Route engine(Operation operation, @Nullable String intentId) {
        return new Engine(operation, intentId, null, null);
    }

    /** Picks the route for the method among pairs (method, route); HEAD is not served. */
    private static Route pick(String method, Object... pairs) {
        Set<String> allowed = new java.util.LinkedHashSet<>();
        for (int i = 0; i < pairs.length; i += 2) {
            allowed.add((String) pairs[i]);
            if (pairs[i].equals(method)) {
                return (Route) pairs[i + 1];
            }
        }
        return new WrongMethod(allowed);
    }

    private static List<String> segments(String path) {
        List<String> s = new java.util.ArrayList<>();
        for (String part : path.split("/", -1)) {
            if (!part.isEmpty()) {
                s.add(part);
            }
        }
        // a trailing or doubled slash is not Stripe's: such a path is unknown
        return path.contains("//") || (path.length() > 1 && path.endsWith("/")) ? List.of() : s;
    }
}
