package io.paystate.spi;

import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * Mints the ids of intents, charges, events and requests.
 *
 * <p>Thread safety: implementations must be safe for concurrent use.
 */
@FunctionalInterface
public interface IdGenerator {

    /**
     * Returns a new id of this kind: its prefix followed by {@link IdKind#randomLength()} base-62
     * characters. Never returns the same id twice.
     *
     * @param kind the kind
     * @return a new id of this kind: its prefix followed by {@link IdKind#randomLength()} base-62 characters
     */
    String next(IdKind kind);

    /**
     * Returns a generator drawing from {@link SecureRandom}s: instances of the JDK's {@code DRBG}
     * (NIST SP 800-90A), each seeded by the platform, a few per core so that threads seldom share
     * one, each thread drawing a few hundred bytes at a time. Safe for concurrent use.
     *
     * @return a generator drawing from a {@link SecureRandom}
     */
    static IdGenerator random() {
        SecureRandom[] stripes = RandomStripes.create();
        // each thread draws its random bytes in bulk, from a stripe of its own most of the time
        ThreadLocal<LongSupplier> perThread = ThreadLocal.withInitial(() -> new BufferedRandomLongs(
                stripes[(int) Thread.currentThread().getId() & (stripes.length - 1)]));
        return kind -> Base62.draw(kind, perThread.get());
    }

    /**
     * Returns a deterministic generator: the same seed and the same sequence of calls give the same
     * ids, for reproducible tests and simulations. Synchronized, so safe but contended under heavy
     * concurrent use.
     *
     * @param seed the seed of the generated ids
     * @return a deterministic generator: the same seed and the same sequence of calls give the same ids, for reproducible tests and simulations
     */
    static IdGenerator seeded(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LongSupplier longs = random::nextLong; // one supplier, not a method reference per id
        return kind -> {
            synchronized (random) {
                return Base62.draw(kind, longs);
            }
        };
    }
}
