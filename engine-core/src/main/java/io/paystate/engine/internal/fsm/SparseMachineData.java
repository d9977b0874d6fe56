package io.paystate.engine.internal.fsm;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.squirrelframework.foundation.fsm.ImmutableState;
import org.squirrelframework.foundation.fsm.StateMachine;
import org.squirrelframework.foundation.fsm.StateMachineData;

/**
 * Squirrel's machine data (current, last and initial state, the machine's types, and the stores of
 * hierarchical, parallel and linked states) with its stores made on first write. Squirrel's own
 * data makes a map, a multimap and a read-only view for every machine and copies through iterators
 * of them on every load, although a flat machine such as the engine's never writes to them: a
 * tenth of the bytes a fresh machine's fire allocates. Every reader answers as squirrel's does
 * (an absent store reads as empty) and none makes a store, so the engine's data kept once and
 * loaded into many machines is only read (a store that exists caches its key view on the first
 * read, as squirrel's do: {@code TableMachines} loads each kept data once before sharing it), and a
 * loaded machine holds its own copy. Registered as squirrel's {@code StateMachineData}
 * implementation by {@link ResolvedComponents#install()}.
 *
 * @param <T> the machine type
 * @param <S> the state type
 * @param <E> the event type
 * @param <C> the context type
 */
