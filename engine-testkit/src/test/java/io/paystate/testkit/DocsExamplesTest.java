package io.paystate.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every code block of docs/testing.md is a tagged region of a compiled, running test source. */
final class DocsExamplesTest {
    private static final Path TESTS = Path.of("src/test/java/io/paystate/testkit");

    static String region(Path file, String tag) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        String begin = "// tag::" + tag + "[]";
        int from = source.indexOf(begin);
        int to = source.indexOf("// end::" + tag + "[]");
        assertThat(from).as(tag + " in " + file).isNotNegative();
        String body = source.substring(source.indexOf('\n', from) + 1, to);
        int indent = body.lines().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        return body.lines().map(l -> l.length() >= indent ? l.substring(indent) : l.strip())
                .collect(Collectors.joining("\n")).strip();
    }

    @Test
    void testingDoc_codeBlocks_matchTheirCompiledSources() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "testing.md"), StandardCharsets.UTF_8);
        assertThat(doc).contains(region(TESTS.resolve("TestkitTest.java"), "quick"));
        assertThat(doc).contains(region(TESTS.resolve("example/OrderService.java"), "service"));
        assertThat(doc).contains(region(TESTS.resolve("example/OrderServiceTest.java"), "example-test"));
        assertThat(doc).contains(region(TESTS.resolve("example/OrderServiceProperties.java"), "example-property"));
    }
}
