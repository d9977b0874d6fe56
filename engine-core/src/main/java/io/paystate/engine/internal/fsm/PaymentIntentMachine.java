package io.paystate.engine.internal.fsm;

import io.paystate.engine.internal.Trigger;
import io.paystate.model.PaymentIntentStatus;
import org.jspecify.annotations.Nullable;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/**
 * A squirrel machine over our own status, trigger and context types. Public with a public
 * constructor: squirrel instantiates it reflectively, and a non-public class fails rarely under
 * concurrency with {@code IllegalAccessException}. Holds no actions: squirrel only decides the edge.
 */
public class PaymentIntentMachine
        extends AbstractStateMachine<PaymentIntentMachine, PaymentIntentStatus, Trigger, FireContext>
        implements TableMachines.Reporting<PaymentIntentStatus> {
    private boolean declined;
    private @Nullable PaymentIntentStatus reached;

    /** Called by squirrel. */
    public PaymentIntentMachine() {}

    @Override
    protected void afterTransitionDeclined(PaymentIntentStatus from, Trigger event, FireContext context) {
        // squirrel declines silently; remember it so that the runner can report it
        declined = true;
    }

    @Override
    protected void afterTransitionCompleted(PaymentIntentStatus from, PaymentIntentStatus to, Trigger event,
            FireContext context) {
        // squirrel hands the reached state here; asking the machine again would take its read lock
        reached = to;
    }

    @Override
    public boolean declined() {
        return declined;
    }

    @Override
    public @Nullable PaymentIntentStatus reached() {
        return reached;
    }
}
