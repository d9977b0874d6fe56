package io.paystate.spi;

import java.nio.charset.StandardCharsets;
import java.util.function.LongSupplier;

final class Base62 {
    private static final byte[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
            .getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNKS_PER_LONG = 10; // ten 6-bit chunks of a 64-bit draw

    private Base62() {}

    /**
     * Draws the id from 6-bit chunks of random longs, keeping a chunk only when it is below 62 (so
     * every character stays uniformly distributed): a shift and a compare per character, where the
     * two long divisions per character it replaces made id minting a tenth of a lifecycle's CPU.
     */
    static String draw(IdKind kind, LongSupplier randomLongs) {
        String prefix = kind.prefix();
        // ASCII bytes: half the size of a char[], and the string needs no compression scan
        byte[] chars = new byte[prefix.length() + kind.randomLength()];
        for (int p = 0; p < prefix.length(); p++) {
            chars[p] = (byte) prefix.charAt(p);
        }
        int i = prefix.length();
        while (i < chars.length) {
            long value = randomLongs.getAsLong();
            for (int k = 0; k < CHUNKS_PER_LONG && i < chars.length; k++) {
                int chunk = (int) (value & 63);
                value >>>= 6;
                if (chunk < 62) {
                    chars[i++] = ALPHABET[chunk];
                }
            }
        }
        return new String(chars, StandardCharsets.ISO_8859_1);
    }
}
