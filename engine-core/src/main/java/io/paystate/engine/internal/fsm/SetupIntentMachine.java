package io.paystate.engine.internal.fsm;

import io.paystate.engine.internal.SetupTrigger;
import io.paystate.model.SetupIntentStatus;
import org.jspecify.annotations.Nullable;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/**
 * A squirrel machine over the SetupIntent's own status, trigger and context types. Public with a
 * public constructor for the reason {@link PaymentIntentMachine} is; holds no actions.
 */
public class SetupIntentMachine
        extends AbstractStateMachine<SetupIntentMachine, SetupIntentStatus, SetupTrigger, FireContext>
        implements TableMachines.Reporting<SetupIntentStatus> {
    private boolean declined;
    private @Nullable SetupIntentStatus reached;

    /** Called by squirrel. */
    public SetupIntentMachine() {}

    @Override
    protected void afterTransitionDeclined(SetupIntentStatus from, SetupTrigger event, FireContext context) {
        // squirrel declines silently; remember it so that the runner can report it
        declined = true;
    }

    @Override
    protected void afterTransitionCompleted(SetupIntentStatus from, SetupIntentStatus to, SetupTrigger event,
            FireContext context) {
        // squirrel hands the reached state here; asking the machine again would take its read lock
        reached = to;
    }

    @Override
    public boolean declined() {
        return declined;
    }

    @Override
    public @Nullable SetupIntentStatus reached() {
        return reached;
    }
}
