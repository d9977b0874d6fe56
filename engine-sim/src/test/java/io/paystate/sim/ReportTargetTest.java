package io.paystate.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReportTargetTest {
    @TempDir
    Path dir;

    @Test
    void check_missingDirectories_createsThemAndLeavesNoFile() {
        Path file = dir.resolve("a/b/report.html");
        assertThat(ReportTarget.check(file)).isEqualTo(file.toAbsolutePath());
        assertThat(file.getParent()).isDirectory();
        assertThat(file).doesNotExist();
    }

    @Test
    void check_existingReport_keepsItsContent() throws IOException {
        Path file = Files.writeString(dir.resolve("report.html"), "last run");
        ReportTarget.check(file);
        assertThat(file).hasContent("last run");
    }

    @Test
    void check_parentIsAFile_explains() throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "").resolve("report.html");
        assertThatThrownBy(() -> ReportTarget.check(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot create the directory");
    }

    @Test
    void default_isUnderTarget() {
        assertThat(ReportTarget.DEFAULT).isEqualTo(Path.of("target", "paystate", "report.html"));
    }
}
