package io.paystate.engine.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which object logs (besides the intents', which the relay reads after every intent command) have
 * had commits that the relay has not picked up yet. A commit of a customer, payment method or
 * SetupIntent marks its log; the relay's next delivery reads only the marked logs, so an intent
 * command never pays for reading the other three.
 *
 * <p>Thread safety: safe for concurrent use; a mark is never lost (it stays until taken).
 */
final class PendingLogs {
    private final AtomicInteger bits = new AtomicInteger();

    void mark(int feed) {
        int bit = 1 << feed;
        if ((bits.get() & bit) == 0) {
            bits.getAndUpdate(b -> b | bit);
        }
    }

    /** Takes the marked logs, as feed bits; 0 when none. */
    int take() {
        return bits.get() == 0 ? 0 : bits.getAndSet(0);
    }
}
