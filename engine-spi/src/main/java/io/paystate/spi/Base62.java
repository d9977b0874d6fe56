package io.paystate.spi;

import java.util.function.LongSupplier;

final class Base62 {
    private static final char[] ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int CHARS_PER_LONG = 10;
    private static final long SPAN = 839_299_365_868_340_224L; // 62^10
    // the largest multiple of 62^10 that a non-negative long can hold: draws at or above it are
    // rejected, so that every character stays uniformly distributed
    private static final long LIMIT = Long.MAX_VALUE / SPAN * SPAN;

    private Base62() {}

    /** Draws the id: ten characters per random long instead of one bounded draw per character. */
    static String draw(IdKind kind, LongSupplier randomLongs) {
        String prefix = kind.prefix();
        char[] chars = new char[prefix.length() + kind.randomLength()];
        prefix.getChars(0, prefix.length(), chars, 0);
        int i = prefix.length();
        while (i < chars.length) {
            long value = randomLongs.getAsLong() & Long.MAX_VALUE;
            if (value >= LIMIT) {
                continue;
            }
            value %= SPAN;
            for (int k = 0; k < CHARS_PER_LONG && i < chars.length; k++) {
                chars[i++] = ALPHABET[(int) (value % 62)];
                value /= 62;
            }
        }
        return new String(chars);
    }
}
