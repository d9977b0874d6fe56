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
    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        int users; // guarded by the map's compute on this entry's key
    }

    private final ConcurrentHashMap<PaymentIntentId, Entry> locks = new ConcurrentHashMap<>();

    <T> T withLock(PaymentIntentId id, Supplier<T> body) {
        Entry entry = locks.compute(id, (k, e) -> {
            Entry current = e != null ? e : new Entry();
            current.users++;
            return current;
        });
        entry.lock.lock();
        try {
            return body.get();
        } finally {
            entry.lock.unlock();
            locks.computeIfPresent(id, (k, e) -> --e.users == 0 ? null : e);
        }
    }

    /**
     * Runs {@code body} under the intent's lock if it is free right now; returns false without
     * running it if another thread holds the lock.
     */
    boolean tryWithLock(PaymentIntentId id, Runnable body) {
        Entry entry = locks.compute(id, (k, e) -> {
            Entry current = e != null ? e : new Entry();
            current.users++;
            return current;
        });
        try {
            if (!entry.lock.tryLock()) {
                return false;
            }
            try {
                body.run();
                return true;
            } finally {
                entry.lock.unlock();
            }
        } finally {
            locks.computeIfPresent(id, (k, e) -> --e.users == 0 ? null : e);
        }
    }

    int size() {
        return locks.size();
    }
}
