package io.paystate.spi;

import io.paystate.model.Customer;
import io.paystate.spi.IntentFilter.Comparison;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A condition on customers, pushed down to the {@link CustomerStore}: a parsed customer search query
 * ({@code GET /v1/customers/search}) compiles to this tree, so a database-backed store can answer it
 * with its indexes. Deleted customers never match any query; the store leaves them out before the
 * filter applies.
 *
 * <p>String comparisons are case-insensitive, as in Stripe's search; metadata compares exactly.
 */
public sealed interface CustomerFilter {

    /**
     * Returns the condition that matches every customer.
     *
     * @return the condition
     */
    static CustomerFilter all() {
        return All.INSTANCE;
    }

    /**
     * Returns whether a customer matches this condition, evaluated in memory: for stores that filter
     * customers themselves rather than in a database query.
     *
     * @param customer the customer
     * @return true if it matches
     */
    default boolean matches(Customer customer) {
        return CustomerFilterMatching.matches(this, customer);
    }

    /** The string fields of a customer that search reads. */
    enum TextField {
        /** The email address. */
        EMAIL,
        /** The full name. */
        NAME,
        /** The phone number. */
        PHONE
    }

    /** Matches everything. */
    record All() implements CustomerFilter {
        // held here, not in the interface: see IntentFilter.All
        private static final All INSTANCE = new All();
    }

    /**
     * Matches when every part matches (the empty conjunction matches everything).
     *
     * @param parts the conditions
     */
    record And(List<CustomerFilter> parts) implements CustomerFilter {
        /**
         * Copies the parts.
         *
         * @param parts the conditions
         */
        public And {
            parts = List.copyOf(parts);
        }
    }

    /**
     * Matches when any part matches (the empty disjunction matches nothing).
     *
     * @param parts the conditions
     */
    record Or(List<CustomerFilter> parts) implements CustomerFilter {
        /**
         * Copies the parts.
         *
         * @param parts the conditions
         */
        public Or {
            parts = List.copyOf(parts);
        }
    }

    /**
     * Matches when the inner condition does not.
     *
     * @param inner the negated condition
     */
    record Not(CustomerFilter inner) implements CustomerFilter {
        /**
         * Throws {@link NullPointerException} if inner is null.
         *
         * @param inner the negated condition
         */
        public Not {
            Objects.requireNonNull(inner, "inner");
        }
    }

    /**
     * Compares the creation time, in Unix seconds, with a value.
     *
     * @param comparison the operator
     * @param value Unix seconds
     */
    record CreatedCompare(Comparison comparison, long value) implements CustomerFilter {
        /**
         * Throws {@link NullPointerException} if the comparison is null.
         *
         * @param comparison the operator
         * @param value Unix seconds
         */
        public CreatedCompare {
            Objects.requireNonNull(comparison, "comparison");
        }
    }

    /**
     * Matches a string field exactly, case-insensitively; a null value matches an absent field.
     *
     * @param field the field
     * @param value the value, or null to test for absence
     */
    record TextEquals(TextField field, @Nullable String value) implements CustomerFilter {
        /**
         * Throws {@link NullPointerException} if the field is null.
         *
         * @param field the field
         * @param value the value, or null to test for absence
         */
        public TextEquals {
            Objects.requireNonNull(field, "field");
        }
    }

    /**
     * Matches a string field that contains the value, case-insensitively (Stripe's {@code ~}); an
     * absent field never matches.
     *
     * @param field the field
     * @param value the substring, at least three characters
     */
    record TextContains(TextField field, String value) implements CustomerFilter {
        /**
         * Throws {@link IllegalArgumentException} if the value is shorter than three characters.
         *
         * @param field the field
         * @param value the substring, at least three characters
         */
        public TextContains {
            Objects.requireNonNull(field, "field");
            if (value.length() < 3) {
                throw new IllegalArgumentException("a substring needs at least three characters: " + value);
            }
        }
    }

    /**
     * Matches a metadata entry exactly; a null value matches when the key is absent.
     *
     * @param key the metadata key
     * @param value the value, or null to test for absence
     */
    record MetadataEquals(String key, @Nullable String value) implements CustomerFilter {
        /**
         * Throws {@link NullPointerException} if the key is null.
         *
         * @param key the metadata key
         * @param value the value, or null to test for absence
         */
        public MetadataEquals {
            Objects.requireNonNull(key, "key");
        }
    }
}
