package io.paystate.sim;

import io.paystate.model.Currency;
import io.paystate.model.EventType;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The sections of the HTML report, each a heading, a short note saying how to read it, and a
 * table or a chart. Written for someone deciding something from a run: every figure the console
 * prints is here, with percentages, and money always with its currency.
 */
final class ReportSections {
    private final Summary s;
    private final long declines;

    ReportSections(Summary s) {
        this.s = s;
        this.declines = s.declinesByCode.values().stream().mapToLong(Long::longValue).sum();
    }

    String glance() {
        StringBuilder out = new StringBuilder("<div class=\"cards\">");
        long succeeded = s.finalStatuses.getOrDefault("succeeded", 0L);
        card(out, Figures.count(succeeded), "succeeded (" + Figures.percent(succeeded, s.intents) + " of intents)");
        s.money.forEach((c, m) -> card(out, Figures.money(m.captured, c), "captured"));
        card(out, Figures.count(s.expiredHolds()), "holds expired uncaptured");
        s.money.forEach((c, m) -> {
            if (m.expiredHolds > 0) {
                card(out, Figures.money(m.expired, c), "lost to expired holds (" + Figures.percent(m.expired,
                        m.authorized) + " of authorized)");
            }
        });
        card(out, Figures.count(declines), "declines (" + Figures.percent(declines, s.intents) + " of intents)");
        card(out, Figures.count(s.captureAfterExpiry), "captures refused: hold already expired");
        return out.append("</div>\n").toString();
    }

    private static void card(StringBuilder out, String value, String label) {
        out.append("<div class=\"card\"><div class=\"value\">").append(HtmlTable.escape(value))
                .append("</div><div class=\"label\">").append(HtmlTable.escape(label)).append("</div></div>");
    }

    String run() {
        RunParameters p = s.parameters;
        HtmlTable parameters = new HtmlTable("parameter", "#value")
                .row("intents", Figures.count(s.intents))
                .row("virtual days of arrivals", Figures.count(s.scenario.days()))
                .row("seed", Long.toString(p.seed()))
                .row("partitions", Figures.count(p.partitions()))
                .row("scenario", p.scenarioSource())
                .row("runner", p.runner().option());
        HtmlTable engine = new HtmlTable("engine", "#figure")
                .row("wall time", Figures.seconds(s.wallMillis))
                .row("threads", Figures.count(p.threadsUsed()))
                .row("intents per second", Figures.rate(s.intents, s.wallMillis))
                .row("engine operations", Figures.count(s.operations))
                .row("operations per second", Figures.rate(s.operations, s.wallMillis))
                .row("heap in use at the end", Figures.mebibytes(s.heapBytes));
        return section("Run", "The result depends only on the scenario, the seed and the partition count; "
                + "threads and the machine change only the wall time.")
                + "<div class=\"columns\">" + parameters.html() + engine.html() + "</div>\n";
    }

    String statuses() {
        HtmlTable table = new HtmlTable("final status", "#intents", "#of intents");
        s.finalStatuses.forEach((k, v) -> table.row(k, Figures.count(v), Figures.percent(v, s.intents)));
        table.row("total", Figures.count(s.intents), Figures.percent(s.intents, s.intents));
        return section("Intents by final status", "Where each intent ended. <em>canceled (automatic)</em> is a "
                + "hold that expired; <em>(open)</em> marks intents still waiting when the run ended, such as "
                + "declines nobody retried.") + table.html() + "\n";
    }

    String money() {
        StringBuilder headers = new StringBuilder("money");
        s.money.keySet().forEach(c -> headers.append("\t#").append(Figures.unit(c)));
        HtmlTable table = new HtmlTable(headers.toString().split("\t"));
        moneyRow(table, "authorized", m -> m.authorized);
        moneyRow(table, "captured", m -> m.captured);
        moneyRow(table, "released (canceled holds, rest of partial captures)", m -> m.released);
        moneyRow(table, "expired (hold past the 7-day window)", m -> m.expired);
        String[] count = new String[s.money.size() + 1];
        count[0] = "expired holds (count)";
        int i = 1;
        for (MoneyFlows m : s.money.values()) {
            count[i++] = Figures.count(m.expiredHolds);
        }
        table.row(count);
        return section("Money by currency", "In each currency's major units. Currencies are never added "
                + "together: cards pay in US dollars, SEPA debits in euros.") + table.html() + "\n";
    }

