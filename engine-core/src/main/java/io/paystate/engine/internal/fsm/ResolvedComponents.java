package io.paystate.engine.internal.fsm;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.squirrelframework.foundation.component.SquirrelPostProcessor;
import org.squirrelframework.foundation.component.SquirrelPostProcessorProvider;
import org.squirrelframework.foundation.component.SquirrelProvider;
import org.squirrelframework.foundation.exception.ErrorCodes;
import org.squirrelframework.foundation.exception.SquirrelRuntimeException;
import org.squirrelframework.foundation.fsm.ActionExecutionService;
import org.squirrelframework.foundation.fsm.StateMachineData;

/**
 * Squirrel's component factory with each component's constructor resolved once. Squirrel creates
 * its per-machine and per-fire helpers (the action execution service and the data of every machine,
 * the result of every fire) through {@link SquirrelProvider}, which on every call walks its registry
 * with a fresh visited set, copies the implementation's constructor out of the class and toggles its
 * accessibility: about a tenth of a fresh machine's fire. This provider makes the same objects from
 * the same implementation classes (resolved by the provider it replaces, whose registry it keeps
 * using) and runs the same post-processors; only the lookup is remembered. Registering an
 * implementation forgets what was resolved.
 */
final class ResolvedComponents extends SquirrelProvider {
    private static final Class<?>[] NO_TYPES = new Class<?>[0];
    private final SquirrelProvider registry;
    // keyed by the requested class; the argument types are checked against the resolved constructor's
    private final ConcurrentHashMap<Class<?>, Constructor<?>> noArgs = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Class<?>, Resolved> withArgs = new ConcurrentHashMap<>();

    /**
     * A constructor with its parameter types read once: {@code Constructor.getParameterTypes()}
     * copies them on every call, and they are compared on every construction.
     */
    private static final class Resolved {
        final Constructor<?> constructor;
        final Class<?>[] types;

        Resolved(Constructor<?> constructor) {
            this.constructor = constructor;
            this.types = constructor.getParameterTypes();
        }
    }

    private ResolvedComponents(SquirrelProvider registry) {
        this.registry = registry;
    }

    /**
     * Installs the resolving provider in front of squirrel's current one, once, with
     * {@link OnDemandBuckets} as squirrel's action execution service and {@link SparseMachineData}
     * as its machine data. Squirrel is bundled
     * (relocated) inside engine-core, so the provider it replaces is the engine's own.
     */
    static synchronized void install() {
        SquirrelProvider current = SquirrelProvider.getInstance();
        if (!(current instanceof ResolvedComponents)) {
            current.register(ActionExecutionService.class, OnDemandBuckets.class);
            current.register(StateMachineData.class, SparseMachineData.class);
            SquirrelProvider.setInstance(new ResolvedComponents(current));
        }
    }

    @Override
    public <T> T newInstance(Class<T> clz, Class<?> @Nullable [] argTypes, Object @Nullable [] args) {
        Constructor<T> constructor = args == null ? resolved(clz) : resolvedWith(clz, argTypes);
        T component;
        try {
            component = constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new SquirrelRuntimeException(e.getTargetException(), ErrorCodes.CONSTRUCT_NEW_INSTANCE_ERROR,
                    clz.getName(), Arrays.toString(args));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new SquirrelRuntimeException(e, ErrorCodes.CONSTRUCT_NEW_INSTANCE_ERROR, clz.getName(),
                    Arrays.toString(args));
        }
        // what SquirrelProvider does after constructing
        SquirrelPostProcessor<T> postProcessor = SquirrelPostProcessorProvider.getInstance().getPostProcessor(clz);
        if (postProcessor != null) {
            postProcessor.postProcess(component);
        }
        return component;
    }

    @SuppressWarnings("unchecked")
    private <T> Constructor<T> resolvedWith(Class<T> clz, Class<?> @Nullable [] argTypes) {
        Class<?>[] types = argTypes == null ? NO_TYPES : argTypes;
        Resolved known = withArgs.get(clz);
        if (known == null) {
            known = withArgs.computeIfAbsent(clz, c -> new Resolved(constructorOf(clz, types)));
        }
        if (!Arrays.equals(known.types, types)) {
            // one class asked for with two argument lists: not done by squirrel, but stay correct
            return constructorOf(clz, types);
        }
        return (Constructor<T>) known.constructor;
    }

    @SuppressWarnings("unchecked")
    private <T> Constructor<T> resolved(Class<T> clz) {
        Constructor<?> known = noArgs.get(clz);
        if (known == null) {
            known = noArgs.computeIfAbsent(clz, c -> constructorOf(clz, NO_TYPES));
        }
        return (Constructor<T>) known;
    }

    private <T> Constructor<T> constructorOf(Class<T> clz, Class<?>[] types) {
        Class<T> implementation = registry.getImplementation(clz);
        try {
            Constructor<T> constructor = implementation.getDeclaredConstructor(types);
            // once, instead of squirrel's set-and-reset around every construction
            constructor.setAccessible(true);
            return constructor;
        } catch (NoSuchMethodException e) {
            throw new SquirrelRuntimeException(e, ErrorCodes.CONSTRUCTOR_NOT_FOUND, implementation.getName(),
                    Arrays.toString(types));
        }
    }

    @Override
    public <T> Class<T> getImplementation(Class<T> clz) {
        return registry.getImplementation(clz);
    }

    @Override
    public void register(Class<?> clazz, Class<?> implementationClass) {
        registry.register(clazz, implementationClass);
        forget();
    }

    @Override
    public void unregister(Class<?> clazz) {
        registry.unregister(clazz);
        forget();
    }

    @Override
    public void clearRegistry() {
        registry.clearRegistry();
        forget();
    }

    private void forget() {
        noArgs.clear();
        withArgs.clear();
    }
}
