package io.paystate.engine.internal;

import org.jspecify.annotations.Nullable;

/** Stripe's convention for optional strings: an empty string means "none". */
final class Strings {
    private Strings() {}

    static @Nullable String emptyToNull(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
