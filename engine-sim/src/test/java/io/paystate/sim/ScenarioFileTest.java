package io.paystate.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ScenarioFileTest {
    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("s.properties"), text);
    }

    @Test
    void read_someKeys_overridesOnlyThose() throws IOException {
        Scenario s = Scenario.read(file("intents=1234\ndeclineShare=0.1\n"));
        assertThat(s.intents()).isEqualTo(1234);
        assertThat(s.declineShare()).isEqualTo(0.1);
        assertThat(s.days()).isEqualTo(Scenario.defaults().days());
    }

    @Test
    void read_everyDocumentedKey_isKnown() throws IOException {
        // the keys of the default scenario, as docs/simulation.md lists them
        Scenario d = Scenario.defaults();
        Scenario s = Scenario.read(file("intents=1000000\ndays=30\ngoodCardShare=0.70\ndeclineShare=0.12\n"
                + "threeDSecureShare=0.10\nabandonShare=0.3\nsepaShare=0.08\nmanualCaptureShare=0.35\n"
                + "captureWithinHoursMax=216\npartialCaptureShare=0.2\ncancelShare=0.1\nretryAfterDeclineShare=0.5\n"
                + "idempotentRetryShare=0.05\n"));
        assertThat(s).isEqualTo(d);
    }

    @Test
    void read_misspeltKey_suggestsTheClosest() throws IOException {
        Path f = file("idempotentRetryshare=0.1\n");
        assertThatThrownBy(() -> Scenario.read(f)).isInstanceOf(ScenarioException.class)
                .hasMessage("--scenario " + f + ": unknown key 'idempotentRetryshare' (did you mean 'idempotentRetryShare'?)");
    }

    @Test
    void read_unrelatedKey_noMisleadingSuggestion() throws IOException {
        Path f = file("colour=blue\n");
        assertThatThrownBy(() -> Scenario.read(f)).hasMessage("--scenario " + f + ": unknown key 'colour'");
    }

    @Test
    void read_textWhereANumberBelongs_namesKeyAndValue() throws IOException {
        Path f = file("days=thirty\n");
        assertThatThrownBy(() -> Scenario.read(f)).hasMessageEndingWith("days must be a whole number, got 'thirty'");
    }

    @Test
    void read_sharesAboveOne_namesTheSum() throws IOException {
        Path f = file("goodCardShare=0.9\ndeclineShare=0.3\n");
        assertThatThrownBy(() -> Scenario.read(f)).hasMessageContaining("add up to").hasMessageContaining("more than 1");
    }

    @Test
    void read_directory_saysSo() {
        assertThatThrownBy(() -> Scenario.read(dir)).hasMessageEndingWith("is a directory, not a properties file");
    }

    @Test
    void keys_areTheRecordComponents() {
        assertThat(ScenarioFile.keys()).hasSize(Scenario.class.getRecordComponents().length)
                .contains("intents", "days", "captureWithinHoursMax", "idempotentRetryShare");
    }

    @Test
    void closest_oneTypo_found() {
        assertThat(Closest.to("sepashare", List.of("sepaShare", "cancelShare"))).contains("sepaShare");
        assertThat(Closest.to("xyz", List.of("sepaShare", "cancelShare"))).isEmpty();
        assertThat(Closest.distance("kitten", "sitting")).isEqualTo(3);
    }
}
