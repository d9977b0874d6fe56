package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentStatus;
import org.junit.jupiter.api.Test;

/** SetupIntent calls made with the client secret (Stripe.js, the mobile SDKs): checked, and answered with the publishable view. */
final class ClientSetupIntentTest {
    private final PaymentEngine engine = PaymentEngine.builder().clock(new TestClock()).build();

    private <T> T run(Request<T> request) {
        return engine.execute(request, RequestOptions.none()).body();
    }

    private SetupIntent created() {
        return run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder().description("server only")
                .metadata("order", "42").build()));
    }

    @Test
    void clientRetrieve_rightSecret_answersThePublishableView() {
        SetupIntent si = created();
        SetupIntent read = run(new SetupIntentRequest.ClientRetrieve(si.id(), si.clientSecret()));
        assertThat(read).isEqualTo(si.publishableView());
        assertThat(read.description()).isNull();
        assertThat(read.metadata()).isEmpty();
    }

    @Test
    void clientRetrieve_wrongSecret_isTheUnknownSetupIntentsAnswer() {
        SetupIntent si = created();
        PaymentEngineException unknown = org.assertj.core.api.Assertions.catchThrowableOfType(
                PaymentEngineException.class, () -> run(new SetupIntentRequest.Retrieve(
                        io.paystate.model.SetupIntentId.of("seti_unknown"))));
        assertThatThrownBy(() -> run(new SetupIntentRequest.ClientRetrieve(si.id(), si.clientSecret() + "x")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.code()).isEqualTo(unknown.code());
                    assertThat(e.getMessage()).doesNotContain(si.clientSecret());
                });
    }

    @Test
    void clientConfirm_declinedCard_errorCarriesThePublishableView() {
        SetupIntent si = created();
        assertThatThrownBy(() -> run(new SetupIntentRequest.ClientConfirm(si.id(), si.clientSecret(),
                new SetupIntentConfirmParams("pm_card_chargeDeclined", null, null, null))))
                .isInstanceOfSatisfying(CardException.class, e -> {
                    SetupIntent shown = e.details().setupIntent();
                    assertThat(shown).isNotNull();
                    assertThat(shown.status()).isEqualTo(SetupIntentStatus.REQUIRES_PAYMENT_METHOD);
                    assertThat(shown.metadata()).isEmpty();
                    assertThat(shown.lastSetupError()).isNotNull();
                });
        SetupIntent confirmed = run(new SetupIntentRequest.ClientConfirm(si.id(), si.clientSecret(),
                new SetupIntentConfirmParams("pm_card_visa", null, null, null)));
        assertThat(confirmed.status()).isEqualTo(SetupIntentStatus.SUCCEEDED);
        assertThat(confirmed.description()).isNull();
        assertThat(run(new SetupIntentRequest.Retrieve(si.id())).description()).isEqualTo("server only");
    }
}
