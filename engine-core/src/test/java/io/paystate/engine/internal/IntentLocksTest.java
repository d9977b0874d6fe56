package io.paystate.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.PaymentIntentId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class IntentLocksTest {
    private final IntentLocks locks = new IntentLocks();

    @Test
    void withLock_sameIntentFromFourThreads_runsOneBodyAtATimeAndDropsItsEntry() throws Exception {
        PaymentIntentId id = new PaymentIntentId("pi_sharedByFourThreads");
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        int[] counter = new int[1]; // unsynchronized on purpose: the intent's lock guards it
        CyclicBarrier start = new CyclicBarrier(4);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                await(start);
                for (int i = 0; i < 20_000; i++) {
                    locks.withLock(id, () -> {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        counter[0]++;
                        inside.decrementAndGet();
                        return null;
                    });
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertThat(most.get()).isEqualTo(1);
        assertThat(counter[0]).isEqualTo(80_000);
        assertThat(locks.size()).isZero();
    }

    @Test
    void tryWithLock_whileAnotherThreadHoldsTheIntent_refusesAndLeavesTheHoldersEntry() throws Exception {
        PaymentIntentId id = new PaymentIntentId("pi_heldElsewhere");
        CyclicBarrier held = new CyclicBarrier(2);
        CyclicBarrier release = new CyclicBarrier(2);
        Thread holder = new Thread(() -> locks.withLock(id, () -> {
            await(held);
            await(release);
            return null;
        }));
        holder.start();
        await(held);
        AtomicInteger ran = new AtomicInteger();
        assertThat(locks.tryWithLock(id, ran::incrementAndGet)).isFalse();
        // another intent, whatever its stripe, is free
        assertThat(locks.tryWithLock(new PaymentIntentId("pi_someOtherIntent"), ran::incrementAndGet)).isTrue();
        assertThat(ran.get()).isEqualTo(1);
        assertThat(locks.size()).isEqualTo(1);
        await(release);
        holder.join();
        assertThat(locks.tryWithLock(id, ran::incrementAndGet)).isTrue();
        assertThat(locks.size()).isZero();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
