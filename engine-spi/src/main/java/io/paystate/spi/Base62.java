package io.paystate.spi;

import java.nio.charset.StandardCharsets;
import java.util.function.LongSupplier;

final class Base62 {
    private static final byte[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
            .getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNKS_PER_LONG = 10; // ten 6-bit chunks of a 64-bit draw
    /**
     * Each thread's buffer for the characters of an id being drawn: the string copies them anyway,
     * so a fresh array per id was garbage of its own (48 bytes for a 27-character id). Longer ids
     * than it holds get an array of their own.
     */
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[64]);

    private Base62() {}

    /**
     * Draws the id from 6-bit chunks of random longs, keeping a chunk only when it is below 62 (so
     * every character stays uniformly distributed): a shift and a compare per character, where the
     * two long divisions per character it replaces made id minting a tenth of a lifecycle's CPU.
     */
    static String draw(IdKind kind, LongSupplier randomLongs) {
        String prefix = kind.prefix();
        // ASCII bytes: half the size of a char[], and the string needs no compression scan
        int length = prefix.length() + kind.randomLength();
        byte[] scratch = SCRATCH.get();
        byte[] chars = length <= scratch.length ? scratch : new byte[length];
        for (int p = 0; p < prefix.length(); p++) {
            chars[p] = (byte) prefix.charAt(p);
        }
        int i = prefix.length();
        while (i < length) {
            long value = randomLongs.getAsLong();
            for (int k = 0; k < CHUNKS_PER_LONG && i < length; k++) {
                int chunk = (int) (value & 63);
                value >>>= 6;
                if (chunk < 62) {
                    chars[i++] = ALPHABET[chunk];
                }
            }
        }
        return new String(chars, 0, length, StandardCharsets.ISO_8859_1);
    }
}
