package io.paystate.engine.internal;

import static io.paystate.model.EventType.CHARGE_CAPTURED;
import static io.paystate.model.EventType.CHARGE_EXPIRED;
import static io.paystate.model.EventType.CHARGE_FAILED;
import static io.paystate.model.EventType.CHARGE_PENDING;
import static io.paystate.model.EventType.CHARGE_REFUNDED;
import static io.paystate.model.EventType.CHARGE_SUCCEEDED;
import static io.paystate.model.EventType.PAYMENT_INTENT_AMOUNT_CAPTURABLE_UPDATED;
import static io.paystate.model.EventType.PAYMENT_INTENT_CANCELED;
import static io.paystate.model.EventType.PAYMENT_INTENT_PAYMENT_FAILED;
import static io.paystate.model.EventType.PAYMENT_INTENT_PROCESSING;
import static io.paystate.model.EventType.PAYMENT_INTENT_REQUIRES_ACTION;
import static io.paystate.model.EventType.PAYMENT_INTENT_SUCCEEDED;
import static io.paystate.model.PaymentIntentStatus.CANCELED;
import static io.paystate.model.PaymentIntentStatus.PROCESSING;
import static io.paystate.model.PaymentIntentStatus.REQUIRES_ACTION;
import static io.paystate.model.PaymentIntentStatus.REQUIRES_CAPTURE;
import static io.paystate.model.PaymentIntentStatus.REQUIRES_CONFIRMATION;
import static io.paystate.model.PaymentIntentStatus.REQUIRES_PAYMENT_METHOD;
import static io.paystate.model.PaymentIntentStatus.SUCCEEDED;

import io.paystate.model.EventType;
import io.paystate.model.PaymentIntentStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lifecycle of a PaymentIntent as data: every legal (status, trigger, outcome) and where it
 * leads, with the events it emits (spec A 2-10, B 2.3 and 3.2). This table is the single source of
 * truth: the squirrel state machine is generated from it, wrong-state errors are answered from it,
 * the lifecycle diagram in docs/ is rendered from it, and the tests compare the engine against it.
 *
 * <p>Decisions where Stripe is silent (documented in docs/lifecycle.md): cancel from
 * {@code requires_capture} emits {@code charge.refunded} before {@code payment_intent.canceled}; a
 * partial capture records the released remainder on the charge without a {@code charge.refunded}
 * event; expiry under the legacy policy emits only {@code charge.expired}.
 */
public final class TransitionTable {
    /** The statuses from which confirm, and a payment-field update, are allowed (spec A 3, 6). */
    public static final Set<PaymentIntentStatus> OPEN =
            Collections.unmodifiableSet(EnumSet.of(REQUIRES_PAYMENT_METHOD, REQUIRES_CONFIRMATION, REQUIRES_ACTION));

    private static final TransitionTable INSTANCE = new TransitionTable();

    private final List<Transition> transitions;
    private final Map<PaymentIntentStatus, Map<Trigger, Map<Outcome, Transition>>> index =
            new EnumMap<>(PaymentIntentStatus.class);

