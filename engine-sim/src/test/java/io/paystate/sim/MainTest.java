package io.paystate.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line, run in process with captured output, as a person at a terminal would meet it. */
final class MainTest {
    /** A run small enough to take well under a second. */
    private static final String[] SMALL = {"--intents", "300", "--days", "3"};

    @TempDir
    Path dir;

    private record Result(int exitCode, String out, String err) {
        Result {
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(err, "err");
        }
    }

    private static Result execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // no terminal, as under Maven: progress must come as plain lines
        CommandLine cl = Main.commandLine(false);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Result simulate(String... args) {
        List<String> all = new ArrayList<>(List.of("simulate"));
        all.addAll(List.of(SMALL));
        all.addAll(List.of("--report", dir.resolve("report.html").toString()));
        all.addAll(List.of(args));
        return execute(all.toArray(String[]::new));
    }

    /** One line on stderr, exit code 2, nothing on stdout: the shape of every usage error. */
    private static void assertUsageError(Result r, String... mentions) {
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ")
                .startsWith("paystate simulate: ").contains(mentions);
    }

    @Test
    void simulate_zeroIntents_namesTheOption() {
        assertUsageError(execute("simulate", "--intents", "0"), "--intents must be at least 1, got 0");
    }

    @Test
    void simulate_negativeIntents_namesTheOption() {
        assertUsageError(execute("simulate", "--intents", "-5"), "--intents must be at least 1, got -5");
    }

    @Test
    void simulate_zeroDays_namesTheOption() {
        assertUsageError(execute("simulate", "--days", "0"), "--days must be at least 1, got 0");
    }

    @Test
    void simulate_zeroPartitions_isAnErrorNotAnEmptyRun() {
        assertUsageError(execute("simulate", "--partitions", "0"), "--partitions must be at least 1, got 0");
    }

    @Test
    void simulate_zeroThreads_namesTheOption() {
        assertUsageError(execute("simulate", "--threads", "0"), "--threads must be at least 1, got 0");
    }

    @Test
    void simulate_notANumber_namesTheOptionAndValue() {
        assertUsageError(execute("simulate", "--intents", "many"), "--intents", "'many'");
    }

    @Test
    void simulate_unknownRunner_listsTheRunners() {
        assertUsageError(execute("simulate", "--runner", "fsm"), "--runner must be one of squirrel, table, got 'fsm'");
    }

    @Test
    void simulate_misspeltOption_suggestsTheOption() {
        assertUsageError(execute("simulate", "--intnets", "5"), "'--intnets'", "did you mean --intents?");
    }

    @Test
    void simulate_missingScenarioFile_namesTheFile() {
        Path missing = dir.resolve("missing.properties");
        assertUsageError(execute("simulate", "--scenario", missing.toString()), missing + ": no such file");
    }

    @Test
    void simulate_misspeltScenarioKey_namesTheKeyAndSuggestsTheClosest() throws IOException {
        Path file = Files.writeString(dir.resolve("s.properties"), "intents=100\ndeclinShare=0.2\n");
        assertUsageError(execute("simulate", "--scenario", file.toString()),
                "unknown key 'declinShare'", "did you mean 'declineShare'?");
    }

    @Test
    void simulate_scenarioShareAboveOne_namesTheKey() throws IOException {
        Path file = Files.writeString(dir.resolve("s.properties"), "cancelShare=1.5\n");
        assertUsageError(execute("simulate", "--scenario", file.toString()), "cancelShare must be within 0..1, got 1.5");
    }

    @Test
    void simulate_reportUnderAFile_failsBeforeTheRun() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        Result r = execute("simulate", "--intents", "300", "--report", file.resolve("report.html").toString());
        assertUsageError(r, "--report: cannot create the directory " + file);
        assertThat(r.err()).doesNotContain("simulating");
    }

    @Test
    void simulate_reportIsADirectory_failsBeforeTheRun() {
        assertUsageError(execute("simulate", "--intents", "300", "--report", dir.toString()), "is a directory");
    }

    @Test
    void simulate_reportAndNoReport_excludeEachOther() {
        assertUsageError(execute("simulate", "--report", "r.html", "--no-report"), "--report and --no-report");
    }

    @Test
    void paystate_noSubcommand_printsUsage() {
        Result r = execute();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Usage: paystate").contains("simulate");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void paystate_misspeltSubcommand_suggestsSimulate() {
        Result r = execute("simulat");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("'simulat'").contains("did you mean simulate?");
    }

    @Test
    void simulate_validRun_printsSummaryAndWritesTheReport() {
        Result r = simulate();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("PayState simulation: 300 intents over 3 virtual days")
                .contains("HTML report: " + dir.resolve("report.html"));
        assertThat(dir.resolve("report.html")).isNotEmptyFile();
    }

    @Test
    void simulate_withoutTerminal_printsPlainProgressLines() {
        Result r = simulate();
        assertThat(r.err()).doesNotContain("\r");
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(10).allMatch(l -> l.startsWith("simulating: ")).last().asString()
                .contains("100% (300 of 300 intents)");
    }

    @Test
    void simulate_noProgress_printsNothingOnStderr() {
        assertThat(simulate("--no-progress").err()).isEmpty();
    }

    @Test
    void simulate_noReportOption_givesTheDefaultPathUnderTarget() {
        Result r = execute("simulate", "--intents", "300", "--days", "3", "--no-progress");
        Path expected = ReportTarget.DEFAULT.toAbsolutePath();
        assertThat(expected.toString()).contains("target");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("HTML report: " + expected);
        assertThat(expected).isNotEmptyFile();
    }

    @Test
    void simulate_noReport_writesNone() {
        Result r = execute("simulate", "--intents", "300", "--no-progress", "--no-report");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).doesNotContain("HTML report");
    }
}
