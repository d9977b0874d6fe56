package io.paystate.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.Currency;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the HTML report says; whether its charts draw is {@link ReportRenderingTest}'s job. */
final class HtmlReportTest {
    private static Summary s;
    private static String html;
    /** The page without the inlined Chart.js, so that failure messages stay readable. */
    private static String body;

    @BeforeAll
    static void render() throws IOException {
        s = ReportFixture.summary();
        html = HtmlReport.html(s);
        body = html.substring(html.indexOf("<body>"));
    }

    @Test
    void html_chartJs_embeddedNotFetched() {
        assertThat(html.contains("Chart.js v4")).as("Chart.js inlined").isTrue();
        assertThat(html.contains("<script src") || html.contains("<link")).as("anything fetched").isFalse();
    }

    @Test
    void html_everyChart_hasACanvas() {
        for (String id : ChartData.IDS) {
            assertThat(body).contains("<canvas id=\"" + id + "\"></canvas>");
        }
    }

    @Test
    void html_runParameters_allShown() {
        assertThat(body).contains("<td>intents</td><td class=\"num\">3,000</td>")
                .contains("<td>seed</td><td class=\"num\">5</td>")
                .contains("<td>partitions</td><td class=\"num\">2</td>")
                .contains("<td>scenario</td><td class=\"num\">built-in defaults</td>")
                .contains("<td>runner</td><td class=\"num\">squirrel</td>")
                .contains("<td>wall time</td>");
    }

    @Test
    void html_finalStatuses_countAndPercentage() {
        long succeeded = s.finalStatuses.get("succeeded");
        assertThat(body).contains("<td>succeeded</td><td class=\"num\">" + Figures.count(succeeded)
                + "</td><td class=\"num\">" + Figures.percent(succeeded, s.intents) + "</td>");
    }

    @Test
    void html_declines_everyCodeWithShares() {
        s.declinesByCode.forEach((code, n) -> assertThat(body).contains("<td>" + code + "</td><td class=\"num\">"
                + Figures.count(n) + "</td>"));
    }

    @Test
    void html_money_onePerCurrencyNeverSummed() {
        MoneyFlows usd = s.money.get(Currency.of("usd"));
        MoneyFlows eur = s.money.get(Currency.of("eur"));
        assertThat(body).contains("<th class=\"num\">EUR</th><th class=\"num\">USD</th>")
                .contains("<td>captured</td><td class=\"num\">" + Figures.amount(eur.captured, Currency.of("eur"))
                        + "</td><td class=\"num\">" + Figures.amount(usd.captured, Currency.of("usd")) + "</td>")
                .doesNotContain(Figures.amount(usd.captured + eur.captured, Currency.of("usd")));
    }

    @Test
    void html_expiredHolds_countAndAmount() {
        MoneyFlows usd = s.money.get(Currency.of("usd"));
        assertThat(usd.expiredHolds).isPositive();
        assertThat(body).contains(Figures.count(usd.expiredHolds) + "</div><div class=\"label\">holds expired")
                .contains(Figures.money(usd.expired, Currency.of("usd")));
    }

    @Test
    void html_consoleCounts_alsoInTheReport() {
        assertThat(body).contains("<td>idempotent replays</td><td class=\"num\">" + Figures.count(s.replays))
                .contains("<td>captures refused (hold already expired)</td><td class=\"num\">"
                        + Figures.count(s.captureAfterExpiry))
                .contains("<td>payment_intent.created</td><td class=\"num\">3,000</td>");
        for (String p : List.of("p50", "p90", "p99")) {
            assertThat(body).contains("<td>" + p + "</td>");
        }
    }

    @Test
    void html_drain_explained() {
        assertThat(s.lastDay).as("the run goes on after the last arrival").isGreaterThan(12);
        assertThat(body).contains("Intents arrive on days 1 to 12.").contains("receive no new intents");
    }

    @Test
    void chartData_days_labelledAsPeopleCount() {
        Map<String, Object> data = ChartData.of(s);
        @SuppressWarnings("unchecked")
        List<String> days = (List<String>) data.get("days");
        assertThat(days).first().isEqualTo("day 1");
        assertThat(days).hasSize((int) s.lastDay + 1).allMatch(d -> d.matches("day \\d+"));
        assertThat(data.get("drainFrom")).as("index of day 13, the first without arrivals").isEqualTo(12);
        assertThat(data.get("charts")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsOnlyKeys(ChartData.IDS.toArray());
    }

    @Test
    void chartData_flows_sumToTheTotals() {
        long created = s.flows.values().stream().mapToLong(v -> v[Tally.CREATED]).sum();
        long expired = s.flows.values().stream().mapToLong(v -> v[Tally.EXPIRED_HOLDS]).sum();
        assertThat(created).isEqualTo(s.intents);
        assertThat(expired).isEqualTo(s.expiredHolds());
    }

    @Test
    void console_money_perCurrencyWithUnits() {
        StringWriter out = new StringWriter();
        ConsoleReport.print(s, new PrintWriter(out));
        assertThat(out.toString()).contains("Money by currency").containsPattern("EUR +USD")
                .contains("expired holds (count)").doesNotContain("usd and eur");
    }

    @Test
    void json_scriptBreakingText_escaped() {
        assertThat(Json.of(Map.of("a", List.of("</script>", "\"q\"", 1.50, 2L))))
                .isEqualTo("{\"a\":[\"\\u003c/script>\",\"\\\"q\\\"\",1.5,2]}");
    }

    @Test
    void figures_numbers_groupedAndInMajorUnits() {
        assertThat(Figures.count(1234567)).isEqualTo("1,234,567");
        assertThat(Figures.money(123456, Currency.of("usd"))).isEqualTo("1,234.56 USD");
        assertThat(Figures.money(1234, Currency.of("jpy"))).isEqualTo("1,234 JPY");
        assertThat(Figures.percent(1, 3)).isEqualTo("33.3%");
        assertThat(Figures.percent(1, 0)).isEqualTo("–");
    }
}
