package io.paystate.engine.internal.fsm;

import org.jspecify.annotations.Nullable;
import org.squirrelframework.foundation.fsm.Action;
import org.squirrelframework.foundation.fsm.StateMachine;
import org.squirrelframework.foundation.fsm.impl.AbstractExecutionService;

/**
 * Squirrel's action execution service, opening an action bucket only when an action is deferred
 * into it. Squirrel opens a bucket for every state exit, transition and state entry of every fire
 * (a list, a pair and a queue node each) and, when executing, makes a map and a debug message for
 * each one, empty or not: a quarter of the bytes a fresh machine's fire allocates, for machines
 * that hold no actions (the engine decides outcomes before firing). Buckets that receive actions
 * are opened under their own names, in the same order, and run by squirrel's own code exactly as
 * before; an empty bucket ran nothing and notified no listener, so skipping it changes nothing.
 * Registered as squirrel's {@code ActionExecutionService} implementation by
 * {@link ResolvedComponents#install()}.
 *
 * @param <T> the machine type
 * @param <S> the state type
 * @param <E> the event type
 * @param <C> the context type
 */
final class OnDemandBuckets<T extends StateMachine<T, S, E, C>, S, E, C> extends AbstractExecutionService<T, S, E, C> {
    // the bucket begun last, not opened until an action is deferred into it
    private @Nullable String pending;

    /** Called by squirrel's component provider. */
    OnDemandBuckets() {}

    @Override
    public void begin(String bucketName) {
        pending = bucketName;
    }

    @Override
    public void defer(Action<T, S, E, C> action, S from, S to, E event, C context, T stateMachine) {
        String name = pending;
        if (name != null) {
            pending = null;
            super.begin(name);
        }
        super.defer(action, from, to, event, context, stateMachine);
    }

    @Override
    public void execute() {
        pending = null;
        super.execute();
    }

    @Override
    public void reset() {
        pending = null;
        super.reset();
    }
}
