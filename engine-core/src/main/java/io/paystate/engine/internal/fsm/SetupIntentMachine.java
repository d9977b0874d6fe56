package io.paystate.engine.internal.fsm;

import io.paystate.engine.internal.SetupTrigger;
import io.paystate.model.SetupIntentStatus;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/**
 * A squirrel machine over the SetupIntent's own status, trigger and context types. Public with a
 * public constructor for the reason {@link PaymentIntentMachine} is; holds no actions.
 */
public class SetupIntentMachine
        extends AbstractStateMachine<SetupIntentMachine, SetupIntentStatus, SetupTrigger, FireContext>
        implements TableMachines.Declining {
    private boolean declined;

    /** Called by squirrel. */
    public SetupIntentMachine() {}

    @Override
    protected void afterTransitionDeclined(SetupIntentStatus from, SetupTrigger event, FireContext context) {
        // squirrel declines silently; remember it so that the runner can report it
        declined = true;
    }

    @Override
    public boolean declined() {
        return declined;
    }
}
