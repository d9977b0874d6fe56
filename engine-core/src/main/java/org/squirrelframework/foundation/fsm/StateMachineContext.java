/*
 * From squirrel-foundation 0.3.10 (https://github.com/hekailiang/squirrel), Copyright 2013-2022 the
 * squirrel-foundation authors, Apache License 2.0. Modified by PayState where marked "PayState patch";
 * the whole change is engine-core/patches/squirrel-foundation-0.3.10.patch.
 */
package org.squirrelframework.foundation.fsm;

import java.util.ArrayDeque;

public class StateMachineContext {
    
    private final Object currentInstance;
    
    private final boolean isTestEvent;
    
    // PayState patch: each thread's own stack, so an unsynchronized deque instead of a Stack, whose
    // every call takes its monitor (about six per fire); the top read once per question
    private static ThreadLocal<ArrayDeque<StateMachineContext>> contextContainer = new ThreadLocal<ArrayDeque<StateMachineContext>>() {
        protected ArrayDeque<StateMachineContext> initialValue() {
            return new ArrayDeque<StateMachineContext>();
        }
    };
    
    public StateMachineContext(Object stateMachine, boolean isTestEvent) {
        this.currentInstance = stateMachine;
        this.isTestEvent = isTestEvent;
    }
    
    public static void set(Object instance) {
        set(instance, false);
    }
    
    public static void set(Object instance, boolean isTestEvent) {
        if (instance == null) {
            contextContainer.get().pop();
        } else {
            contextContainer.get().push(new StateMachineContext(instance, isTestEvent));
        }
    }
    
    @SuppressWarnings("unchecked")
    public static <T> T currentInstance() {
        StateMachineContext top = contextContainer.get().peek();
        return top!=null ? (T) top.currentInstance : null;
    }
    
    public static boolean isTestEvent() {
        StateMachineContext top = contextContainer.get().peek();
        return top!=null ? top.isTestEvent : false;
    }
}
