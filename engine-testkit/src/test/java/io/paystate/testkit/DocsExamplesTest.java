package io.paystate.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java block of docs/testing.md is a tagged region ({@code // tag::name[]} ...
 * {@code // end::name[]}) of a compiled, running test source, and every tagged region is shown.
 * Every XML block is a tagged region ({@code <!-- tag::name[] -->}) of the example host's pom, which
 * CI builds against the artifacts it has just built, so what the doc tells hosts to write is what
 * works.
 */
final class DocsExamplesTest {
    /** The test sources whose regions the doc shows: this module's, engine-testkit-jqwik's, the example host's. */
    private static final List<Path> TESTS = List.of(Path.of("src/test/java"),
            Path.of("..", "engine-testkit-jqwik", "src", "test", "java"),
            Path.of("..", "examples", "src", "test", "java"));
    private static final Path HOST_POM = Path.of("..", "examples", "pom.xml");
    private static final Pattern XML_TAG = Pattern.compile(
            "<!-- tag::([\\w-]+)\\[] -->\\n(.*?)\\n[ \\t]*<!-- end::\\1\\[] -->", Pattern.DOTALL);
    private static final Pattern XML_BLOCK = Pattern.compile("```xml\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("// tag::([\\w-]+)\\[]\\n(.*?)\\n[ \\t]*// end::\\1\\[]",
            Pattern.DOTALL);
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL);

    static Map<String, String> regions() throws IOException {
        Map<String, String> regions = new LinkedHashMap<>();
        for (Path root : TESTS) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    Matcher m = TAG.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        assertThat(regions.put(m.group(1), unindent(m.group(2)))).as("tag " + m.group(1) + " twice")
                                .isNull();
                    }
                }
            }
        }
        return regions;
    }

    private static String unindent(String body) {
        int indent = body.lines().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        return body.lines().map(l -> l.length() >= indent ? l.substring(indent) : l.strip())
                .collect(Collectors.joining("\n")).strip();
    }

    @Test
    void testingDoc_javaBlocks_areTaggedRegionsOfCompiledTests() throws IOException {
        assertBlocksAreRegions(JAVA_BLOCK, regions());
    }

    @Test
    void testingDoc_xmlBlocks_areTaggedRegionsOfTheExampleHostPom() throws IOException {
        Map<String, String> regions = new LinkedHashMap<>();
        Matcher m = XML_TAG.matcher(Files.readString(HOST_POM, StandardCharsets.UTF_8));
        while (m.find()) {
            assertThat(regions.put(m.group(1), unindent(m.group(2)))).as("tag " + m.group(1) + " twice").isNull();
        }
        assertBlocksAreRegions(XML_BLOCK, regions);
    }

    private static void assertBlocksAreRegions(Pattern blockPattern, Map<String, String> regions) throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "testing.md"), StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        Matcher m = blockPattern.matcher(doc);
        while (m.find()) {
            blocks.add(m.group(1).strip());
        }
        assertThat(blocks).isNotEmpty();
        for (String block : blocks) {
            assertThat(regions.values()).as("a tagged region equal to the doc block:\n" + block).contains(block);
        }
        for (Map.Entry<String, String> region : regions.entrySet()) {
            assertThat(blocks).as("docs/testing.md shows region " + region.getKey()).contains(region.getValue());
        }
    }
}
