package io.paystate.spi;

import java.security.SecureRandom;
import java.util.function.LongSupplier;

/**
 * Longs from a {@link SecureRandom}, drawn 32 at a time. The platform's generator takes a lock that every
 * thread shares for each draw, and {@link SecureRandom#nextLong()} draws twice; one draw of 256 bytes per
 * few ids instead keeps threads from queuing on that lock. The bytes are the generator's own, in order.
 *
 * <p>Thread safety: none; one per thread.
 */
final class BufferedRandomLongs implements LongSupplier {
    private static final int LONGS = 32;

    private final SecureRandom random;
    private final byte[] bytes = new byte[LONGS * Long.BYTES];
    private int next = bytes.length;

    BufferedRandomLongs(SecureRandom random) {
        this.random = random;
    }

    @Override
    public long getAsLong() {
        if (next == bytes.length) {
            random.nextBytes(bytes);
            next = 0;
        }
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value = (value << 8) | (bytes[next++] & 0xFF);
        }
        return value;
    }
}
