package io.paystate.spi;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The generators behind {@link IdGenerator#random()}. The platform's default on Linux
 * ({@code NativePRNG}) serializes every instance on one lock and mixes each draw with SHA-1 under it:
 * two threads minting ids queued there for half of a lifecycle's time. Independent {@code DRBG}
 * instances (the JDK's default generator on other platforms) take no shared lock.
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
}
