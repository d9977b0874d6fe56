package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps docs/errors.md listing every error code the engine can raise. */
final class ErrorDocsTest {
    @Test
    void errorsDoc_everyCode_isDocumented() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "errors.md"), StandardCharsets.UTF_8);
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(doc).as("docs/errors.md documents " + code.wireName()).contains("| `" + code.wireName() + "` |");
        }
    }
}
