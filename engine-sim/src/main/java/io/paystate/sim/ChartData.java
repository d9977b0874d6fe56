package io.paystate.sim;

import io.paystate.model.Currency;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The data behind the report's charts, as plain maps and lists for {@link Json}; {@code report.js}
 * turns each entry into a Chart.js chart. Deciding the content here and the drawing there keeps
 * every figure computed in Java, where it is tested, and the script generic.
 */
final class ChartData {
    /** Six-hour bins: fine enough to show the 1-hour-to-9-day capture spread, coarse enough to read. */
    static final int CAPTURE_BIN_HOURS = 6;
    /** Stripe releases an uncaptured card authorization after 7 days. */
    static final int HOLD_WINDOW_HOURS = 168;

    private ChartData() {}

    /** The ids of the charts, in page order; the HTML has one canvas for each. */
    static final List<String> IDS = List.of("capture", "statuses", "holds", "flows", "expired");

    static Map<String, Object> of(Summary s) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<String> days = new ArrayList<>();
        for (long d = 0; d <= s.lastDay; d++) {
            days.add(Figures.day(d));
        }
        data.put("days", days);
        // intents arrive on days 0 .. days-1; what follows only finishes what already arrived
        data.put("drainFrom", s.scenario.days() <= s.lastDay ? s.scenario.days() : null);
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("statuses", statuses(s));
        charts.put("holds", holds(s));
        charts.put("flows", chart("bar", "intents per day", List.of(
                series("created", column(s, Tally.CREATED)), series("succeeded", column(s, Tally.SUCCEEDED)))));
        charts.put("expired", chart("bar", "holds expired per day", List.of(
                series("expired holds", column(s, Tally.EXPIRED_HOLDS)))));
        charts.put("capture", capture(s));
        data.put("charts", charts);
        return data;
    }

    private static Map<String, Object> statuses(Summary s) {
        List<Object> series = new ArrayList<>();
        // a status nobody was ever in (requires_confirmation, with confirm=true) would only be a flat line at zero
        s.statusLevels.forEach((status, levels) -> {
            if (levels.values().stream().anyMatch(v -> v != 0)) {
                series.add(series(status, values(levels)));
            }
        });
        return chart("line", "intents in this status at the end of the day", series);
    }

    private static Map<String, Object> holds(Summary s) {
        List<Object> series = new ArrayList<>();
        series.add(series("holds (count)", values(s.holdLevels)));
        s.holdAmountLevels.forEach((currency, levels) -> {
            Map<String, Object> amount = series("amount held (" + Figures.unit(currency) + ")", majorUnits(levels, currency));
            // amounts are on their own axis: counts and money do not share a scale
            amount.put("axis", "amount");
            series.add(amount);
        });
        Map<String, Object> chart = chart("line", "holds outstanding at the end of the day", series);
        chart.put("amountTitle", "amount held (major units of each currency)");
        return chart;
    }

    private static Map<String, Object> capture(Summary s) {
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        TreeMap<Long, Long> bins = new TreeMap<>();
        s.capturesByHour.forEach((hour, n) -> bins.merge(hour / CAPTURE_BIN_HOURS, n, Long::sum));
        // one bin past the hold window, so that its line shows even when no wait came close to it
        long last = Math.max(bins.isEmpty() ? 0 : bins.lastKey(), HOLD_WINDOW_HOURS / CAPTURE_BIN_HOURS);
        for (long bin = 0; bin <= last; bin++) {
            labels.add(bin * CAPTURE_BIN_HOURS + "–" + (bin + 1) * CAPTURE_BIN_HOURS + " h");
            counts.add(bins.getOrDefault(bin, 0L));
        }
        Map<String, Object> chart = chart("bar", "captures", List.of(series("captures", counts)));
        chart.put("labels", labels);
        chart.put("xTitle", "time from authorization to capture");
        List<Object> markers = new ArrayList<>();
        if (s.secondsToCapture.getTotalCount() > 0) {
            for (int p : new int[] {50, 90, 99}) {
                double hours = s.hoursToCapture(p);
                markers.add(marker(hours, "p" + p + " " + Figures.hours(hours)));
            }
        }
        markers.add(marker(HOLD_WINDOW_HOURS, "holds expire (7 days)"));
        chart.put("markers", markers);
        return chart;
    }

    /** A vertical line at {@code hours}, in bin units: bin i covers i - 0.5 .. i + 0.5 on a category axis. */
    private static Map<String, Object> marker(double hours, String label) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", hours / CAPTURE_BIN_HOURS - 0.5);
        m.put("label", label);
        return m;
    }

    private static Map<String, Object> chart(String type, String yTitle, List<Object> series) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", type);
        chart.put("yTitle", yTitle);
        chart.put("series", series);
        return chart;
    }

    private static Map<String, Object> series(String label, List<?> values) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("label", label);
        series.put("data", values);
        return series;
    }

    private static List<Long> column(Summary s, int index) {
        return s.flows.values().stream().map(v -> v[index]).toList();
    }

    private static List<Long> values(SortedMap<Long, Long> levels) {
        return List.copyOf(levels.values());
    }

    private static List<Double> majorUnits(SortedMap<Long, Long> levels, Currency currency) {
        return levels.values().stream().map(v -> BigDecimal.valueOf(v, currency.decimals()).doubleValue()).toList();
    }
}
