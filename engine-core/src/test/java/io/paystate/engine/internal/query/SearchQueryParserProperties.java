package io.paystate.engine.internal.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.InvalidRequestException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Fuzzed queries never throw anything but the typed 400 naming {@code query}. */
final class SearchQueryParserProperties {

    @Provide
    Arbitrary<String> queryish() {
        Arbitrary<String> fragments = Arbitraries.of("amount", "created", "currency", "customer", "status",
                "metadata[\"k\"]", "metadata['", ":", ">", ">=", "<", "<=", "~", "-", "\"usd\"", "'x'", "\"",
                "\\", "null", "NULL", "1000", "-5", "AND", "OR", "and", " ", "  ", "(", ")", "[", "]", "é", "\t");
        return Arbitraries.oneOf(fragments.list().ofMaxSize(12).map(list -> String.join("", list)),
                Arbitraries.strings().ofMaxLength(40));
    }

    @Property(tries = 2000)
    void parse_anyInput_returnsAFilterOrATyped400(@ForAll("queryish") String query) {
        try {
            assertThat(SearchQueryParser.parse(query)).isNotNull();
        } catch (InvalidRequestException e) {
            assertThat(e.httpStatus()).isEqualTo(400);
            assertThat(e.param()).contains("query");
        }
    }
}
