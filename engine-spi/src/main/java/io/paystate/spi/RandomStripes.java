package io.paystate.spi;

import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.function.LongSupplier;

/**
 * The generators behind {@link IdGenerator#random()}. The platform's default on Linux
 * ({@code NativePRNG}) serializes every instance on one lock and mixes each draw with SHA-1 under it:
 * two threads minting ids queued there for half of a lifecycle's time. Independent {@code DRBG}
 * instances (the JDK's default generator on other platforms) take no shared lock; each thread's
 * longs come from an AES keystream keyed from one of them.
 */
final class RandomStripes {
    private RandomStripes() {}

    /** A power of two of generators, four per core, at most 64; the platform default if DRBG is missing. */
    static SecureRandom[] create() {
        int wanted = Math.min(64, 4 * Runtime.getRuntime().availableProcessors());
        SecureRandom[] stripes = new SecureRandom[Integer.highestOneBit(Math.max(1, wanted))];
        for (int i = 0; i < stripes.length; i++) {
            try {
                stripes[i] = SecureRandom.getInstance("DRBG");
            } catch (NoSuchAlgorithmException e) {
                stripes[i] = new SecureRandom();
            }
        }
        return stripes;
    }

    /**
     * A thread's random longs: an AES-256 keystream keyed from {@code seed}, or, on a platform
     * without AES in counter mode, the seed's own bytes drawn in bulk.
     */
    static LongSupplier longs(SecureRandom seed) {
        try {
            return new KeystreamLongs(seed);
        } catch (GeneralSecurityException e) {
            return new BufferedRandomLongs(seed);
        }
    }
}
