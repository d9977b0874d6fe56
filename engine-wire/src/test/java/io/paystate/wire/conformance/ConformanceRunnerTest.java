package io.paystate.wire.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ConformanceRunnerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ConformanceRunner runner = new ConformanceRunner();

    private ConformanceRunner.Outcome run(String scenario) throws IOException {
        return runner.runScenario(JSON.readTree(scenario.replace('\'', '"')), Path.of("x.json"));
    }

    @Test
    void runScenario_passingScenario_passes() throws IOException {
        assertThat(run("{'name': 'ok', 'steps': [{'do': 'create', 'params': {'amount': 1000, 'currency': 'usd', "
                + "'payment_method': 'pm_card_visa', 'confirm': true}, 'expect': {'status': 'succeeded', "
                + "'latest_charge': {'nope': 1}}}]}").failure()).contains("latest_charge");
        assertThat(run("{'name': 'ok', 'steps': [{'do': 'create', 'params': {'amount': 1000, 'currency': 'usd'}, "
                + "'expect': {'status': 'requires_payment_method', 'canceled_at': null}, "
                + "'events': ['payment_intent.created']}, {'do': 'cancel', 'intent': 'a', "
                + "'expect': {'id': '@a', 'status': 'canceled'}}]}").failure()).isNull();
    }

    @Test
    void runScenario_malformedScenarios_failWithAClearMessage() throws IOException {
        assertThat(run("{'name': 'x', 'steps': [{'do': 'fly'}]}").failure()).contains("unknown do 'fly'");
        assertThat(run("{'name': 'x', 'steps': [{'do': 'retrieve', 'colour': 1}]}").failure())
                .contains("unknown key 'colour'");
        assertThat(run("{'name': 'x', 'steps': [{'do': 'retrieve', 'intent': 'b'}]}").failure())
                .contains("unbound label 'b'");
        assertThat(run("{'name': 'x', 'steps': [{'do': 'retrieve', 'intent': 'a', 'id': 'pi_1'}]}").failure())
                .contains("both intent and id");
        assertThat(run("{'name': 'x', 'steps': [{'do': 'create', 'expect': {}, 'error': {}}]}").failure())
                .contains("both expect and error");
        assertThat(run("{'name': 'x', 'steps': [{'do': 'advance_clock', 'params': {'seconds': -1}}]}").failure())
                .contains("non-negative");
        assertThat(run("{'name': 'x', 'steps': [{'do': 'create', 'params': {'amount': 1000, 'currency': 'usd'}}, "
                + "{'do': 'create', 'params': {'amount': 1000, 'currency': 'usd'}}]}").failure()).contains("rebound");
    }

    @Test
    void runScenario_wrongEventsOrError_fails() throws IOException {
        assertThat(run("{'name': 'x', 'steps': [{'do': 'create', 'params': {'amount': 1000, 'currency': 'usd'}, "
                + "'events': []}]}").failure()).contains("events");
        assertThat(run("{'name': 'x', 'steps': [{'do': 'retrieve', 'id': 'pi_nope', "
                + "'error': {'http_status': 404, 'code': 'resource_missing', 'param': 'intent'}}]}").failure()).isNull();
        assertThat(run("{'name': 'x', 'steps': [{'do': 'retrieve', 'id': 'pi_nope', "
                + "'error': {'http_status': 400}}]}").failure()).contains("http_status");
    }

    @Test
    void run_withPendingFile_countsSkippedAndFormatsTheLastLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.json"), "{\"name\": \"good\", \"steps\": [{\"do\": \"create\", "
                + "\"params\": {\"amount\": 1000, \"currency\": \"usd\"}}]}");
        Files.writeString(dir.resolve("b.json"), "{\"name\": \"bad\", \"steps\": [{\"do\": \"fly\"}]}");
        Path pending = dir.resolve("pending.txt");
        Files.writeString(pending, "bad # not built\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = runner.run(List.of("--pending", pending.toString(), dir.toString()), new PrintStream(bytes, true,
                StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).contains("PASS good", "PENDING bad");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("1 passed, 0 failed, 1 skipped");
        assertThat(code).isZero();

        ByteArrayOutputStream strict = new ByteArrayOutputStream();
        int failing = runner.run(List.of(dir.toString()), new PrintStream(strict, true, StandardCharsets.UTF_8));
        assertThat(strict.toString(StandardCharsets.UTF_8)).contains("FAIL bad: step 1: unknown do 'fly'")
                .endsWith("1 passed, 1 failed\n");
        assertThat(failing).isEqualTo(1);
    }

    @Test
    void knownKey_withUnparseableParameters_isAnIdempotencyError() throws IOException {
        assertThat(run("{'name': 'x', 'steps': ["
                + "{'do': 'create', 'intent': 'a', 'params': {'amount': 1000, 'currency': 'usd'}, 'idempotency_key': 'k'},"
                + "{'do': 'create', 'intent': 'b', 'params': {'amount': 'ten', 'currency': 'usd'}, 'idempotency_key': 'k',"
                + " 'error': {'http_status': 400, 'type': 'idempotency_error'}, 'events': []},"
                + "{'do': 'create', 'intent': 'c', 'params': {'amount': 'ten', 'currency': 'usd'}, 'idempotency_key': 'n',"
                + " 'error': {'http_status': 400, 'code': 'parameter_invalid_integer', 'param': 'amount'}},"
                + "{'do': 'create', 'intent': 'd', 'params': {'amount': 2000, 'currency': 'usd'}, 'idempotency_key': 'n',"
                + " 'expect': {'amount': 2000}, 'replayed': false}]}").failure()).isNull();
    }

    @Test
    void matcher_subsetRules() throws IOException {
        assertThat(Matcher.subset(JSON.readTree("{\"a\": null}"), JSON.readTree("{}"), "")).isNull();
        assertThat(Matcher.subset(JSON.readTree("{\"a\": 1}"), JSON.readTree("{\"a\": 1.0, \"b\": 2}"), "")).isNull();
        assertThat(Matcher.subset(JSON.readTree("{\"a\": [1]}"), JSON.readTree("{\"a\": [1, 2]}"), "")).contains("a");
        assertThat(Matcher.subset(JSON.readTree("{\"a\": {\"b\": 1}}"), JSON.readTree("{\"a\": null}"), ""))
                .contains("a");
    }
}
