package io.paystate.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.paystate.wire.conformance.ConformanceRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conformance runner over HTTP: the shared scenarios, and this module's request-step scenarios. */
class ConformanceOverHttpTest {
    private static final Path SHARED = Path.of("../../shared/conformance");

    private static String run(TestServer server, String... dirs) {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("--base-url", server.server.baseUrl().toString()));
        args.addAll(List.of(dirs));
        int code = ConformanceRunner.execute(args, new PrintStream(report, true, StandardCharsets.UTF_8));
        String out = report.toString(StandardCharsets.UTF_8);
        assertThat(code).as(out).isZero();
        return out;
    }

    @Test
    void runner_requestStepScenarios_passOverHttp() {
        try (TestServer server = new TestServer(ServerOptions.defaults(), true)) {
            assertThat(run(server, "src/test/resources/conformance")).contains("PASS http-protocol",
                    "PASS save-card-then-charge-off-session", "PASS off-session-card-not-set-up",
                    "PASS off-session-always-authenticate", "PASS setup-attaches-then-charge-declines",
                    "PASS setup-intent-decline-and-cancel");
        }
    }

    @Test
    void runner_sharedScenarios_passOverHttpAsInProcess() {
        assumeTrue(Files.isDirectory(SHARED), "the shared scenarios are not beside this checkout");
        try (TestServer server = new TestServer(ServerOptions.defaults(), true)) {
            assertThat(run(server, SHARED.toString())).contains(" 0 failed");
        }
    }
}
