package io.paystate.engine.internal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.engine.InvalidRequestException;
import io.paystate.spi.IntentFilter;
import io.paystate.spi.IntentFilter.Comparison;
import io.paystate.spi.IntentFilter.NumericField;
import io.paystate.spi.IntentFilter.TokenField;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

final class SearchQueryParserTest {

    @Test
    void parse_tokenClause_isCaseInsensitiveTokenMatch() {
        assertThat(SearchQueryParser.parse("status:\"succeeded\""))
                .isEqualTo(new IntentFilter.TokenEquals(TokenField.STATUS, "succeeded"));
        assertThat(SearchQueryParser.parse("currency:'eur'"))
                .isEqualTo(new IntentFilter.TokenEquals(TokenField.CURRENCY, "eur"));
    }

    @Test
    void parse_numericComparisons_allOperators() {
        assertThat(SearchQueryParser.parse("amount>1000"))
                .isEqualTo(new IntentFilter.NumericCompare(NumericField.AMOUNT, Comparison.GT, 1000));
        assertThat(SearchQueryParser.parse("amount>=1000"))
                .isEqualTo(new IntentFilter.NumericCompare(NumericField.AMOUNT, Comparison.GTE, 1000));
        assertThat(SearchQueryParser.parse("created<5")).isEqualTo(
                new IntentFilter.NumericCompare(NumericField.CREATED, Comparison.LT, 5));
        assertThat(SearchQueryParser.parse("created<=\"5\"")).isEqualTo(
                new IntentFilter.NumericCompare(NumericField.CREATED, Comparison.LTE, 5));
        assertThat(SearchQueryParser.parse("amount:700")).isEqualTo(
                new IntentFilter.NumericCompare(NumericField.AMOUNT, Comparison.EQ, 700));
    }

    @Test
    void parse_connectors_andImplicitAnd() {
        IntentFilter a = new IntentFilter.TokenEquals(TokenField.CURRENCY, "usd");
        IntentFilter b = new IntentFilter.NumericCompare(NumericField.AMOUNT, Comparison.GT, 2000);
        assertThat(SearchQueryParser.parse("currency:\"usd\" AND amount>2000")).isEqualTo(new IntentFilter.And(List.of(a, b)));
        assertThat(SearchQueryParser.parse("currency:\"usd\" and amount>2000")).isEqualTo(new IntentFilter.And(List.of(a, b)));
        assertThat(SearchQueryParser.parse("currency:\"usd\"   amount>2000")).isEqualTo(new IntentFilter.And(List.of(a, b)));
        assertThat(SearchQueryParser.parse("currency:\"usd\" OR amount>2000")).isEqualTo(new IntentFilter.Or(List.of(a, b)));
    }

    @Test
    void parse_negationNullAndMetadata() {
        assertThat(SearchQueryParser.parse("-currency:\"usd\""))
                .isEqualTo(new IntentFilter.Not(new IntentFilter.TokenEquals(TokenField.CURRENCY, "usd")));
        assertThat(SearchQueryParser.parse("customer:null")).isEqualTo(new IntentFilter.TokenEquals(TokenField.CUSTOMER, null));
        assertThat(SearchQueryParser.parse("-metadata[\"k\"]:null"))
                .isEqualTo(new IntentFilter.Not(new IntentFilter.MetadataEquals("k", null)));
        assertThat(SearchQueryParser.parse("metadata['order_id']:'12\\'3'"))
                .isEqualTo(new IntentFilter.MetadataEquals("order_id", "12'3"));
        assertThat(SearchQueryParser.parse("metadata[\"a b\"]:\"say \\\"hi\\\"\""))
                .isEqualTo(new IntentFilter.MetadataEquals("a b", "say \"hi\""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''| empty",
            "'   '| empty",
            "status:succeeded| quoted",
            "currency>\"usd\"| exact matches",
            "amount~\"10\"| ~ operator",
            "description:\"x\"| unknown field 'description'",
            "amount>ten| whole number",
            "status:\"succeeded| not terminated",
            "a:\"1\" b:\"2\" OR c:\"3\"| unknown field",
            "status:\"a\" status:\"b\" OR status:\"c\"| cannot be mixed",
            "status:\"a\" AND status:\"b\" OR status:\"c\"| cannot be mixed",
            "status:\"a\")| whitespace, AND or OR",
            "metadata[k]:\"v\"| quoted metadata key",
            "amount| operator",
            "status:\"a\" AND| a clause after AND"})
    void parse_malformedQuery_isA400NamingQueryAndWhereItBroke(String query, String fragment) {
        assertThatThrownBy(() -> SearchQueryParser.parse(query)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.param()).contains("query");
                    assertThat(e.getMessage()).contains(fragment);
                });
    }

    @Test
    void parse_overlongQuery_isRejected() {
        assertThatThrownBy(() -> SearchQueryParser.parse("amount>1 " + "x".repeat(5000)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("5000");
    }
}
