package io.paystate.model;

import java.util.Objects;

/** Shared checks for the typed ids of this package. */
final class Ids {
    private Ids() {}

    static String check(String value, String prefix, String kind) {
        Objects.requireNonNull(value, kind);
        if (!value.startsWith(prefix) || value.length() <= prefix.length()) {
            throw new IllegalArgumentException(kind + " must start with '" + prefix + "': " + value);
        }
        if (value.length() > 5000) {
            throw new IllegalArgumentException(kind + " longer than 5000 characters");
        }
        return value;
    }

    static String checkOpaque(String value, String kind) {
        Objects.requireNonNull(value, kind);
        if (value.isBlank() || value.length() > 5000) {
            throw new IllegalArgumentException(kind + " must be 1-5000 non-blank characters");
        }
        return value;
    }
}
