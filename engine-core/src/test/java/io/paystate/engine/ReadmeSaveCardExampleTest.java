package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.Customer;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.model.PaymentMethod;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentStatus;
import io.paystate.spi.PaymentMethodData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's "save a card and charge it off session" snippet, compiled and run; and kept identical. */
final class ReadmeSaveCardExampleTest {

    @Test
    void saveCard_setUpThenChargedOffSession_succeeds() {
        // tag::save-card[]
        PaymentEngine engine = PaymentEngine.builder().build();
        RequestOptions none = RequestOptions.none();

        Customer jenny = engine.execute(new CustomerRequest.Create(CustomerParams.none()), none).body();
        PaymentMethod card = engine.execute(new PaymentMethodRequest.Create(new PaymentMethodData("card",
                Map.of("number", "4000002500003155")), Map.of()), none).body(); // needs 3-D Secure

        SetupIntent setup = engine.execute(new SetupIntentRequest.Create(SetupIntentCreateParams.builder()
                .customer(jenny.id().value()).paymentMethod(card.id().value()).confirm(true).build()), none)
                .body();                                                         // requires_action
        setup = engine.execute(new SetupIntentRequest.CompleteAction(setup.id(), ActionOutcome.SUCCESS), none)
                .body();                                       // succeeded: attached, set up for off_session

        PaymentIntent later = engine.create(CreateParams.builder(1500, "usd").customer(jenny.id().value())
                .paymentMethod(card.id().value()).confirm(true).offSession(true).build()); // succeeded
        // end::save-card[]
        assertThat(setup.status()).isEqualTo(SetupIntentStatus.SUCCEEDED);
        assertThat(later.status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
    }

    @Test
    void readme_saveCardBlock_matchesThisTest() throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/paystate/engine/ReadmeSaveCardExampleTest.java"),
                StandardCharsets.UTF_8);
        String region = source.substring(source.indexOf("// tag::save-card[]") + "// tag::save-card[]".length(),
                source.indexOf("// end::save-card[]"));
        String dedented = region.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .collect(Collectors.joining("\n")).strip();
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        assertThat(readme).as("README's save-card snippet must equal the tagged region of this test")
                .contains(dedented);
    }
}
