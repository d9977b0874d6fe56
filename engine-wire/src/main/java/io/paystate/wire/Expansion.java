package io.paystate.wire;

import io.paystate.engine.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Stripe's {@code expand[]}: which paths each response type accepts, checked when the request is
 * parsed so that a bad path is a 400 before anything runs. Paths are dotted ({@code
 * latest_charge.payment_intent}), start with {@code data.} on lists and search results, and have at
 * most four levels.
 *
 * <p>Each expandable field leads to an object type. Types PayState can render ({@code charge},
 * {@code payment_intent}, {@code payment_method}) are replaced by the object; the others name
 * objects PayState does not keep (customers, accounts, balance transactions, ...): expanding them
 * is accepted and leaves the id, and the path is not checked beyond them. A field that is null
 * stays null.
 */
final class Expansion {
    static final int MAX_DEPTH = 4;
    /** The search_result field Stripe includes only when expanded. */
    static final String TOTAL_COUNT = "total_count";

    /** A type PayState does not keep: expansion leaves the id. */
    static final String ELSEWHERE = "*";

    /**
     * The expandable fields of each type, and the type each leads to. A type starting with
     * {@code .} is a nested object (not itself expandable, only walked through); {@code +} marks a
     * field included on request that can also be walked through.
     */
    static final Map<String, Map<String, String>> GRAPH = Map.of(
            "setup_intent", Map.of("customer", "customer", "payment_method", "payment_method",
                    "latest_attempt", ELSEWHERE, "application", ELSEWHERE, "on_behalf_of", ELSEWHERE,
                    "mandate", ELSEWHERE, "single_use_mandate", ELSEWHERE),
            "payment_intent", Map.of("latest_charge", "charge", "payment_method", "payment_method",
                    "customer", "customer", "application", ELSEWHERE, "on_behalf_of", ELSEWHERE, "review", ELSEWHERE,
                    "transfer_data", ".transfer_data"),
            "charge", Map.ofEntries(Map.entry("payment_intent", "payment_intent"), Map.entry("customer", "customer"),
                    Map.entry("application", ELSEWHERE), Map.entry("application_fee", ELSEWHERE),
                    Map.entry("balance_transaction", ELSEWHERE), Map.entry("failure_balance_transaction", ELSEWHERE),
                    Map.entry("on_behalf_of", ELSEWHERE), Map.entry("review", ELSEWHERE),
                    Map.entry("source_transfer", ELSEWHERE), Map.entry("transfer", ELSEWHERE),
                    Map.entry("transfer_data", ".transfer_data"), Map.entry("refunds", "+refund_list")),
            ".transfer_data", Map.of("destination", ELSEWHERE),
            "+refund_list", Map.of("data", ".refund"),
            ".refund", Map.of("balance_transaction", ELSEWHERE, "charge", "charge", "payment_intent", "payment_intent"),
            "payment_method", Map.of("customer", "customer"),
            "event", Map.of(),
            "customer", Map.of("default_source", ELSEWHERE, "test_clock", ELSEWHERE),
            "line_item", Map.of());

    private Expansion() {}

    /** The type of one element of the operation's response, and whether the response is a list. */
    record Target(String type, boolean list) {}

    static Target target(Operation operation) {
        return switch (operation) {
            case LIST, SEARCH -> new Target("payment_intent", true);
            case LIST_CHARGES -> new Target("charge", true);
            case RETRIEVE_CHARGE -> new Target("charge", false);
            case LIST_EVENTS -> new Target("event", true);
            case RETRIEVE_EVENT -> new Target("event", false);
            case LIST_LINE_ITEMS -> new Target("line_item", true);
            case CREATE_CUSTOMER, RETRIEVE_CUSTOMER, UPDATE_CUSTOMER, DELETE_CUSTOMER -> new Target("customer", false);
            case LIST_CUSTOMERS, SEARCH_CUSTOMERS -> new Target("customer", true);
            case CREATE_PAYMENT_METHOD, RETRIEVE_PAYMENT_METHOD, UPDATE_PAYMENT_METHOD, ATTACH_PAYMENT_METHOD,
                    DETACH_PAYMENT_METHOD ->
                    new Target("payment_method", false);
            case LIST_CUSTOMER_PAYMENT_METHODS -> new Target("payment_method", true);
            case CREATE_SETUP_INTENT, RETRIEVE_SETUP_INTENT, UPDATE_SETUP_INTENT, CONFIRM_SETUP_INTENT,
                    CANCEL_SETUP_INTENT, VERIFY_SETUP_INTENT_MICRODEPOSITS, COMPLETE_SETUP_INTENT_ACTION ->
                    new Target("setup_intent", false);
            case LIST_SETUP_INTENTS -> new Target("setup_intent", true);
            default -> new Target("payment_intent", false);
        };
    }

    /**
     * Checks the expand paths of a request, as Stripe does: each at most four levels, each naming
     * expandable fields all the way.
     *
     * @throws io.paystate.engine.PaymentEngineException a 400 naming {@code expand[i]}
     */
    static List<String> check(@Nullable List<String> paths, Operation operation) {
        if (paths == null) {
            return List.of();
        }
        Target target = target(operation);
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            String param = "expand[" + i + "]";
            if (path.isEmpty()) {
                continue;
            }
            String[] segments = path.split("\\.", -1);
            if (segments.length > MAX_DEPTH) {
                throw Params.invalid(null, param, "You cannot expand more than " + MAX_DEPTH
                        + " levels of a property. Property: " + path);
            }
            if ((operation == Operation.SEARCH || operation == Operation.SEARCH_CUSTOMERS) && path.equals(TOTAL_COUNT)) {
                // a field of the search_result envelope included on request, not a path into data
                checked.add(path);
                continue;
            }
            int start = 0;
            if (target.list()) {
                if (!segments[0].equals("data")) {
                    String hint = java.util.Objects.requireNonNull(GRAPH.get(target.type())).containsKey(segments[0])
                            ? " You may want to try expanding 'data." + path + "' instead." : "";
                    throw cannotExpand(param, segments[0], hint);
                }
                if (segments.length == 1) {
                    throw cannotExpand(param, "data", "");
                }
                start = 1;
            }
            walk(segments, start, target.type(), param);
            checked.add(path);
        }
        return List.copyOf(checked);
    }

    private static void walk(String[] segments, int start, String type, String param) {
        String current = type;
        for (int s = start; s < segments.length; s++) {
            Map<String, String> fields = GRAPH.get(current);
            String next = fields == null ? null : fields.get(segments[s]);
            boolean last = s == segments.length - 1;
            if (next == null || (last && next.startsWith("."))) {
                throw cannotExpand(param, segments[s], "");
            }
            if (next.equals(ELSEWHERE)) {
                // an object PayState does not keep: nothing to check beyond it, the id stays
                return;
            }
            current = next;
        }
    }

    private static io.paystate.engine.PaymentEngineException cannotExpand(String param, String property,
            String hint) {
        return Params.invalid(null, param, "This property cannot be expanded (" + property + ")." + hint);
    }
}
