package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.AccountId;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.spi.IdGenerator;
import org.junit.jupiter.api.Test;

final class ClientSideCallsTest {
    private final RecordingSink sink = new RecordingSink();
    private final PaymentEngine engine = PaymentEngine.builder()
                .customerStore(TestCustomers.with("cus_1")).clock(new TestClock()).eventSink(sink)
            .processor(new ScriptedProcessor()).idGenerator(IdGenerator.seeded(3)).build();

    private PaymentIntent created() {
        return engine.create(CreateParams.builder(1000, "usd").customer("cus_1").metadata("order", "42")
                .statementDescriptorSuffix("SHOP").build());
    }

    @Test
    void clientRetrieve_rightSecret_returnsThePublishableView() {
        PaymentIntent pi = created();
        PaymentIntent view = engine.clientRetrieve(pi.id(), pi.clientSecret(), RequestOptions.none());
        assertThat(view.id()).isEqualTo(pi.id());
        assertThat(view.amount()).isEqualTo(1000);
        assertThat(view.customer()).isNull();
        assertThat(view.metadata()).isEmpty();
        assertThat(view.statementDescriptorSuffix()).isNull();
    }

    @Test
    void clientRetrieve_wrongSecret_isIndistinguishableFromAnUnknownIntent() {
        PaymentIntent pi = created();
        PaymentEngineException wrongSecret = catchError(() ->
                engine.clientRetrieve(pi.id(), pi.clientSecret() + "x", RequestOptions.none()));
        PaymentIntentId unknown = PaymentIntentId.of("pi_doesNotExist");
        PaymentEngineException unknownIntent = catchError(() ->
                engine.clientRetrieve(unknown, pi.clientSecret(), RequestOptions.none()));
        assertThat(wrongSecret.httpStatus()).isEqualTo(404).isEqualTo(unknownIntent.httpStatus());
        assertThat(wrongSecret.code()).contains(ErrorCode.RESOURCE_MISSING);
        assertThat(wrongSecret.getMessage()).isEqualTo(unknownIntent.getMessage().replace(unknown.value(), pi.id().value()));
        assertThat(wrongSecret.paymentIntent()).isEmpty();
    }

    @Test
    void clientConfirm_wrongSecret_changesNothing() {
        PaymentIntent pi = created();
        int before = sink.size();
        assertThatThrownBy(() -> engine.clientConfirm(pi.id(), "pi_x_secret_y", ConfirmParams.withPaymentMethod("pm_ok"),
                RequestOptions.none())).isInstanceOf(InvalidRequestException.class);
        assertThat(engine.retrieve(pi.id())).isEqualTo(pi);
        assertThat(sink.size()).isEqualTo(before);
    }

    @Test
    void clientConfirm_decline_carriesThePublishableView() {
        PaymentIntent pi = created();
        assertThatThrownBy(() -> engine.clientConfirm(pi.id(), pi.clientSecret(),
                ConfirmParams.withPaymentMethod("pm_decline"), RequestOptions.none()))
                .isInstanceOfSatisfying(CardException.class, e -> {
                    PaymentIntent carried = e.paymentIntent().orElseThrow();
                    assertThat(carried.status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
                    assertThat(carried.metadata()).isEmpty();
                    assertThat(carried.latestCharge()).isNull();
                });
    }

    @Test
    void clientConfirm_rightSecret_confirms() {
        PaymentIntent pi = created();
        PaymentIntent view = engine.clientConfirm(pi.id(), pi.clientSecret(), ConfirmParams.withPaymentMethod("pm_ok"),
                RequestOptions.none());
        assertThat(view.status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(engine.retrieve(pi.id()).metadata()).containsEntry("order", "42");
    }

    @Test
    void retrieve_otherAccount_is404() {
        PaymentIntent pi = created();
        PaymentEngineException e = catchError(() ->
                engine.retrieve(pi.id(), RequestOptions.none().withAccount(AccountId.of("acct_other"))));
        assertThat(e.httpStatus()).isEqualTo(404);
    }

    private static PaymentEngineException catchError(Runnable call) {
        try {
            call.run();
        } catch (PaymentEngineException e) {
            return e;
        }
        throw new AssertionError("expected an error");
    }
}
