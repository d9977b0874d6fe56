package io.paystate.sim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The HTML report: one self-contained file, readable offline. Chart.js, the stylesheet and the
 * drawing script are inlined rather than linked, so the file can be mailed or archived and still
 * opens years later without a network. The sections come from {@link ReportSections}, the chart
 * data from {@link ChartData}.
 */
final class HtmlReport {
    /** The webjar's path; the version comes from the parent POM's {@code chartjs.version}. */
    private static final String CHART_JS = "/META-INF/resources/webjars/chart.js/4.4.1/dist/chart.umd.js";

    private HtmlReport() {}

    static void write(Summary s, Path file) throws IOException {
        Files.writeString(file, html(s), StandardCharsets.UTF_8);
    }

    static String html(Summary s) throws IOException {
        ReportSections sections = new ReportSections(s);
        StringBuilder page = new StringBuilder();
        page.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>PayState simulation: ").append(Figures.count(s.intents)).append(" intents, seed ")
                .append(s.parameters.seed()).append("</title>\n<style>").append(resource("report.css"))
                .append("</style>\n<script>").append(resource(CHART_JS)).append("</script>\n</head><body>\n");
        page.append("<h1>PayState simulation</h1>\n<p class=\"lead\">")
                .append(HtmlTable.escape(String.format(Locale.ROOT,
                        "%s intents arriving over %d virtual days, seed %d, %s, runner %s.", Figures.count(s.intents),
                        s.scenario.days(), s.parameters.seed(), s.parameters.scenarioSource(),
                        s.parameters.runner().option())))
                .append("</p>\n");
        page.append(sections.glance());
        page.append(sections.run());
        page.append(sections.statuses());
        page.append(sections.money());
        page.append(sections.declines());
        page.append(sections.capture());
        page.append(sections.overTime());
        page.append(sections.events());
        page.append(sections.scenario());
        page.append("<script type=\"application/json\" id=\"report-data\">").append(Json.of(ChartData.of(s)))
                .append("</script>\n<script>").append(resource("report.js")).append("</script>\n</body></html>\n");
        return page.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing from the class path: " + name);
            }
            // an inlined script must not contain "</script", or the browser ends the element there
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
        }
    }
}
