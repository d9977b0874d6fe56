package io.paystate.spi;

import io.paystate.model.PaymentIntent;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Evaluates an {@link IntentFilter} against an intent in memory: see {@link IntentFilter#matches}. */
final class FilterMatching {
    private FilterMatching() {}

    static boolean matches(IntentFilter filter, PaymentIntent intent) {
        if (filter instanceof IntentFilter.All) {
            return true;
        } else if (filter instanceof IntentFilter.And and) {
            return and.parts().stream().allMatch(p -> matches(p, intent));
        } else if (filter instanceof IntentFilter.Or or) {
            return or.parts().stream().anyMatch(p -> matches(p, intent));
        } else if (filter instanceof IntentFilter.Not not) {
            return !matches(not.inner(), intent);
        } else if (filter instanceof IntentFilter.NumericCompare c) {
            long actual = c.field() == IntentFilter.NumericField.AMOUNT
                    ? intent.amount() : intent.created().getEpochSecond();
            return switch (c.comparison()) {
                case EQ -> actual == c.value();
                case GT -> actual > c.value();
                case GTE -> actual >= c.value();
                case LT -> actual < c.value();
                case LTE -> actual <= c.value();
            };
        } else if (filter instanceof IntentFilter.TokenEquals t) {
            String actual = switch (t.field()) {
                case CURRENCY -> intent.currency().code();
                case CUSTOMER -> intent.customer() == null ? null : intent.customer().value();
                case STATUS -> intent.status().wireName();
            };
            return tokenEquals(actual, t.value());
        } else if (filter instanceof IntentFilter.MetadataEquals m) {
            String actual = intent.metadata().get(m.key());
            return m.value() == null ? actual == null : m.value().equals(actual);
        }
        throw new IllegalArgumentException("unknown filter " + filter);
    }

    private static boolean tokenEquals(@Nullable String actual, @Nullable String expected) {
        if (expected == null) {
            return actual == null;
        }
        return actual != null && actual.toLowerCase(Locale.ROOT).equals(expected.toLowerCase(Locale.ROOT));
    }
}