final class SparseMachineData<T extends StateMachine<T, S, E, C>, S, E, C>
        implements StateMachineData<T, S, E, C>, StateMachineData.Reader<T, S, E, C>,
        StateMachineData.Writer<T, S, E, C> {
    private static final long serialVersionUID = 1L;

    // the builder's states, shared by every machine of the builder and never written through here
    private final transient Map<S, ImmutableState<T, S, E, C>> states;
    private @Nullable S currentState;
    private @Nullable S lastState;
    private @Nullable S initialState;
    private @Nullable String identifier;
    private @Nullable Object startContext;
    private @Nullable Class<? extends T> stateMachineType;
    private @Nullable Class<S> stateType;
    private @Nullable Class<E> eventType;
    private @Nullable Class<C> contextType;
    // made on first write: a flat machine never writes them
    private @Nullable Map<S, S> lastActiveChildren;
    private @Nullable Map<S, List<S>> parallelSubStates;
    private @Nullable Map<S, Reader<? extends StateMachine<?, S, E, C>, S, E, C>> linkedData;

    /** Called by squirrel's component provider with the builder's states. */
    @SuppressWarnings("unchecked")
    SparseMachineData(Map<?, ?> states) {
        this.states = (Map<S, ImmutableState<T, S, E, C>>) states;
    }

    @Override
    public void dump(Reader<T, S, E, C> src) {
        currentState = null;
        lastState = null;
        initialState = null;
        identifier = null;
        startContext = null;
        stateMachineType = null;
        stateType = null;
        eventType = null;
        contextType = null;
        lastActiveChildren = null;
        parallelSubStates = null;
        linkedData = null;
        typeOfStateMachine(src.typeOfStateMachine());
        typeOfState(src.typeOfState());
        typeOfEvent(src.typeOfEvent());
        typeOfContext(src.typeOfContext());
        identifier(src.identifier());
        currentState(src.currentState());
        lastState(src.lastState());
        initialState(src.initialState());
        startContext(src.startContext());
        for (S parent : src.activeParentStates()) {
            S child = src.lastActiveChildStateOf(parent);
            if (child != null) {
                lastActiveChildStateFor(parent, child);
            }
        }
        for (S parent : src.parallelStates()) {
            // as squirrel's data: copied without checking that the parent is a parallel state
            for (S sub : src.subStatesOn(parent)) {
                subStates(parent).add(sub);
            }
        }
        // linked states' data is not copied here; squirrel's machine saves it separately
    }

    @Override
    public Reader<T, S, E, C> read() {
        return this;
    }

    @Override
    public Writer<T, S, E, C> write() {
        return this;
    }

    @Override
    public @Nullable String identifier() {
        return identifier;
    }

    @Override
    public @Nullable S currentState() {
        return currentState;
    }

    @Override
    public @Nullable S lastState() {
        return lastState;
    }

    @Override
    public @Nullable S initialState() {
        return initialState;
    }

    @Override
    public @Nullable S lastActiveChildStateOf(S parentStateId) {
        return lastActiveChildren == null ? null : lastActiveChildren.get(parentStateId);
    }

    @Override
    @SuppressWarnings("unchecked")
    public @Nullable C startContext() {
        return (C) startContext;
    }

    @Override
    public Collection<S> activeParentStates() {
        return lastActiveChildren == null ? Collections.emptySet()
                : Collections.unmodifiableCollection(lastActiveChildren.keySet());
    }

    @Override
    public List<S> subStatesOn(S parentStateId) {
        List<S> subs = parallelSubStates == null ? null : parallelSubStates.get(parentStateId);
        return subs == null ? Collections.emptyList() : Collections.unmodifiableList(subs);
    }

    @Override
    public @Nullable ImmutableState<T, S, E, C> currentRawState() {
        return currentState != null ? rawStateFrom(currentState) : null;
    }

    @Override
    public @Nullable ImmutableState<T, S, E, C> lastRawState() {
        return rawStateFrom(lastState);
    }

    @Override
    public @Nullable ImmutableState<T, S, E, C> initialRawState() {
        return rawStateFrom(initialState);
    }

    @Override
    public @Nullable ImmutableState<T, S, E, C> rawStateFrom(@Nullable S stateId) {
        if (stateId == null) {
            return null;
        }
        ImmutableState<T, S, E, C> raw = states.get(stateId);
        return raw != null ? raw.getThis() : null;
    }

    @Override
    public Collection<S> parallelStates() {
        return parallelSubStates == null ? Collections.emptySet()
                : Collections.unmodifiableCollection(parallelSubStates.keySet());
    }

    @Override
    public @Nullable Class<? extends T> typeOfStateMachine() {
        return stateMachineType;
    }

    @Override
    public @Nullable Class<S> typeOfState() {
        return stateType;
    }

    @Override
    public @Nullable Class<E> typeOfEvent() {
        return eventType;
    }

    @Override
    public @Nullable Class<C> typeOfContext() {
        return contextType;
    }

    @Override
    public Collection<ImmutableState<T, S, E, C>> rawStates() {
        return Collections.unmodifiableCollection(states.values());
    }

    @Override
    public Collection<S> states() {
        return Collections.unmodifiableCollection(states.keySet());
    }

    @Override
    public Collection<S> linkedStates() {
        return linkedData == null ? Collections.emptySet() : Collections.unmodifiableCollection(linkedData.keySet());
    }

    @Override
    public Map<S, ImmutableState<T, S, E, C>> originalStates() {
        // squirrel asks for it only to make another machine's data (isolated fires, saved data)
        return Collections.unmodifiableMap(states);
    }

    @Override
    public @Nullable Reader<? extends StateMachine<?, S, E, C>, S, E, C> linkedStateDataOf(S linkedState) {
        return linkedData == null ? null : linkedData.get(linkedState);
    }

    @Override
    public void identifier(@Nullable String id) {
        identifier = id;
    }

    @Override
    public void currentState(@Nullable S currentStateId) {
        currentState = currentStateId;
    }

    @Override
    public void lastState(@Nullable S lastStateId) {
        lastState = lastStateId;
    }

    @Override
    public void initialState(@Nullable S initialStateId) {
        initialState = initialStateId;
    }

    @Override
    public void startContext(@Nullable C context) {
        // as squirrel's data: only a serializable context is kept
        if (context instanceof Serializable) {
            startContext = context;
        }
    }

    @Override
    public void lastActiveChildStateFor(S parentStateId, S childStateId) {
        if (lastActiveChildren == null) {
            lastActiveChildren = new HashMap<>();
        }
        lastActiveChildren.put(parentStateId, childStateId);
    }

    @Override
    public void subStateFor(S parentStateId, S subStateId) {
        // squirrel's data ignores (and logs) a sub state of a state that is not parallel
        if (isParallel(parentStateId)) {
            subStates(parentStateId).add(subStateId);
        }
    }

    @Override
    public void removeSubState(S parentStateId, S subStateId) {
        if (isParallel(parentStateId) && parallelSubStates != null) {
            List<S> subs = parallelSubStates.get(parentStateId);
            if (subs != null && subs.remove(subStateId) && subs.isEmpty()) {
                parallelSubStates.remove(parentStateId);
            }
        }
    }

    @Override
    public void removeSubStatesOn(S parentStateId) {
        ImmutableState<T, S, E, C> parent = rawStateFrom(parentStateId);
        if (parent == null) {
            // squirrel's data fails here the same way
            throw new NullPointerException("no state " + parentStateId);
        }
        if (parent.isParallelState() && parallelSubStates != null) {
            parallelSubStates.remove(parentStateId);
        }
    }

    @Override
    public void typeOfStateMachine(@Nullable Class<? extends T> type) {
        requireUnset(stateMachineType);
        stateMachineType = type;
    }

    @Override
    public void typeOfState(@Nullable Class<S> type) {
        requireUnset(stateType);
        stateType = type;
    }

    @Override
    public void typeOfEvent(@Nullable Class<E> type) {
        requireUnset(eventType);
        eventType = type;
    }

    @Override
    public void typeOfContext(@Nullable Class<C> type) {
        requireUnset(contextType);
        contextType = type;
    }

    @Override
    public void linkedStateDataOn(S linkedState, Reader<? extends StateMachine<?, S, E, C>, S, E, C> data) {
        if (linkedData == null) {
            linkedData = new HashMap<>();
        }
        linkedData.put(linkedState, data);
    }

    private boolean isParallel(S stateId) {
        ImmutableState<T, S, E, C> state = rawStateFrom(stateId);
        return state != null && state.isParallelState();
    }

    private List<S> subStates(S parentStateId) {
        if (parallelSubStates == null) {
            parallelSubStates = new HashMap<>();
        }
        return parallelSubStates.computeIfAbsent(parentStateId, p -> new ArrayList<>());
    }

    private static void requireUnset(@Nullable Class<?> type) {
        // as squirrel's data: a machine's types are written once
        if (type != null) {
            throw new IllegalStateException("type already set");
        }
    }
}
