package io.paystate.engine.internal;

import static io.paystate.model.SetupIntentEventType.SETUP_INTENT_CANCELED;
import static io.paystate.model.SetupIntentEventType.SETUP_INTENT_REQUIRES_ACTION;
import static io.paystate.model.SetupIntentEventType.SETUP_INTENT_SETUP_FAILED;
import static io.paystate.model.SetupIntentEventType.SETUP_INTENT_SUCCEEDED;
import static io.paystate.model.SetupIntentStatus.CANCELED;
import static io.paystate.model.SetupIntentStatus.PROCESSING;
import static io.paystate.model.SetupIntentStatus.REQUIRES_ACTION;
import static io.paystate.model.SetupIntentStatus.REQUIRES_CONFIRMATION;
import static io.paystate.model.SetupIntentStatus.REQUIRES_PAYMENT_METHOD;
import static io.paystate.model.SetupIntentStatus.SUCCEEDED;

import io.paystate.model.SetupIntentEventType;
import io.paystate.model.SetupIntentStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lifecycle of a SetupIntent as data, in the style of {@link TransitionTable}: every legal
 * (status, trigger, outcome), where it leads and the events it emits. The squirrel machine is
 * generated from it, wrong-state errors are answered from it, docs/setup-intents.md is rendered
 * from it, and the matrix test compares the engine against it.
 *
 * <p>Stripe's rules it encodes: confirm, a payment-method update and cancel only before the
 * SetupIntent is processing or succeeded (cancel: "when it's in one of these statuses:
 * requires_payment_method, requires_confirmation, or requires_action"); a failed attempt returns to
 * {@code requires_payment_method} with {@code setup_intent.setup_failed}; Stripe has no
 * {@code setup_intent.processing} event, so entering {@code processing} emits none; a canceled
 * SetupIntent accepts nothing ("any operations on the SetupIntent fail with an error").
 */
public final class SetupTransitionTable {
    /** The statuses from which confirm, a payment-method update and cancel are allowed. */
    public static final Set<SetupIntentStatus> OPEN =
            Collections.unmodifiableSet(EnumSet.of(REQUIRES_PAYMENT_METHOD, REQUIRES_CONFIRMATION, REQUIRES_ACTION));

    private static final SetupTransitionTable INSTANCE = new SetupTransitionTable();

    private final List<SetupTransition> transitions;
    private final Map<SetupIntentStatus, Map<SetupTrigger, Map<Outcome, SetupTransition>>> index =
            new EnumMap<>(SetupIntentStatus.class);

    private SetupTransitionTable() {
        List<SetupTransition> all = new ArrayList<>();
        for (SetupIntentStatus from : OPEN) {
            // one setup attempt and its results
            all.add(edge(from, SetupTrigger.CONFIRM, Outcome.SUCCEEDED, SUCCEEDED, SETUP_INTENT_SUCCEEDED));
            all.add(edge(from, SetupTrigger.CONFIRM, Outcome.ACTION_REQUIRED, REQUIRES_ACTION,
                    SETUP_INTENT_REQUIRES_ACTION));
            all.add(edge(from, SetupTrigger.CONFIRM, Outcome.DECLINED, REQUIRES_PAYMENT_METHOD,
                    SETUP_INTENT_SETUP_FAILED));
            all.add(edge(from, SetupTrigger.CONFIRM, Outcome.PROCESSING, PROCESSING));
            // payment-method updates: a new method waits for confirmation, a cleared one for a method
            all.add(edge(from, SetupTrigger.UPDATE_PAYMENT, Outcome.KEPT, from));
            all.add(edge(from, SetupTrigger.UPDATE_PAYMENT, Outcome.ATTACHED, REQUIRES_CONFIRMATION));
            all.add(edge(from, SetupTrigger.UPDATE_PAYMENT, Outcome.DETACHED, REQUIRES_PAYMENT_METHOD));
            all.add(edge(from, SetupTrigger.CANCEL, Outcome.DONE, CANCELED, SETUP_INTENT_CANCELED));
        }
        // the customer's answer to 3-D Secure
        all.add(edge(REQUIRES_ACTION, SetupTrigger.COMPLETE_ACTION, Outcome.SUCCEEDED, SUCCEEDED,
                SETUP_INTENT_SUCCEEDED));
        all.add(edge(REQUIRES_ACTION, SetupTrigger.COMPLETE_ACTION, Outcome.DECLINED, REQUIRES_PAYMENT_METHOD,
                SETUP_INTENT_SETUP_FAILED));
        all.add(edge(REQUIRES_ACTION, SetupTrigger.COMPLETE_ACTION, Outcome.PROCESSING, PROCESSING));
        all.add(edge(REQUIRES_ACTION, SetupTrigger.COMPLETE_ACTION, Outcome.AUTHENTICATION_FAILED,
                REQUIRES_PAYMENT_METHOD, SETUP_INTENT_SETUP_FAILED));
        // microdeposits of a US bank account: a match sets it up, a mismatch only counts, too many fail
        all.add(edge(REQUIRES_ACTION, SetupTrigger.VERIFY_MICRODEPOSITS, Outcome.SUCCEEDED, SUCCEEDED,
                SETUP_INTENT_SUCCEEDED));
        all.add(edge(REQUIRES_ACTION, SetupTrigger.VERIFY_MICRODEPOSITS, Outcome.REFUSED, REQUIRES_ACTION));
        all.add(edge(REQUIRES_ACTION, SetupTrigger.VERIFY_MICRODEPOSITS, Outcome.DECLINED, REQUIRES_PAYMENT_METHOD,
                SETUP_INTENT_SETUP_FAILED));
        // an asynchronous mandate settles on the clock
        all.add(edge(PROCESSING, SetupTrigger.SETTLE, Outcome.SUCCEEDED, SUCCEEDED, SETUP_INTENT_SUCCEEDED));
        all.add(edge(PROCESSING, SetupTrigger.SETTLE, Outcome.DECLINED, REQUIRES_PAYMENT_METHOD,
                SETUP_INTENT_SETUP_FAILED));
        // metadata and description change in every status but canceled
        for (SetupIntentStatus status : SetupIntentStatus.values()) {
            if (status != CANCELED) {
                all.add(edge(status, SetupTrigger.UPDATE_DETAILS, Outcome.KEPT, status));
            }
        }
        this.transitions = List.copyOf(all);
        for (SetupTransition t : transitions) {
            SetupTransition previous = index.computeIfAbsent(t.from(), s -> new EnumMap<>(SetupTrigger.class))
                    .computeIfAbsent(t.trigger(), g -> new EnumMap<>(Outcome.class))
                    .put(t.outcome(), t);
            if (previous != null) {
                throw new IllegalStateException("duplicate transition " + t);
            }
        }
    }

    private static SetupTransition edge(SetupIntentStatus from, SetupTrigger trigger, Outcome outcome,
            SetupIntentStatus to, SetupIntentEventType... events) {
        return new SetupTransition(from, trigger, outcome, to, List.of(events));
    }

    /** Returns the table. */
    public static SetupTransitionTable instance() {
        return INSTANCE;
    }

    /** Returns every transition, in declaration order. */
    public List<SetupTransition> transitions() {
        return transitions;
    }

    /** Returns whether the trigger is accepted in this status, with some outcome. */
    public boolean allows(SetupIntentStatus from, SetupTrigger trigger) {
        Map<SetupTrigger, Map<Outcome, SetupTransition>> byTrigger = index.get(from);
        return byTrigger != null && byTrigger.containsKey(trigger);
    }

    /** Returns the transition for this status, trigger and outcome, if legal. */
    public Optional<SetupTransition> find(SetupIntentStatus from, SetupTrigger trigger, Outcome outcome) {
        Map<SetupTrigger, Map<Outcome, SetupTransition>> byTrigger = index.get(from);
        if (byTrigger == null) {
            return Optional.empty();
        }
        Map<Outcome, SetupTransition> byOutcome = byTrigger.get(trigger);
        return byOutcome == null ? Optional.empty() : Optional.ofNullable(byOutcome.get(outcome));
    }

    /** Returns the statuses in which the trigger is accepted, in declaration order of the statuses. */
    public List<SetupIntentStatus> statusesAllowing(SetupTrigger trigger) {
        List<SetupIntentStatus> result = new ArrayList<>();
        for (SetupIntentStatus s : SetupIntentStatus.values()) {
            if (allows(s, trigger)) {
                result.add(s);
            }
        }
        return result;
    }
}
