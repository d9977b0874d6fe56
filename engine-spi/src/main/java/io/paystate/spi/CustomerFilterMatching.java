package io.paystate.spi;

import io.paystate.model.Customer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Evaluates a {@link CustomerFilter} against a customer in memory: see {@link CustomerFilter#matches}. */
final class CustomerFilterMatching {
    private CustomerFilterMatching() {}

    static boolean matches(CustomerFilter filter, Customer customer) {
        if (filter instanceof CustomerFilter.All) {
            return true;
        } else if (filter instanceof CustomerFilter.And and) {
            return and.parts().stream().allMatch(p -> matches(p, customer));
        } else if (filter instanceof CustomerFilter.Or or) {
            return or.parts().stream().anyMatch(p -> matches(p, customer));
        } else if (filter instanceof CustomerFilter.Not not) {
            return !matches(not.inner(), customer);
        } else if (filter instanceof CustomerFilter.CreatedCompare c) {
            long created = customer.created().getEpochSecond();
            return switch (c.comparison()) {
                case EQ -> created == c.value();
                case GT -> created > c.value();
                case GTE -> created >= c.value();
                case LT -> created < c.value();
                case LTE -> created <= c.value();
            };
        } else if (filter instanceof CustomerFilter.TextEquals t) {
            String actual = text(t.field(), customer);
            return t.value() == null ? actual == null : actual != null && lower(actual).equals(lower(t.value()));
        } else if (filter instanceof CustomerFilter.TextContains t) {
            String actual = text(t.field(), customer);
            return actual != null && lower(actual).contains(lower(t.value()));
        } else if (filter instanceof CustomerFilter.MetadataEquals m) {
            String actual = customer.metadata().get(m.key());
            return m.value() == null ? actual == null : m.value().equals(actual);
        }
        throw new IllegalArgumentException("unknown filter " + filter);
    }

    private static @Nullable String text(CustomerFilter.TextField field, Customer customer) {
        return switch (field) {
            case EMAIL -> customer.email();
            case NAME -> customer.name();
            case PHONE -> customer.phone();
        };
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
