package io.paystate.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report in headless Chromium and checks that every chart drew. Reading the HTML cannot
 * tell: a typo in the drawing script or a Chart.js option it rejects leaves every canvas blank
 * while the file looks complete. Skipped, saying why, where no Chromium can be had.
 */
final class ReportRenderingTest {
    /** Collects script errors; goes first in the head, so it sees errors of every later script. */
    private static final String ERRORS = "<script>window.probeErrors=[];"
            + "window.addEventListener('error',e=>window.probeErrors.push(e.message));</script>";

    /**
     * After load, writes one line per canvas into the DOM: whether Chart.js owns it, how many data
     * elements it laid out, and how many pixels are not transparent (a blank canvas has none).
     */
    private static final String PROBE = """
            <script>window.addEventListener('load',()=>setTimeout(()=>{
              const lines=[];
              document.querySelectorAll('canvas').forEach(c=>{
                const chart=Chart.getChart(c);
                const px=c.getContext('2d').getImageData(0,0,c.width,c.height).data;
                let inked=0;for(let i=3;i<px.length;i+=4){if(px[i]!==0)inked++;}
                const elements=chart?chart.data.datasets.reduce((n,d,i)=>n+chart.getDatasetMeta(i).data.length,0):0;
                lines.push(c.id+' chart='+(chart?'yes':'no')+' elements='+elements+' inked='+inked);
              });
              window.probeErrors.forEach(e=>lines.push('error '+e));
              document.querySelectorAll('.chart-error').forEach(e=>lines.push('error '+e.textContent));
              const pre=document.createElement('pre');pre.id='chart-probe';pre.textContent=lines.join('\\n');
              document.body.appendChild(pre);
            },100));</script>
            """;

    private static final Pattern LINE = Pattern.compile("(\\w+) chart=(\\w+) elements=(\\d+) inked=(\\d+)");

    @BeforeAll
    static void needsChromium() {
        String reason = Chromium.unavailableReason();
        if (reason != null) {
            System.err.println("ReportRenderingTest SKIPPED: no headless Chromium: " + reason);
        }
        Assumptions.assumeTrue(reason == null, () -> "no headless Chromium, charts not checked: " + reason);
    }

    @Test
    void report_inChromium_everyChartDraws(@TempDir Path dir) throws IOException, InterruptedException {
        String html = HtmlReport.html(ReportFixture.summary());
        Path page = dir.resolve("report.html");
        Files.writeString(page, html.replace("<head>", "<head>" + ERRORS).replace("</body>", PROBE + "</body>"));

        String dom = Chromium.dumpDom(page, dir);

        Matcher probe = Pattern.compile("<pre id=\"chart-probe\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        assertThat(probe.find()).as("the probe ran; DOM:%n%s", dom.length() > 2000 ? dom.substring(0, 2000) : dom)
                .isTrue();
        String report = probe.group(1);
        assertThat(report).as("script errors").doesNotContain("error ");
        Map<String, long[]> charts = new LinkedHashMap<>();
        Matcher m = LINE.matcher(report);
        while (m.find()) {
            assertThat(m.group(2)).as("%s belongs to a chart", m.group(1)).isEqualTo("yes");
            charts.put(m.group(1), new long[] {Long.parseLong(m.group(3)), Long.parseLong(m.group(4))});
        }
        assertThat(charts.keySet()).containsExactlyElementsOf(ChartData.IDS);
        charts.forEach((id, figures) -> {
            assertThat(figures[0]).as("%s data elements", id).isPositive();
            assertThat(figures[1]).as("%s painted pixels", id).isPositive();
        });
    }
}