    private void moneyRow(HtmlTable table, String label, ToLongFunction<MoneyFlows> figure) {
        String[] cells = new String[s.money.size() + 1];
        cells[0] = label;
        int i = 1;
        for (Map.Entry<Currency, MoneyFlows> e : s.money.entrySet()) {
            cells[i++] = Figures.amount(figure.applyAsLong(e.getValue()), e.getKey());
        }
        table.row(cells);
    }

    String declines() {
        HtmlTable table = new HtmlTable("decline code", "#declines", "#of declines", "#of intents");
        s.declinesByCode.forEach((k, v) -> table.row(k, Figures.count(v), Figures.percent(v, declines),
                Figures.percent(v, s.intents)));
        table.row("total", Figures.count(declines), Figures.percent(declines, declines),
                Figures.percent(declines, s.intents));
        return section("Declines by code", "Every failed payment attempt, by the decline code the customer's bank "
                + "gave (a retried decline that fails again counts twice).") + table.html() + "\n";
    }

    String capture() {
        HtmlTable table = new HtmlTable("percentile", "#hours from authorization to capture");
        for (int p : new int[] {50, 90, 99}) {
            table.row("p" + p, Figures.hours(s.hoursToCapture(p)));
        }
        table.row("captures", Figures.count(s.secondsToCapture.getTotalCount()));
        return section("Time from authorization to capture", "How long holds waited for their capture, in "
                + ChartData.CAPTURE_BIN_HOURS + "-hour bins. No capture can come after the red line: a hold "
                + "expires 7 days after authorization, and a later capture is refused ("
                + Figures.count(s.captureAfterExpiry) + " in this run).")
                + "<div class=\"columns\"><div style=\"flex:1;min-width:600px\">" + canvas("capture") + "</div>"
                + table.html() + "</div>\n";
    }

    String overTime() {
        String drain = s.scenario.days() <= s.lastDay ? String.format(Locale.ROOT, " Intents arrive on days 1 to %d."
                + " The shaded days after that receive no new intents: the run goes on until every planned capture,"
                + " cancellation and retry has happened, so holds still open are captured, canceled or expire"
                + " there (hosts capture up to %d hours after authorization).", s.scenario.days(),
                s.scenario.captureWithinHoursMax()) : "";
        return section("Over virtual time", "One point or bar per virtual day." + drain)
                + "<h3>Intents in flight by status</h3>" + canvas("statuses")
                + "<h3>Holds outstanding</h3>" + canvas("holds")
                + "<h3>Created and succeeded per day</h3>" + canvas("flows")
                + "<h3>Holds expired per day</h3>" + canvas("expired") + "\n";
    }

    String events() {
        HtmlTable table = new HtmlTable("event type", "#events");
        for (Map.Entry<EventType, Long> e : s.eventsByType.entrySet()) {
            table.row(e.getKey().wireName(), Figures.count(e.getValue()));
        }
        HtmlTable other = new HtmlTable("other counts", "#count")
                .row("idempotent replays", Figures.count(s.replays))
                .row("captures refused (hold already expired)", Figures.count(s.captureAfterExpiry))
                .row("intents still open at the end", Figures.count(s.liveAtEnd));
        return section("Events and other counts", "Events the engine emitted, by Stripe event type. A replay is a "
                + "create sent again with the same idempotency key, answered from the first result.")
                + "<div class=\"columns\">" + table.html() + other.html() + "</div>\n";
    }

    String scenario() {
        HtmlTable table = new HtmlTable("scenario key", "#value");
        for (RecordComponent c : Scenario.class.getRecordComponents()) {
            try {
                Object value = c.getAccessor().invoke(s.scenario);
                table.row(c.getName(), value instanceof Integer n ? Figures.count(n) : String.valueOf(value));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Scenario accessor " + c.getName() + " is not reachable", e);
            }
        }
        return section("Scenario", "The mix this run used (" + HtmlTable.escape(s.parameters.scenarioSource())
                + "); see the simulation guide for what each key means.") + table.html() + "\n";
    }

    private static String canvas(String id) {
        return "<div class=\"chart\"><canvas id=\"" + id + "\"></canvas></div>";
    }

    /** Notes are trusted markup written here, never data. */
    private static String section(String title, String note) {
        return "<h2>" + HtmlTable.escape(title) + "</h2>\n<p class=\"note\">" + note + "</p>\n";
    }
}
