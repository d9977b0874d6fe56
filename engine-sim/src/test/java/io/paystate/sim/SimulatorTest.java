package io.paystate.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.EventType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SimulatorTest {
    private static final Scenario SMALL = Scenario.defaults().withSize(3000, 12);

    private static long count(Summary s, EventType type) {
        return s.eventsByType.getOrDefault(type, 0L);
    }

    private static long finals(Summary s, String prefix) {
        return s.finalStatuses.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToLong(java.util.Map.Entry::getValue).sum();
    }

    @Test
    void run_sameSeed_sameSummaryWhateverTheThreads() {
        Summary one = Simulator.run(SMALL, 7, 2, 1, n -> { });
        Summary two = Simulator.run(SMALL, 7, 2, 2, n -> { });
        assertThat(two.deterministic()).isEqualTo(one.deterministic());
    }

    @Test
    void run_otherSeed_otherSummary() {
        assertThat(Simulator.run(SMALL, 8, 2, 2, n -> { }).deterministic())
                .isNotEqualTo(Simulator.run(SMALL, 7, 2, 2, n -> { }).deterministic());
    }

    @Test
    void run_countsFromTheStore_matchTheEnginesEvents() {
        Summary s = Simulator.run(SMALL, 11, 2, 2, n -> { });
        assertThat(s.intents).isEqualTo(3000);
        assertThat(count(s, EventType.PAYMENT_INTENT_CREATED)).isEqualTo(s.intents);
        assertThat(finals(s, "succeeded")).isEqualTo(count(s, EventType.PAYMENT_INTENT_SUCCEEDED));
        assertThat(finals(s, "canceled")).isEqualTo(count(s, EventType.PAYMENT_INTENT_CANCELED));
        assertThat(finals(s, "canceled (automatic)")).isEqualTo(count(s, EventType.CHARGE_EXPIRED));
        long all = s.finalStatuses.values().stream().mapToLong(Long::longValue).sum();
        assertThat(all).isEqualTo(s.intents);
        assertThat(s.declinesByCode.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(count(s, EventType.PAYMENT_INTENT_PAYMENT_FAILED));
    }

    @Test
    void run_defaultMix_exercisesEveryPath() {
        Summary s = Simulator.run(SMALL, 3, 2, 2, n -> { });
        assertThat(finals(s, "canceled (automatic)")).as("holds that expired").isPositive();
        assertThat(finals(s, "canceled (abandoned)")).as("abandoned 3-D Secure").isPositive();
        assertThat(count(s, EventType.PAYMENT_INTENT_PROCESSING)).as("SEPA debits").isPositive();
        assertThat(s.replays).as("idempotent replays").isPositive();
        assertThat(s.expired).isPositive();
        assertThat(s.captured).isLessThanOrEqualTo(s.authorized + count(s, EventType.PAYMENT_INTENT_SUCCEEDED) * 20_500);
    }

    @Test
    void htmlReport_embedsChartJsAndTheCharts(@TempDir Path dir) throws IOException {
        Summary s = Simulator.run(Scenario.defaults().withSize(500, 10), 1, 2, 2, n -> { });
        Path file = dir.resolve("report.html");
        Report.writeHtml(s, file);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html).contains("<canvas id=\"statuses\">").contains("<canvas id=\"holds\">")
                .contains("new Chart(").contains("Chart.js v4").doesNotContain("src=\"http");
    }

    @Test
    void scenarioFile_overridesOnlyWhatItNames(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.properties");
        Files.writeString(file, "intents=1234\ndeclineShare=0.1\n");
        Scenario s = Scenario.read(file);
        assertThat(s.intents()).isEqualTo(1234);
        assertThat(s.declineShare()).isEqualTo(0.1);
        assertThat(s.days()).isEqualTo(Scenario.defaults().days());
    }
}
