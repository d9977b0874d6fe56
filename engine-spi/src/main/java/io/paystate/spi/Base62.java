package io.paystate.spi;

import java.util.function.IntUnaryOperator;

final class Base62 {
    private static final char[] ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    private Base62() {}

    static String draw(IdKind kind, IntUnaryOperator bounded) {
        StringBuilder sb = new StringBuilder(kind.prefix().length() + kind.randomLength());
        sb.append(kind.prefix());
        for (int i = 0; i < kind.randomLength(); i++) {
            sb.append(ALPHABET[bounded.applyAsInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}
