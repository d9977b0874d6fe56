package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.Customer;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodUsage;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentStatus;
import io.paystate.spi.PaymentMethodData;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine's shortcuts for customers, payment methods and SetupIntents do what their requests do. */
final class EngineObjectsTest {
    private final PaymentEngine engine = PaymentEngine.builder().clock(new TestClock()).build();

    @Test
    void shortcuts_saveACardWithThreeDSecureThenChargeItOffSession() {
        Customer jenny = engine.createCustomer(CustomerParams.builder().email("jenny@example.com").build());
        PaymentMethod card = engine.createPaymentMethod(new PaymentMethodData("card",
                Map.of("number", "4000002500003155", "exp_month", "12", "exp_year", "2034", "cvc", "123")));
        SetupIntent si = engine.createSetupIntent(SetupIntentCreateParams.builder().customer(jenny.id().value())
                .paymentMethod(card.id().value()).confirm(true).build());
        assertThat(si.status()).isEqualTo(SetupIntentStatus.REQUIRES_ACTION);
        si = engine.completeSetupIntentAction(si.id(), ActionOutcome.SUCCESS);
        assertThat(engine.retrieveSetupIntent(si.id()).status()).isEqualTo(SetupIntentStatus.SUCCEEDED);
        assertThat(engine.retrievePaymentMethod(card.id()).customer()).isEqualTo(jenny.id());

        assertThat(engine.create(CreateParams.builder(1500, "usd").customer(jenny.id().value())
                .paymentMethod(card.id().value()).confirm(true).offSession(true).build()).status())
                .isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(engine.updateCustomer(jenny.id(), CustomerParams.builder().name("Jenny").build()).name())
                .isEqualTo("Jenny");
        assertThat(engine.retrieveCustomer(jenny.id()).email()).isEqualTo("jenny@example.com");
        assertThat(engine.detachPaymentMethod(card.id()).usage()).isEqualTo(PaymentMethodUsage.DETACHED);
    }

    @Test
    void shortcuts_attachAFixedTestCard_andUnknownIds_answerAsTheirRequests() {
        Customer c = engine.createCustomer(CustomerParams.none());
        PaymentMethod copy = engine.attachPaymentMethod(io.paystate.model.PaymentMethodId.of("pm_card_visa"), c.id());
        assertThat(copy.id().value()).isNotEqualTo("pm_card_visa");
        assertThat(copy.customer()).isEqualTo(c.id());
        assertThatThrownBy(() -> engine.retrieveCustomer(io.paystate.model.CustomerId.of("cus_unknown")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.httpStatus()).isEqualTo(404));
        SetupIntent si = engine.createSetupIntent(SetupIntentCreateParams.builder().build(),
                RequestOptions.idempotencyKey("k1"));
        assertThat(engine.createSetupIntent(SetupIntentCreateParams.builder().build(),
                RequestOptions.idempotencyKey("k1")).id()).as("replayed").isEqualTo(si.id());
        assertThat(engine.confirmSetupIntent(si.id(), new SetupIntentConfirmParams("pm_card_visa", null, null, null),
                RequestOptions.none()).status()).isEqualTo(SetupIntentStatus.SUCCEEDED);
    }
}
