package io.paystate.spi;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A condition on intents, pushed down to the store: the list filters and the parsed search query both
 * compile to this tree, so a database-backed store can answer it with an index.
 *
 * <p>Token comparisons are case-insensitive, as in Stripe's search.
 */
public sealed interface IntentFilter {

    /**
     * Returns the condition that matches every intent.
     *
     * @return the condition
     */
    static IntentFilter all() {
        return All.INSTANCE;
    }

    /**
     * Returns whether an intent matches this condition, evaluated in memory: for stores that filter
     * intents themselves rather than in a database query. Tokens compare case-insensitively; a null
     * token or metadata value matches an absent field.
     *
     * @param intent the intent
     * @return true if it matches
     */
    default boolean matches(io.paystate.model.PaymentIntent intent) {
        return FilterMatching.matches(this, intent);
    }

    /** Numeric fields. */
    enum NumericField {
        /** The amount, in minor units. */
        AMOUNT,
        /** Creation time in Unix seconds. */
        CREATED
    }

    /** Token (exact-match) fields. */
    enum TokenField {
        /** The lowercase ISO currency code. */
        CURRENCY,
        /** The customer id. */
        CUSTOMER,
        /** The status's wire name. */
        STATUS
    }

    /** Comparison operators of numeric clauses. */
    enum Comparison {
        /** Equal to the value. */
        EQ,
        /** Greater than the value. */
        GT,
        /** Greater than or equal to the value. */
        GTE,
        /** Less than the value. */
        LT,
        /** Less than or equal to the value. */
        LTE
    }

    /** Matches everything. */
    record All() implements IntentFilter {
        // held here, not in the interface: a constant of the interface would make initializing the
        // interface and this record wait for each other
        private static final All INSTANCE = new All();
    }

    /**
     * Matches when every part matches.
     *
     * @param parts at least one condition
     */
    record And(List<IntentFilter> parts) implements IntentFilter {
        /**
         * Copies the parts.
         *
         * @param parts at least one condition
         */
        public And {
            parts = List.copyOf(parts);
        }
    }

    /**
     * Matches when any part matches.
     *
     * @param parts at least one condition
     */
    record Or(List<IntentFilter> parts) implements IntentFilter {
        /**
         * Copies the parts.
         *
         * @param parts at least one condition
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
    record Not(IntentFilter inner) implements IntentFilter {
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
     * Compares a numeric field with a value.
     *
     * @param field the field
     * @param comparison the operator
     * @param value the value (Unix seconds for {@code CREATED})
     */
    record NumericCompare(NumericField field, Comparison comparison, long value) implements IntentFilter {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param field the field
         * @param comparison the operator
         * @param value the value, or null to test for absence
         */
        public NumericCompare {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(comparison, "comparison");
        }
    }

    /**
     * Matches a token field exactly, case-insensitively; a null value matches an absent field.
     *
     * @param field the field
     * @param value the value, or null to test for absence
     */
    record TokenEquals(TokenField field, @Nullable String value) implements IntentFilter {
        /**
         * Throws {@link NullPointerException} if the field is null.
         *
         * @param field the field
         * @param value the value, or null to test for absence
         */
        public TokenEquals {
            Objects.requireNonNull(field, "field");
        }
    }

    /**
     * Matches a metadata entry exactly; a null value matches when the key is absent.
     *
     * @param key the metadata key
     * @param value the value, or null to test for absence
     */
    record MetadataEquals(String key, @Nullable String value) implements IntentFilter {
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
