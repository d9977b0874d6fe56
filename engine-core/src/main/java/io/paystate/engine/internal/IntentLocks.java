package io.paystate.engine.internal;

import io.paystate.model.PaymentIntentId;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One lock per intent, created on demand and dropped when nobody holds or waits for it, so that
 * operations on different intents never block each other and memory does not grow with every
 * intent ever touched.
 */
final class IntentLocks {
    // the lock is the entry itself: one object per held intent instead of an entry and its lock
    @SuppressWarnings("serial") // never serialized
    private static final class Entry extends ReentrantLock {
        int users; // guarded by the map's compute on this entry's key, or set before the entry is published
    }

    private final ConcurrentHashMap<PaymentIntentId, Entry> locks = new ConcurrentHashMap<>();

    /**
     * A body that is handed its arguments, so that a caller can pass one made once instead of a
     * lambda capturing them on every call.
     */
    @FunctionalInterface
    interface Locked<A, B, T> {
        T run(PaymentIntentId id, A a, B b);
    }

    <T> T withLock(PaymentIntentId id, Supplier<T> body) {
        return withLock(id, body, body, (i, supplier, same) -> supplier.get());
    }

    /** Runs {@code body} with {@code id}, {@code a} and {@code b} under the intent's lock. */
    <A, B, T> T withLock(PaymentIntentId id, A a, B b, Locked<A, B, T> body) {
        Entry entry = enter(id);
        entry.lock();
        try {
            return body.run(id, a, b);
        } finally {
            entry.unlock();
            leave(id);
        }
    }

    /** Counts the caller as a user of the intent's entry, made if there is none. */
    private Entry enter(PaymentIntentId id) {
        // the common case, nobody else on this intent, inserts without compute's reservation node
        Entry fresh = new Entry();
        fresh.users = 1;
        Entry existing = locks.putIfAbsent(id, fresh);
        if (existing == null) {
            return fresh;
        }
        return locks.compute(id, (k, e) -> {
            Entry current = e != null ? e : fresh; // the other users may have left in between
            if (current != fresh) {
                current.users++;
            }
            return current;
        });
    }

    private void leave(PaymentIntentId id) {
        locks.computeIfPresent(id, (k, e) -> --e.users == 0 ? null : e);
    }

    /**
     * Runs {@code body} under the intent's lock if it is free right now; returns false without
     * running it if another thread holds the lock.
     */
    boolean tryWithLock(PaymentIntentId id, Runnable body) {
        Entry entry = enter(id);
        try {
            if (!entry.tryLock()) {
                return false;
            }
            try {
                body.run();
                return true;
            } finally {
                entry.unlock();
            }
        } finally {
            leave(id);
        }
    }

    int size() {
        return locks.size();
    }
}
