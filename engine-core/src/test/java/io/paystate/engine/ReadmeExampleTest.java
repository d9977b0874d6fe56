package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.CaptureMethod;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's quick start, compiled and run; a second test keeps the README's copy identical. */
final class ReadmeExampleTest {

    @Test
    void quickStart_manualCapture_succeeds() {
        // tag::quick-start[]
        PaymentEngine engine = PaymentEngine.builder().build(); // in-memory store, test-mode cards

        PaymentIntent intent = engine.create(CreateParams.builder(2000, "usd")
                .paymentMethod("pm_card_visa")
                .captureMethod(CaptureMethod.MANUAL)
                .build());                                        // requires_confirmation

        intent = engine.confirm(intent.id(), ConfirmParams.none()); // requires_capture, 2000 held

        intent = engine.capture(intent.id(), CaptureParams.amount(1500)); // succeeded, 500 released

        System.out.println(intent.status() + " " + intent.amountReceived()); // SUCCEEDED 1500
        // end::quick-start[]
        assertThat(intent.status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(intent.amountReceived()).isEqualTo(1500);
    }

    @Test
    void readme_quickStartBlock_matchesThisTest() throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/paystate/engine/ReadmeExampleTest.java"),
                StandardCharsets.UTF_8);
        String region = source.substring(source.indexOf("// tag::quick-start[]") + "// tag::quick-start[]".length(),
                source.indexOf("// end::quick-start[]"));
        String dedented = region.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .collect(Collectors.joining("\n")).strip();
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        assertThat(readme).as("README quick start must equal the tagged region of ReadmeExampleTest").contains(dedented);
    }
}
