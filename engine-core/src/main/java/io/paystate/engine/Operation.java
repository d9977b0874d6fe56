package io.paystate.engine;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The operations of the engine's API, with Stripe's name for each and the traits the engine and the
 * wire layer need: whether it changes state (a {@code POST}, the only requests that take
 * idempotency keys) and whether it acts on one intent named in the path.
 *
 * <p>Thread safety: immutable.
 */
public enum Operation {
    /** Creates an intent, and confirms it with {@code confirm=true}. */
    CREATE("create", true, false),
    /** Retrieves an intent (also client-side, with its client secret). */
    RETRIEVE("retrieve", false, true),
    /** Updates an intent's fields. */
    UPDATE("update", true, true),
    /** Confirms an intent (also client-side, with its client secret). */
    CONFIRM("confirm", true, true),
    /** Captures a held authorization, fully or partly. */
    CAPTURE("capture", true, true),
    /** Cancels an intent, releasing a held authorization. */
    CANCEL("cancel", true, true),
    /** Applies the customer's answer to a 3-D Secure challenge. */
    COMPLETE_ACTION("complete_action", true, true),
    /** Raises a held authorization. */
    INCREMENT_AUTHORIZATION("increment_authorization", true, true),
    /** Verifies the microdeposits of a US bank account. */
    VERIFY_MICRODEPOSITS("verify_microdeposits", true, true),
    /** Applies a customer's cash balance. */
    APPLY_CUSTOMER_BALANCE("apply_customer_balance", true, true),
    /** Lists an account's intents. */
    LIST("list", false, false),
    /** Searches an account's intents. */
    SEARCH("search", false, false),
    /** Lists an intent's line items. */
    LIST_LINE_ITEMS("list_line_items", false, true),
    /** Lists an intent's charges. */
    LIST_CHARGES("list_charges", false, true),
    /** Retrieves one charge of an intent. */
    RETRIEVE_CHARGE("retrieve_charge", false, true),
    /** Lists an account's events. */
    LIST_EVENTS("list_events", false, false),
    /** Retrieves one event. */
    RETRIEVE_EVENT("retrieve_event", false, false),
    /** Creates a customer. */
    CREATE_CUSTOMER("create_customer", true, false),
    /** Retrieves a customer. */
    RETRIEVE_CUSTOMER("retrieve_customer", false, false),
    /** Updates a customer's details. */
    UPDATE_CUSTOMER("update_customer", true, false),
    /** Deletes a customer. */
    DELETE_CUSTOMER("delete_customer", true, false),
    /** Lists an account's customers. */
    LIST_CUSTOMERS("list_customers", false, false),
    /** Searches an account's customers. */
    SEARCH_CUSTOMERS("search_customers", false, false),
    /** Creates a stored payment method. */
    CREATE_PAYMENT_METHOD("create_payment_method", true, false),
    /** Retrieves a stored payment method. */
    RETRIEVE_PAYMENT_METHOD("retrieve_payment_method", false, false),
    /** Updates a stored payment method: metadata, billing details, card expiry, redisplay. */
    UPDATE_PAYMENT_METHOD("update_payment_method", true, false),
    /** Attaches a payment method to a customer. */
    ATTACH_PAYMENT_METHOD("attach_payment_method", true, false),
    /** Detaches a payment method from its customer, for good. */
    DETACH_PAYMENT_METHOD("detach_payment_method", true, false),
    /** Lists a customer's payment methods. */
    LIST_CUSTOMER_PAYMENT_METHODS("list_customer_payment_methods", false, false),
    /** Creates a SetupIntent, and confirms it with {@code confirm=true}. */
    CREATE_SETUP_INTENT("create_setup_intent", true, false),
    /** Retrieves a SetupIntent. */
    RETRIEVE_SETUP_INTENT("retrieve_setup_intent", false, false),
    /** Updates a SetupIntent. */
    UPDATE_SETUP_INTENT("update_setup_intent", true, false),
    /** Confirms a SetupIntent: one setup attempt. */
    CONFIRM_SETUP_INTENT("confirm_setup_intent", true, false),
    /** Cancels a SetupIntent. */
    CANCEL_SETUP_INTENT("cancel_setup_intent", true, false),
    /** Lists an account's SetupIntents. */
    LIST_SETUP_INTENTS("list_setup_intents", false, false),
    /** Verifies the microdeposits of a SetupIntent's US bank account. */
    VERIFY_SETUP_INTENT_MICRODEPOSITS("verify_setup_intent_microdeposits", true, false),
    /** Applies the customer's answer to a SetupIntent's 3-D Secure challenge. */
    COMPLETE_SETUP_INTENT_ACTION("complete_setup_intent_action", true, false);

    private static final Map<String, Operation> BY_WIRE_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Operation::wireName, Function.identity()));

    private final String wireName;
    private final boolean mutating;
    private final boolean onIntent;

    Operation(String wireName, boolean mutating, boolean onIntent) {
        this.wireName = wireName;
        this.mutating = mutating;
        this.onIntent = onIntent;
    }

    /**
     * Returns Stripe's name of the operation, e.g. {@code increment_authorization}.
     *
     * @return the wire name, such as {@code confirm}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Returns whether the operation changes state: only those take idempotency keys.
     *
     * @return whether the operation changes state: only those take idempotency keys
     */
    public boolean mutating() {
        return mutating;
    }

    /**
     * Returns whether the operation acts on one intent, named in the request's path.
     *
     * @return whether the operation acts on one intent, named in the request's path
     */
    public boolean onIntent() {
        return onIntent;
    }

    /**
     * Returns the operation with this wire name, or empty when there is none.
     *
     * @param wireName the wire name
     * @return the operation with this wire name, or empty when there is none
     */
    public static Optional<Operation> ofWireName(String wireName) {
        return Optional.ofNullable(BY_WIRE_NAME.get(wireName));
    }
}
