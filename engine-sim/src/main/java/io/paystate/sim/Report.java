package io.paystate.sim;

import io.paystate.model.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The summary table for the terminal, and the HTML report with its charts (Chart.js, embedded). */
final class Report {
    private static final String CHART_JS = "/META-INF/resources/webjars/chart.js/4.4.1/dist/chart.umd.js";

    private Report() {}

    static String money(long minor) {
        return String.format(Locale.ROOT, "%,.2f", minor / 100.0);
    }

    static void print(Summary s, PrintStream out) {
        out.printf(Locale.ROOT, "%nPayState simulation: %,d intents over %d virtual days, seed %d, %d partitions%n%n",
                s.intents, s.scenario.days(), s.seed, s.partitions);
        out.println("Intents by final status");
        s.finalStatuses.forEach((k, v) -> out.printf(Locale.ROOT, "  %-42s %,12d%n", k, v));
        out.println();
        out.println("Money (usd and eur minor units / 100)");
        out.printf(Locale.ROOT, "  %-42s %16s%n", "authorized", money(s.authorized));
        out.printf(Locale.ROOT, "  %-42s %16s%n", "captured", money(s.captured));
        out.printf(Locale.ROOT, "  %-42s %16s%n", "released (canceled or partial capture)", money(s.released));
        out.printf(Locale.ROOT, "  %-42s %16s%n", "expired (7-day window)", money(s.expired));
        out.println();
        out.println("Events by type");
        s.eventsByType.forEach((k, v) -> out.printf(Locale.ROOT, "  %-42s %,12d%n", k.wireName(), v));
        out.println();
        out.println("Declines by code");
        s.declinesByCode.forEach((k, v) -> out.printf(Locale.ROOT, "  %-42s %,12d%n", k, v));
        out.println();
        out.println("Time from authorization to capture (hours)");
        for (double p : new double[] {50, 90, 99}) {
            out.printf(Locale.ROOT, "  p%-41.0f %12.1f%n", p, s.hoursToCapture.getValueAtPercentile(p) / 3600.0);
        }
        out.println();
        out.printf(Locale.ROOT, "  %-42s %,12d%n", "idempotent replays", s.replays);
        out.printf(Locale.ROOT, "  %-42s %,12d%n", "captures refused (hold already expired)", s.captureAfterExpiry);
        out.printf(Locale.ROOT, "  %-42s %,12d%n", "engine operations", s.operations);
        out.printf(Locale.ROOT, "  %-42s %,12d%n", "intents still open at the end", s.liveAtEnd);
        out.println();
        double seconds = Math.max(1, s.wallMillis) / 1000.0;
        out.printf(Locale.ROOT, "Engine: %.2f s wall on %d threads, %,.0f intents/s, %,.0f operations/s, heap in use %,d MiB%n",
                seconds, s.threads, s.intents / seconds, s.operations / seconds, s.heapBytes / (1024 * 1024));
    }

    static void writeHtml(Summary s, Path file) throws IOException {
        String chartJs;
        try (InputStream in = Report.class.getResourceAsStream(CHART_JS)) {
            if (in == null) {
                throw new IOException("Chart.js is missing from the class path: " + CHART_JS);
            }
            chartJs = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder labels = new StringBuilder();
        StringBuilder created = new StringBuilder();
        StringBuilder succeeded = new StringBuilder();
        StringBuilder expiredHolds = new StringBuilder();
        StringBuilder holds = new StringBuilder();
        s.timeline.forEach((bucket, v) -> {
            labels.append(String.format(Locale.ROOT, "\"day %.2f\",", bucket * Tally.BUCKET_SECONDS / 86400.0));
            created.append(v[0]).append(',');
            succeeded.append(v[1]).append(',');
            expiredHolds.append(v[2]).append(',');
            holds.append(String.format(Locale.ROOT, "%.2f,", v[3] / 100.0));
        });
        String statusSets = s.statusTimeline.entrySet().stream().map(e -> "{label:\"" + e.getKey() + "\",data:["
                + e.getValue().values().stream().map(String::valueOf).collect(Collectors.joining(",")) + "]}")
                .collect(Collectors.joining(","));
        StringBuilder rows = new StringBuilder();
        s.finalStatuses.forEach((k, v) -> rows.append("<tr><td>").append(k).append("</td><td>").append(v)
                .append("</td></tr>"));
        StringBuilder events = new StringBuilder();
        for (Map.Entry<EventType, Long> e : s.eventsByType.entrySet()) {
            events.append("<tr><td>").append(e.getKey().wireName()).append("</td><td>").append(e.getValue())
                    .append("</td></tr>");
        }
        String html = """
                <!doctype html><html><head><meta charset="utf-8"><title>PayState simulation</title>
                <style>body{font-family:sans-serif;margin:2em;max-width:1100px} td{padding:2px 12px}
                canvas{max-height:320px;margin-bottom:2em}</style>
                <script>%s</script></head><body>
                <h1>PayState simulation</h1>
                <p>%,d intents over %d virtual days, seed %d. Captured %s, expired %s, released %s.</p>
                <h2>Live intents by status over virtual time</h2><canvas id="statuses"></canvas>
                <h2>Holds outstanding (amount)</h2><canvas id="holds"></canvas>
                <h2>Created, succeeded and expired holds per 6 hours</h2><canvas id="flows"></canvas>
                <h2>Final statuses</h2><table>%s</table>
                <h2>Events</h2><table>%s</table>
                <script>
                const labels=[%s];
                new Chart(document.getElementById('statuses'),{type:'line',data:{labels,datasets:[%s]},
                  options:{animation:false,elements:{point:{radius:0}}}});
                new Chart(document.getElementById('holds'),{type:'line',data:{labels,datasets:[{label:'holds outstanding',data:[%s]}]},
                  options:{animation:false,elements:{point:{radius:0}}}});
                new Chart(document.getElementById('flows'),{type:'bar',data:{labels,datasets:[
                  {label:'created',data:[%s]},{label:'succeeded',data:[%s]},{label:'expired holds',data:[%s]}]},
                  options:{animation:false}});
                </script></body></html>
                """.formatted(chartJs, s.intents, s.scenario.days(), s.seed, money(s.captured), money(s.expired),
                money(s.released), rows, events, labels, statusSets, holds, created, succeeded, expiredHolds);
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }
}
