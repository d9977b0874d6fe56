package io.paystate.sim;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code paystate simulate}: validates every option before anything runs (a mistake should cost
 * a second, not a simulation), runs, prints the summary and writes the HTML report.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Runs intent lifecycles through the engine on a virtual clock and reports what happened.")
final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--intents", paramLabel = "N", description = "how many intents arrive (default: the scenario's, 1,000,000)")
    Integer intents;

    @Option(names = "--days", paramLabel = "D", description = "over how many virtual days (default: the scenario's, 30)")
    Integer days;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--scenario", paramLabel = "FILE", description = "a scenario properties file (see docs/simulation.md)")
    Path scenarioFile;

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "where to write the HTML report (default: target/paystate/report.html under the working directory)")
    Path report;

    @Option(names = "--no-report", description = "write no HTML report")
    boolean noReport;

    @Option(names = "--partitions", paramLabel = "P", defaultValue = "2",
            description = "intent partitions, each with its own engine (results depend on it; default ${DEFAULT-VALUE})")
    int partitions;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "2",
            description = "threads (results do not depend on it; default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--no-progress", description = "no progress output")
    boolean noProgress;

    @Option(names = "--runner", paramLabel = "squirrel|table", defaultValue = "squirrel",
            description = "squirrel (the engine) or table (the benchmark baseline: a plain table lookup)")
    String runner;

    private final boolean terminal;

    SimulateCommand(boolean terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        RunParameters parameters = parameters();
        Path reportFile = reportFile();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Summary summary;
        try (Progress progress = Progress.of(noProgress, terminal, parameters.scenario().intents(), err)) {
            summary = Simulator.run(parameters, progress);
        }
        ConsoleReport.print(summary, out);
        out.flush();
        if (reportFile != null) {
            try {
                HtmlReport.write(summary, reportFile);
            } catch (IOException e) {
                // checked writable before the run, so this is a disk that filled up or a file removed meanwhile
                err.println(spec.qualifiedName() + ": cannot write the report " + reportFile + ": " + e.getMessage());
                return 1;
            }
            out.println("HTML report: " + reportFile);
        }
        return 0;
    }

    private RunParameters parameters() {
        atLeastOne("--intents", intents);
        atLeastOne("--days", days);
        atLeastOne("--partitions", partitions);
        atLeastOne("--threads", threads);
        Runner chosen = Runner.fromOption(runner).orElseThrow(() -> invalid(
                "--runner must be one of " + String.join(", ", Runner.options()) + ", got '" + runner + "'"));
        Scenario scenario;
        try {
            scenario = scenarioFile != null ? Scenario.read(scenarioFile) : Scenario.defaults();
            scenario = scenario.withSize(intents != null ? intents : scenario.intents(),
                    days != null ? days : scenario.days());
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
        String source = scenarioFile != null ? scenarioFile.toString() : RunParameters.BUILT_IN;
        return new RunParameters(scenario, source, seed, partitions, threads, chosen);
    }

    private Path reportFile() {
        if (noReport) {
            if (report != null) {
                throw invalid("--report and --no-report exclude each other");
            }
            return null;
        }
        try {
            return ReportTarget.check(report != null ? report : ReportTarget.DEFAULT);
        } catch (IllegalArgumentException e) {
            throw invalid("--report: " + e.getMessage());
        }
    }

    private void atLeastOne(String option, Integer value) {
        if (value != null && value < 1) {
            throw invalid(option + " must be at least 1, got " + value);
        }
    }

    private ParameterException invalid(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
