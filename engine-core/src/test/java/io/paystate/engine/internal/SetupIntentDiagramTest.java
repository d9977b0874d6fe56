package io.paystate.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.SetupIntentStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the generated parts of docs/setup-intents.md equal to what the SetupIntent transition table
 * renders. Run with {@code -Dpaystate.updateDocs=true} to rewrite them after changing the table.
 */
final class SetupIntentDiagramTest {
    private static final Path DOC = Path.of("..", "docs", "setup-intents.md");

    @Test
    void setupIntentsDoc_generatedSections_matchTheTable() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        SetupTransitionTable table = SetupTransitionTable.instance();
        String expected = replace(replace(doc, "diagram", "```mermaid\n" + SetupIntentDiagram.mermaid(table)
                + "```\n"), "table", SetupIntentDiagram.markdownTable(table));
        if (Boolean.getBoolean("paystate.updateDocs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
            doc = expected;
        }
        assertThat(doc).as("docs/setup-intents.md is out of date: run this test with -Dpaystate.updateDocs=true")
                .isEqualTo(expected);
    }

    @Test
    void mermaid_everyStatus_appears() {
        String diagram = SetupIntentDiagram.mermaid(SetupTransitionTable.instance());
        for (SetupIntentStatus s : SetupIntentStatus.values()) {
            assertThat(diagram).contains(s.wireName());
        }
    }

    private static String replace(String doc, String section, String content) {
        String begin = "<!-- BEGIN GENERATED " + section + " -->\n";
        String end = "<!-- END GENERATED " + section + " -->";
        int from = doc.indexOf(begin);
        int to = doc.indexOf(end);
        assertThat(from).as("marker " + begin.trim()).isGreaterThanOrEqualTo(0);
        assertThat(to).as("marker " + end).isGreaterThan(from);
        return doc.substring(0, from + begin.length()) + content + doc.substring(to);
    }
}
