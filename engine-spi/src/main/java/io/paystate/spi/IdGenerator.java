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
     * Returns a generator of unpredictable ids: each thread draws from a keystream of AES-256 in
     * counter mode whose key is replaced after every 4 KiB of output by key bytes of the keystream
     * itself (fast key erasure) and drawn afresh every 4 MiB from an instance of the JDK's
     * {@code DRBG} (NIST SP 800-90A), seeded by the platform. Where AES in counter mode is missing,
     * threads draw from the {@code DRBG} instances directly. Safe for concurrent use.
     *
     * @return a generator of unpredictable ids
     */
    static IdGenerator random() {
        SecureRandom[] stripes = RandomStripes.create();
        // each thread keys its keystream from a stripe of its own most of the time
        ThreadLocal<LongSupplier> perThread = ThreadLocal.withInitial(() -> RandomStripes.longs(
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
