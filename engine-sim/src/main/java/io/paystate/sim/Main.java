package io.paystate.sim;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/** {@code bin/paystate ...}: the command line; {@code simulate} is its one subcommand so far. */
@Command(name = "paystate", mixinStandardHelpOptions = true, version = "PayState 0.1.0-SNAPSHOT",
        description = "PayState, an in-process engine for Stripe's PaymentIntents.")
public final class Main implements Runnable {
    /** Picocli's exit code for invalid input, the Unix convention for a usage error. */
    static final int INVALID_INPUT = 2;

    @Spec
    CommandSpec spec;

    // on Java 17, the baseline, System.console() is null when stdin or stdout is redirected: then no
    // progress bar frames (from Java 22 on it needs Console.isTerminal(), not available on 17)
    @SuppressWarnings("SystemConsoleNull")
    public static void main(String[] args) {
        System.exit(commandLine(System.console() != null).execute(args));
    }

    /**
     * The whole command tree with its error handling. Tests call it in process and set their own
     * out and err writers; {@code terminal} says whether a redrawn progress bar may be drawn.
     */
    static CommandLine commandLine(boolean terminal) {
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand("simulate", new SimulateCommand(terminal));
        cl.setParameterExceptionHandler(Main::invalidInput);
        cl.setExecutionExceptionHandler((ex, failed, parsed) -> {
            // not a usage error but a bug or a broken machine: keep the stack trace for the report
            PrintWriter err = failed.getErr();
            err.println(failed.getCommandSpec().qualifiedName() + ": the simulation failed: " + ex);
            ex.printStackTrace(err);
            err.flush();
            return failed.getCommandSpec().exitCodeOnExecutionException();
        });
        return cl;
    }

    /** Without a subcommand there is nothing to run: show what there is. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * One line naming what was wrong, instead of picocli's message followed by the full usage,
     * which buries the message under forty lines of options.
     */
    private static int invalidInput(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        StringBuilder line = new StringBuilder(cl.getCommandSpec().qualifiedName()).append(": ")
                .append(ex.getMessage().strip().replace(System.lineSeparator(), "; ").replace("\n", "; "));
        if (ex instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                line.append(" (did you mean ").append(suggestions.get(0)).append("?)");
            }
        }
        line.append(" (see ").append(cl.getCommandSpec().qualifiedName()).append(" --help)");
        cl.getErr().println(line);
        cl.getErr().flush();
        return INVALID_INPUT;
    }
}
