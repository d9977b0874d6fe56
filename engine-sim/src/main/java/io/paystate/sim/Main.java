package io.paystate.sim;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bin/paystate simulate ...}: the command line of the simulator. */
@Command(name = "paystate", mixinStandardHelpOptions = true, version = "PayState 0.1.0-SNAPSHOT",
        description = "PayState, an in-process engine for Stripe's PaymentIntents.",
        subcommands = {Main.Simulate.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** The {@code simulate} subcommand. */
    @Command(name = "simulate", mixinStandardHelpOptions = true,
            description = "Runs intent lifecycles through the engine on a virtual clock and reports what happened.")
    static final class Simulate implements Callable<Integer> {
        @Option(names = "--intents", description = "how many intents arrive (default: the scenario's, 1,000,000)")
        Integer intents;

        @Option(names = "--days", description = "over how many virtual days (default: the scenario's, 30)")
        Integer days;

        @Option(names = "--seed", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--scenario", description = "a scenario properties file (see docs/simulation.md)")
        Path scenarioFile;

        @Option(names = "--report", description = "write an HTML report with charts to this file")
        Path report;

        @Option(names = "--partitions", defaultValue = "2",
                description = "intent partitions, each with its own engine (results depend on it; default ${DEFAULT-VALUE})")
        int partitions;

        @Option(names = "--threads", defaultValue = "2", description = "threads (results do not depend on it)")
        int threads;

        @Option(names = "--no-progress", description = "no progress bar")
        boolean noProgress;

        @Option(names = "--runner", defaultValue = "squirrel",
                description = "squirrel (the engine) or table (the benchmark baseline: a plain table lookup)")
        String runner;

        @Override
        public Integer call() throws Exception {
            Scenario scenario = scenarioFile != null ? Scenario.read(scenarioFile) : Scenario.defaults();
            scenario = scenario.withSize(intents != null ? intents : scenario.intents(),
                    days != null ? days : scenario.days());
            RunParameters run = new RunParameters(scenario, scenarioFile != null ? scenarioFile.toString()
                    : RunParameters.BUILT_IN, seed, partitions, threads, runner.equals("table") ? Runner.TABLE : Runner.SQUIRREL);
            Summary summary;
            if (noProgress) {
                summary = Simulator.run(run, n -> { });
            } else {
                try (ProgressBar bar = new ProgressBarBuilder().setTaskName("simulating").setInitialMax(scenario.intents())
                        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate().build()) {
                    AtomicLong done = new AtomicLong();
                    summary = Simulator.run(run, n -> {
                        long d = done.addAndGet(n);
                        if (d % 1000 == 0) {
                            bar.stepTo(d);
                        }
                    });
                    bar.stepTo(scenario.intents());
                }
            }
            java.io.PrintWriter out = new java.io.PrintWriter(System.out, true);
            ConsoleReport.print(summary, out);
            out.flush();
            if (report != null) {
                HtmlReport.write(summary, report);
                System.out.println("HTML report: " + report.toAbsolutePath());
            }
            return 0;
        }
    }
}
