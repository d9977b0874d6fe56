package io.paystate.sim;

import io.paystate.model.Currency;
import io.paystate.model.EventType;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/** The summary for the terminal: fixed-width columns, numbers right-aligned. */
final class ConsoleReport {
    private static final String ROW = "  %-42s %14s %11s%n";

    private ConsoleReport() {}

    static void print(Summary s, PrintWriter out) {
        RunParameters p = s.parameters;
        out.printf(Locale.ROOT, "%nPayState simulation: %s intents over %d virtual days, seed %d, %d partitions, "
                + "scenario %s, runner %s%n%n", Figures.count(s.intents), s.scenario.days(), p.seed(),
                p.partitions(), p.scenarioSource(), p.runner().option());
        out.printf(Locale.ROOT, ROW, "Intents by final status", "count", "of intents");
        s.finalStatuses.forEach((k, v) -> out.printf(Locale.ROOT, ROW, k, Figures.count(v),
                Figures.percent(v, s.intents)));
        out.println();
        printMoney(s, out);
        out.println();
        long declines = s.declinesByCode.values().stream().mapToLong(Long::longValue).sum();
        out.printf(Locale.ROOT, ROW, "Declines by code", "count", "of declines");
        s.declinesByCode.forEach((k, v) -> out.printf(Locale.ROOT, ROW, k, Figures.count(v),
                Figures.percent(v, declines)));
        out.println();
        out.printf(Locale.ROOT, ROW, "Events by type", "count", "");
        for (Map.Entry<EventType, Long> e : s.eventsByType.entrySet()) {
            out.printf(Locale.ROOT, ROW, e.getKey().wireName(), Figures.count(e.getValue()), "");
        }
        out.println();
        out.printf(Locale.ROOT, ROW, "Time from authorization to capture", "", "");
        for (double pct : new double[] {50, 90, 99}) {
            out.printf(Locale.ROOT, ROW, String.format(Locale.ROOT, "p%.0f", pct), Figures.hours(s.hoursToCapture(pct)), "");
        }
        out.println();
        out.printf(Locale.ROOT, ROW, "idempotent replays", Figures.count(s.replays), "");
        out.printf(Locale.ROOT, ROW, "captures refused (hold already expired)", Figures.count(s.captureAfterExpiry), "");
        out.printf(Locale.ROOT, ROW, "engine operations", Figures.count(s.operations), "");
        out.printf(Locale.ROOT, ROW, "intents still open at the end", Figures.count(s.liveAtEnd), "");
        out.println();
        out.printf(Locale.ROOT, "Engine: %s wall on %d threads, %s intents/s, %s operations/s, heap in use %s%n",
                Figures.seconds(s.wallMillis), p.threadsUsed(), Figures.rate(s.intents, s.wallMillis),
                Figures.rate(s.operations, s.wallMillis), Figures.mebibytes(s.heapBytes));
        // CPU per intent does not depend on how busy the machine is: it shows whether partitions scale
        double cpuMicrosPerIntent = s.partitionCpuMillis * 1000.0 / Math.max(1, s.intents);
        out.printf(Locale.ROOT, "Partitions: %s CPU on their threads (%.1f µs per intent), the slowest %s wall%n",
                Figures.seconds(s.partitionCpuMillis), cpuMicrosPerIntent, Figures.seconds(s.slowestPartitionMillis));
        out.printf(Locale.ROOT, "Process: %s CPU, of which the JIT compiler about %s and the garbage collector's pauses %s%n",
                Figures.seconds(s.machine.processCpuMillis()), Figures.seconds(s.machine.compileMillis()),
                Figures.seconds(s.machine.gcMillis()));
    }

    /** One column per currency: amounts of different currencies are never added together. */
    private static void printMoney(Summary s, PrintWriter out) {
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-42s", "Money by currency"));
        s.money.keySet().forEach(c -> header.append(String.format(Locale.ROOT, " %16s", Figures.unit(c))));
        out.println(header);
        moneyRow(s, out, "authorized", m -> m.authorized);
        moneyRow(s, out, "captured", m -> m.captured);
        moneyRow(s, out, "released (canceled or partial capture)", m -> m.released);
        moneyRow(s, out, "expired (7-day window)", m -> m.expired);
        StringBuilder count = new StringBuilder(String.format(Locale.ROOT, "  %-42s", "expired holds (count)"));
        s.money.values().forEach(m -> count.append(String.format(Locale.ROOT, " %16s", Figures.count(m.expiredHolds))));
        out.println(count);
    }

    private static void moneyRow(Summary s, PrintWriter out, String label, ToLongFunction<MoneyFlows> figure) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-42s", label));
        for (Map.Entry<Currency, MoneyFlows> e : s.money.entrySet()) {
            row.append(String.format(Locale.ROOT, " %16s", Figures.amount(figure.applyAsLong(e.getValue()), e.getKey())));
        }
        out.println(row);
    }
}