    private TransitionTable() {
        List<Transition> all = new ArrayList<>();
        for (PaymentIntentStatus from : OPEN) {
            // a confirmation attempt and its possible results (spec A 3, 7, 8, 9)
            all.add(new Transition(from, Trigger.CONFIRM, Outcome.SUCCEEDED, SUCCEEDED,
                    List.of(CHARGE_SUCCEEDED, PAYMENT_INTENT_SUCCEEDED)));
            all.add(new Transition(from, Trigger.CONFIRM, Outcome.HELD, REQUIRES_CAPTURE,
                    List.of(CHARGE_SUCCEEDED, PAYMENT_INTENT_AMOUNT_CAPTURABLE_UPDATED)));
            all.add(new Transition(from, Trigger.CONFIRM, Outcome.ACTION_REQUIRED, REQUIRES_ACTION,
                    List.of(PAYMENT_INTENT_REQUIRES_ACTION)));
            all.add(new Transition(from, Trigger.CONFIRM, Outcome.DECLINED, REQUIRES_PAYMENT_METHOD,
                    List.of(CHARGE_FAILED, PAYMENT_INTENT_PAYMENT_FAILED)));
            // a challenge the request refused (error_on_requires_action): no authorization, no charge
            all.add(new Transition(from, Trigger.CONFIRM, Outcome.AUTHENTICATION_FAILED, REQUIRES_PAYMENT_METHOD,
                    List.of(PAYMENT_INTENT_PAYMENT_FAILED)));
            all.add(new Transition(from, Trigger.CONFIRM, Outcome.PROCESSING, PROCESSING,
                    List.of(CHARGE_PENDING, PAYMENT_INTENT_PROCESSING)));
            // payment-field updates (spec A 6)
            all.add(new Transition(from, Trigger.UPDATE_PAYMENT, Outcome.KEPT, from, List.of()));
            all.add(new Transition(from, Trigger.UPDATE_PAYMENT, Outcome.ATTACHED, REQUIRES_CONFIRMATION, List.of()));
            all.add(new Transition(from, Trigger.UPDATE_PAYMENT, Outcome.DETACHED, REQUIRES_PAYMENT_METHOD, List.of()));
            // cancel (spec A 5)
            all.add(new Transition(from, Trigger.CANCEL, Outcome.DONE, CANCELED, List.of(PAYMENT_INTENT_CANCELED)));
        }
        // the customer's answer to 3-D Secure (spec A 8)
        all.add(new Transition(REQUIRES_ACTION, Trigger.COMPLETE_ACTION, Outcome.SUCCEEDED, SUCCEEDED,
                List.of(CHARGE_SUCCEEDED, PAYMENT_INTENT_SUCCEEDED)));
        all.add(new Transition(REQUIRES_ACTION, Trigger.COMPLETE_ACTION, Outcome.HELD, REQUIRES_CAPTURE,
                List.of(CHARGE_SUCCEEDED, PAYMENT_INTENT_AMOUNT_CAPTURABLE_UPDATED)));
        all.add(new Transition(REQUIRES_ACTION, Trigger.COMPLETE_ACTION, Outcome.DECLINED, REQUIRES_PAYMENT_METHOD,
                List.of(CHARGE_FAILED, PAYMENT_INTENT_PAYMENT_FAILED)));
        all.add(new Transition(REQUIRES_ACTION, Trigger.COMPLETE_ACTION, Outcome.PROCESSING, PROCESSING,
                List.of(CHARGE_PENDING, PAYMENT_INTENT_PROCESSING)));
        all.add(new Transition(REQUIRES_ACTION, Trigger.COMPLETE_ACTION, Outcome.CONFIRMATION_REQUIRED,
                REQUIRES_CONFIRMATION, List.of()));
        all.add(new Transition(REQUIRES_ACTION, Trigger.COMPLETE_ACTION, Outcome.AUTHENTICATION_FAILED,
                REQUIRES_PAYMENT_METHOD, List.of(PAYMENT_INTENT_PAYMENT_FAILED)));
        // microdeposit verification of a US bank account (B 2.3): a match starts the debit; a mismatch
        // only counts; too many mismatches or a timeout fail the attempt
        all.add(new Transition(REQUIRES_ACTION, Trigger.VERIFY_MICRODEPOSITS, Outcome.PROCESSING, PROCESSING,
                List.of(CHARGE_PENDING, PAYMENT_INTENT_PROCESSING)));
        all.add(new Transition(REQUIRES_ACTION, Trigger.VERIFY_MICRODEPOSITS, Outcome.SUCCEEDED, SUCCEEDED,
                List.of(CHARGE_SUCCEEDED, PAYMENT_INTENT_SUCCEEDED)));
        all.add(new Transition(REQUIRES_ACTION, Trigger.VERIFY_MICRODEPOSITS, Outcome.HELD, REQUIRES_CAPTURE,
                List.of(CHARGE_SUCCEEDED, PAYMENT_INTENT_AMOUNT_CAPTURABLE_UPDATED)));
        all.add(new Transition(REQUIRES_ACTION, Trigger.VERIFY_MICRODEPOSITS, Outcome.REFUSED, REQUIRES_ACTION,
                List.of()));
        all.add(new Transition(REQUIRES_ACTION, Trigger.VERIFY_MICRODEPOSITS, Outcome.DECLINED,
                REQUIRES_PAYMENT_METHOD, List.of(PAYMENT_INTENT_PAYMENT_FAILED)));
        // customer-balance funding (B 2.3): each application reduces what remains
        all.add(new Transition(REQUIRES_ACTION, Trigger.APPLY_CUSTOMER_BALANCE, Outcome.PARTIALLY_FUNDED,
                REQUIRES_ACTION, List.of(EventType.PAYMENT_INTENT_PARTIALLY_FUNDED)));
        all.add(new Transition(REQUIRES_ACTION, Trigger.APPLY_CUSTOMER_BALANCE, Outcome.SUCCEEDED, SUCCEEDED,
                List.of(CHARGE_SUCCEEDED, PAYMENT_INTENT_SUCCEEDED)));
        // capture (spec A 4): partial or full, the remainder is released
        all.add(new Transition(REQUIRES_CAPTURE, Trigger.CAPTURE, Outcome.SUCCEEDED, SUCCEEDED,
                List.of(CHARGE_CAPTURED, PAYMENT_INTENT_SUCCEEDED)));
        all.add(new Transition(REQUIRES_CAPTURE, Trigger.CANCEL, Outcome.RELEASED, CANCELED,
                List.of(CHARGE_REFUNDED, PAYMENT_INTENT_CANCELED)));
        // incremental authorization (spec A 10): a refusal changes nothing but the attempt count
        all.add(new Transition(REQUIRES_CAPTURE, Trigger.INCREMENT_AUTHORIZATION, Outcome.APPROVED,
                REQUIRES_CAPTURE, List.of(PAYMENT_INTENT_AMOUNT_CAPTURABLE_UPDATED)));
        all.add(new Transition(REQUIRES_CAPTURE, Trigger.INCREMENT_AUTHORIZATION, Outcome.REFUSED,
                REQUIRES_CAPTURE, List.of()));
        // expiry of the authorization (spec A 2)
        all.add(new Transition(REQUIRES_CAPTURE, Trigger.EXPIRE, Outcome.DONE, CANCELED,
                List.of(CHARGE_EXPIRED, PAYMENT_INTENT_CANCELED)));
        all.add(new Transition(REQUIRES_CAPTURE, Trigger.EXPIRE, Outcome.REVERTED, REQUIRES_PAYMENT_METHOD,
                List.of(CHARGE_EXPIRED)));
        // settlement of an asynchronous payment (spec A 9)
        all.add(new Transition(PROCESSING, Trigger.SETTLE, Outcome.SUCCEEDED, SUCCEEDED,
                List.of(CHARGE_SUCCEEDED, PAYMENT_INTENT_SUCCEEDED)));
        all.add(new Transition(PROCESSING, Trigger.SETTLE, Outcome.HELD, REQUIRES_CAPTURE,
                List.of(CHARGE_SUCCEEDED, PAYMENT_INTENT_AMOUNT_CAPTURABLE_UPDATED)));
        all.add(new Transition(PROCESSING, Trigger.SETTLE, Outcome.DECLINED, REQUIRES_PAYMENT_METHOD,
                List.of(CHARGE_FAILED, PAYMENT_INTENT_PAYMENT_FAILED)));
        // descriptive fields may change in every status (canceled: only metadata and description,
        // a field-level rule the engine checks before firing)
        for (PaymentIntentStatus status : PaymentIntentStatus.values()) {
            all.add(new Transition(status, Trigger.UPDATE_DETAILS, Outcome.KEPT, status, List.of()));
        }
        this.transitions = List.copyOf(all);
        for (Transition t : transitions) {
            Transition previous = index.computeIfAbsent(t.from(), s -> new EnumMap<>(Trigger.class))
                    .computeIfAbsent(t.trigger(), g -> new EnumMap<>(Outcome.class))
                    .put(t.outcome(), t);
            if (previous != null) {
                throw new IllegalStateException("duplicate transition " + t);
            }
        }
    }

