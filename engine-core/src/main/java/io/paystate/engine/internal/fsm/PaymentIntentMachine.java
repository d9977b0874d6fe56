package io.paystate.engine.internal.fsm;

import io.paystate.engine.internal.Trigger;
import io.paystate.model.PaymentIntentStatus;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/**
 * A squirrel machine over our own status, trigger and context types. Public with a public
 * constructor: squirrel instantiates it reflectively, and a non-public class fails rarely under
 * concurrency with {@code IllegalAccessException}. Holds no actions: squirrel only decides the edge.
 */
public class PaymentIntentMachine
        extends AbstractStateMachine<PaymentIntentMachine, PaymentIntentStatus, Trigger, FireContext>
        implements TableMachines.Declining {
    private boolean declined;

    /** Called by squirrel. */
    public PaymentIntentMachine() {}

    @Override
    protected void afterTransitionDeclined(PaymentIntentStatus from, Trigger event, FireContext context) {
        // squirrel declines silently; remember it so that the runner can report it
        declined = true;
    }

    @Override
    public boolean declined() {
        return declined;
    }
}
