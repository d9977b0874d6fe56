package io.paystate.engine.internal.query;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one searchable object adds to the shared query grammar: its fields, and how its filter tree
 * joins, negates and tests metadata.
 *
 * @param <F> the filter type
 */
interface SearchFields<F> {

    /** All of the clauses. */
    F and(List<F> parts);

    /** Any of the clauses. */
    F or(List<F> parts);

    /** The negated clause. */
    F not(F inner);

    /** {@code metadata["key"]:value}; a null value tests that the key is absent. */
    F metadata(String key, @Nullable String value);

    /**
     * Reads the rest of a clause whose field name was just read (operator and value), or throws
     * {@link SearchQueryParser#unknownField} for a field the object does not have.
     */
    F clause(SearchQueryParser<F> parser, String field, int fieldStart);
}
