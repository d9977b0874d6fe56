package io.paystate.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the parameter tables of docs/endpoints.md equal to {@link ParameterTable}. Run with
 * {@code -Dpaystate.updateDocs=true} to rewrite them after changing the table.
 */
final class ParameterDocsTest {
    private static final Path DOC = Path.of("..", "docs", "endpoints.md");
    private static final String BEGIN = "<!-- BEGIN GENERATED parameters -->\n";
    private static final String END = "<!-- END GENERATED parameters -->";

    @Test
    void endpointsDoc_parameterTables_matchTheTable() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int from = doc.indexOf(BEGIN);
        int to = doc.indexOf(END);
        assertThat(from).as("marker " + BEGIN.trim()).isGreaterThanOrEqualTo(0);
        assertThat(to).as("marker " + END).isGreaterThan(from);
        String expected = doc.substring(0, from + BEGIN.length()) + ParameterDocs.markdown() + doc.substring(to);
        if (Boolean.getBoolean("paystate.updateDocs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
            doc = expected;
        }
        assertThat(doc).as("docs/endpoints.md is out of date: run this test with -Dpaystate.updateDocs=true")
                .isEqualTo(expected);
    }

    @Test
    void markdown_everyDocumentedOperation_hasItsTable() {
        String markdown = ParameterDocs.markdown();
        for (io.paystate.engine.Operation op : ParameterTable.DOCUMENTED) {
            assertThat(markdown).contains("### " + op.wireName());
        }
        assertThat(markdown).contains("`payment_method_options[card][request_incremental_authorization]`")
                .contains("klarna");
    }
}