    /** Returns the table. */
    public static TransitionTable instance() {
        return INSTANCE;
    }

    /** Returns every transition, in declaration order. */
    public List<Transition> transitions() {
        return transitions;
    }

    /** Returns whether the trigger is accepted in this status, with some outcome. */
    public boolean allows(PaymentIntentStatus from, Trigger trigger) {
        Map<Trigger, Map<Outcome, Transition>> byTrigger = index.get(from);
        return byTrigger != null && byTrigger.containsKey(trigger);
    }

    /** Returns the transition for this status, trigger and outcome, if legal. */
    public Optional<Transition> find(PaymentIntentStatus from, Trigger trigger, Outcome outcome) {
        Map<Trigger, Map<Outcome, Transition>> byTrigger = index.get(from);
        if (byTrigger == null) {
            return Optional.empty();
        }
        Map<Outcome, Transition> byOutcome = byTrigger.get(trigger);
        return byOutcome == null ? Optional.empty() : Optional.ofNullable(byOutcome.get(outcome));
    }

    /** Returns the statuses in which the trigger is accepted, in the engine's listing order. */
    public List<PaymentIntentStatus> statusesAllowing(Trigger trigger) {
        List<PaymentIntentStatus> result = new ArrayList<>();
        for (PaymentIntentStatus s : PaymentIntentStatus.values()) {
            if (allows(s, trigger)) {
                result.add(s);
            }
        }
        return result;
    }

    /** Returns the events a transition emits. */
    public List<EventType> events(PaymentIntentStatus from, Trigger trigger, Outcome outcome) {
        return find(from, trigger, outcome).map(Transition::events).orElseThrow();
    }
}
